#include "clirunner.h"

#include <QProcess>
#include <QProcessEnvironment>

QString CliRunner::executable()
{
    return QStringLiteral(SUIVI_EXE);
}

CliRunner::Result CliRunner::run(const QStringList &arguments, const QStringList &unset) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
    env.insert(QStringLiteral("HOME"), m_home.path());
    for (const QString &name : unset)
        env.remove(name);
    process.setProcessEnvironment(env);
    process.start(executable(), arguments);
    Result r;
    if (!process.waitForFinished(120000)) {
        const bool started = process.error() != QProcess::FailedToStart;
        process.kill();
        process.waitForFinished();
        r.err = started ? QStringLiteral("timeout after 120 s")
                        : QStringLiteral("cannot start: ") + process.errorString();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QByteArray CliRunner::describe(const Result &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(r.out, r.err)
        .toUtf8();
}
