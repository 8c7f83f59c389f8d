#pragma once

#include <QString>
#include <QTemporaryDir>

// Shared by the test executables: sample files, fresh temporary tables, and
// warnings turned into failures.
namespace TestSupport {

// A file of tests/data.
QString dataFile(const QString &name);
// Makes every qWarning/qCritical during the current test function a failure.
void failOnWarnings();

// A fresh temporary folder holding one table file path, removed at scope end.
class TempTable
{
public:
    TempTable();
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace TestSupport

// A test that needs an outside tool (python3-openpyxl, pdftotext, a server):
// skipped on a developer's machine without it, a failure in CI (CI is set),
// where the set-up script installs everything.
#define SUIVI_MISSING_TOOL(message)                                                                \
    do {                                                                                           \
        if (qEnvironmentVariableIsSet("CI"))                                                       \
            QFAIL(message);                                                                        \
        QSKIP(message);                                                                            \
    } while (false)
