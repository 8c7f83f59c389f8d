#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

namespace TestSupport {

QString dataFile(const QString &name)
{
    return QDir(QStringLiteral(SUIVI_TEST_DATA)).filePath(name);
}

void failOnWarnings()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

TempTable::TempTable() : m_path(m_dir.filePath(QStringLiteral("table.sqlite"))) {}

} // namespace TestSupport
