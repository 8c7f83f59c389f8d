#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// What the importer tests share: headers of the published and extended
// tables, queries that dump a table to compare it before and after an
// import, and CSV files written into a temporary folder.
namespace ImportTest {

inline const QByteArray publishedHeader =
    "\"Données, API ou code source\",\"Données, API, Codes sources concernés\",Ministère,"
    "État d'avancement,Échéance annoncée par les ministères,URL";
inline const QByteArray extendedHeader =
    publishedHeader + ",Date d'ouverture effective,Échéance initiale,Commentaire";

// Rows of a query, each as "v1|v2|...".
QStringList dump(const QString &location, const QString &sql);
// The first row of a query.
QString scalar(const QString &location, const QString &sql);
int count(const QString &location, const QString &sql);
// Everything an import may change: openings, change log, ministries.
QStringList snapshot(const QString &location);
// A sample file of tests/data.
QString sample(const char *name);

// CSV files written for one test class, removed with it.
class CsvFiles
{
public:
    QString write(const QString &name, const QByteArray &content);

private:
    QTemporaryDir m_dir;
};

} // namespace ImportTest
