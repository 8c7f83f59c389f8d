#include "clioutput.h"

#include <QtGlobal>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace Cli {

namespace {

void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void print(const QString &text)
{
    write(stdout, text);
}

void printError(const QString &message)
{
    write(stderr, QStringLiteral("suivi-ouvertures: %1\n").arg(message));
}

void printErrorLine(const QString &line)
{
    write(stderr, line + QLatin1Char('\n'));
}

void attachConsole()
{
#ifdef Q_OS_WIN
    // The executable is built for the GUI subsystem (no console window for
    // users who double-click it), so a shell running a command sees nothing
    // unless we attach to its console. Redirected handles are kept as they are.
    const HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    if ((out == nullptr || out == INVALID_HANDLE_VALUE) && AttachConsole(ATTACH_PARENT_PROCESS)) {
        SetConsoleOutputCP(CP_UTF8);
        if (!std::freopen("CONOUT$", "w", stdout) || !std::freopen("CONOUT$", "w", stderr))
            return;
    }
#endif
}

} // namespace Cli
