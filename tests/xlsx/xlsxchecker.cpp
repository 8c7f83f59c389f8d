#include "xlsxchecker.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

bool hasOpenpyxl(const QString &python)
{
    if (python.isEmpty())
        return false;
    QProcess p;
    p.start(python, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QString checkerScript()
{
    return QDir(QStringLiteral(SUIVI_TEST_DATA))
        .absoluteFilePath(QStringLiteral("../xlsx/check_xlsx.py"));
}

} // namespace

namespace XlsxChecker {

QString python()
{
    static const QString found = [] {
        QStringList candidates;
        candidates << qEnvironmentVariable("SUIVI_PYTHON")
                   << QStandardPaths::findExecutable(QStringLiteral("python3"))
                   << QStandardPaths::findExecutable(QStringLiteral("python"))
                   // A virtual environment or pyenv first on the PATH may lack
                   // openpyxl while the distribution's Python has it.
                   << QStandardPaths::findExecutable(
                          QStringLiteral("python3"),
                          {QStringLiteral("/usr/bin"), QStringLiteral("/usr/local/bin")});
        for (const QString &candidate : std::as_const(candidates))
            if (hasOpenpyxl(candidate))
                return candidate;
        return QString();
    }();
    return found;
}

bool check(const QString &workbook, const QJsonObject &expectations, QString *report, int timeoutMs)
{
    QTemporaryDir dir;
    const QString specPath = dir.filePath(QStringLiteral("expectations.json"));
    QFile spec(specPath);
    if (!spec.open(QIODevice::WriteOnly) ||
        spec.write(QJsonDocument(expectations).toJson(QJsonDocument::Compact)) < 0) {
        *report = QStringLiteral("cannot write %1").arg(specPath);
        return false;
    }
    spec.close();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(python(), {checkerScript(), workbook, specPath});
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        *report = QStringLiteral("check_xlsx.py did not finish: %1").arg(p.errorString());
        return false;
    }
    *report = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace XlsxChecker
