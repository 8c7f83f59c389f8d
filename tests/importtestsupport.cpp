#include "importtestsupport.h"

#include "database.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ImportTest {

QStringList dump(const QString &location, const QString &sql)
{
    Database db;
    QString error;
    if (!db.open(location, &error))
        qFatal("%s", qPrintable(error));
    QStringList rows;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

QString scalar(const QString &location, const QString &sql)
{
    const QStringList rows = dump(location, sql);
    return rows.isEmpty() ? QString() : rows.first();
}

int count(const QString &location, const QString &sql)
{
    return scalar(location, sql).toInt();
}

QStringList snapshot(const QString &location)
{
    return dump(location, QStringLiteral("SELECT * FROM openings ORDER BY id")) +
           dump(location, QStringLiteral("SELECT * FROM changes ORDER BY id")) +
           dump(location, QStringLiteral("SELECT * FROM ministries ORDER BY id"));
}

QString sample(const char *name)
{
    return TestSupport::dataFile(QString::fromUtf8(name));
}

QString CsvFiles::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace ImportTest
