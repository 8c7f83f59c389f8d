// Tests of the SQLite fast import path (SqliteBulkStatement through
// BulkOpeningInserter): an import through SQLite's C API must leave exactly
// the table the portable QtSql path leaves, value for value and type for type.
#include "database.h"
#include "importer.h"
#include "importtestsupport.h"
#include "openingrepository.h"
#include "sqlitebulkinsert.h"
#include "tablegenerator.h"
#include "testsupport.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

using namespace ImportTest;

class TestSqliteBulkInsert : public QObject
{
    Q_OBJECT

private slots:
    void init() { TestSupport::failOnWarnings(); }
    void cleanup() { SqliteBulkStatement::setDisabled(false); }

    void usableOnThisBuild();
    void bothPathsGiveTheSameTable_data();
    void bothPathsGiveTheSameTable();
    void statementBindsAndInserts();
    void replaceKeepsTheIndexes();

private:
    CsvFiles m_files;
};

namespace {

// Every column with its storage type; the times an import stamps itself
// (after `since`) read "now", so that two imports compare.
QStringList contents(const QString &location, const QString &since)
{
    const auto stamp = [&](const char *column) {
        return QStringLiteral("CASE WHEN %1 >= '%2' THEN 'now' ELSE %1 END")
            .arg(QLatin1String(column), since);
    };
    return dump(location,
                QStringLiteral("SELECT id, ministry_id, kind, title, description, url, "
                               "announced_q, typeof(announced_q), first_announced_q, "
                               "typeof(first_announced_q), effective_date, "
                               "typeof(effective_date), status, comment, search_key, %1, "
                               "updated_by, version, typeof(title), typeof(url), "
                               "typeof(comment), typeof(search_key) FROM openings ORDER BY id")
                    .arg(stamp("updated_at"))) +
           dump(location, QStringLiteral("SELECT id, %1, who, opening_id, field, old_value, "
                                         "new_value, typeof(new_value) FROM changes ORDER BY id")
                              .arg(stamp("at"))) +
           dump(location, QStringLiteral("SELECT * FROM ministries ORDER BY id")) +
           dump(location, QStringLiteral("SELECT * FROM ministry_aliases ORDER BY alias_key"));
}

// Imports files one after the other (mode of each) into a new table.
QStringList importAll(const QStringList &files, const QVector<ImportMode> &modes, bool fast,
                      const QString &since)
{
    SqliteBulkStatement::setDisabled(!fast);
    TestSupport::TempTable table;
    for (int i = 0; i < files.size(); ++i) {
        const ImportSummary summary = importFile(table.path(), files.at(i), modes.at(i));
        if (!summary.ok())
            return {summary.error};
    }
    return contents(table.path(), since);
}

} // namespace

void TestSqliteBulkInsert::usableOnThisBuild()
{
    TestSupport::TempTable table;
    Database db;
    QString error;
    QVERIFY2(db.open(table.path(), &error), qPrintable(error));
    // Built with the option, the check at run time must accept Qt's own connection.
    QCOMPARE(SqliteBulkStatement::usable(db.connection()), SqliteBulkStatement::builtIn());
    SqliteBulkStatement::setDisabled(true);
    QVERIFY(!SqliteBulkStatement::usable(db.connection()));
}

void TestSqliteBulkInsert::bothPathsGiveTheSameTable_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QVector<ImportMode>>("modes");

    const QString generated = m_files.write("generated.csv", QByteArray());
    QString error;
    // 1000 rows: many full statements and a shorter last one.
    if (!TableGenerator::write(generated, 1000, &error))
        qFatal("%s", qPrintable(error));

    // More rows than the writer logs "created" changes at a time (Replace).
    const QString big = m_files.write("big.csv", QByteArray());
    if (!TableGenerator::write(big, 17000, &error, 7))
        qFatal("%s", qPrintable(error));

    QTest::newRow("2021") << QStringList{sample("suivi-ouvertures-2021.csv")}
                          << QVector<ImportMode>{ImportMode::Replace};
    QTest::newRow("excel-fr") << QStringList{sample("suivi-ouvertures-2021-excel-fr.csv")}
                              << QVector<ImportMode>{ImportMode::Merge};
    QTest::newRow("etendu") << QStringList{sample("suivi-ouvertures-etendu.csv")}
                            << QVector<ImportMode>{ImportMode::Replace};
    QTest::newRow("2021 then merge 2023")
        << QStringList{sample("suivi-ouvertures-2021.csv"), sample("suivi-ouvertures-2023.csv")}
        << QVector<ImportMode>{ImportMode::Merge, ImportMode::Merge};
    QTest::newRow("2021 then replace by etendu")
        << QStringList{sample("suivi-ouvertures-2021.csv"), sample("suivi-ouvertures-etendu.csv")}
        << QVector<ImportMode>{ImportMode::Merge, ImportMode::Replace};
    QTest::newRow("generated") << QStringList{generated} << QVector<ImportMode>{ImportMode::Merge};
    QTest::newRow("big replacing 2021")
        << QStringList{sample("suivi-ouvertures-2021.csv"), big}
        << QVector<ImportMode>{ImportMode::Merge, ImportMode::Replace};
    QTest::newRow("generated merged onto 2021")
        << QStringList{sample("suivi-ouvertures-2021.csv"), generated}
        << QVector<ImportMode>{ImportMode::Merge, ImportMode::Merge};
}

void TestSqliteBulkInsert::bothPathsGiveTheSameTable()
{
    QFETCH(QStringList, files);
    QFETCH(QVector<ImportMode>, modes);

    const QString since = OpeningRepository::timestamp(QDateTime::currentDateTimeUtc());
    const QStringList portable = importAll(files, modes, false, since);
    const QStringList fast = importAll(files, modes, true, since);
    QVERIFY(portable.size() > 3);
    QCOMPARE(fast, portable);
}

void TestSqliteBulkInsert::statementBindsAndInserts()
{
    if (!SqliteBulkStatement::builtIn())
        QSKIP("built without SUIVI_SQLITE_FAST_IMPORT");
    TestSupport::TempTable table;
    Database db;
    QString error;
    QVERIFY2(db.open(table.path(), &error), qPrintable(error));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (a, b, c)")));
    SqliteBulkStatement statement;
    QVERIFY(!statement.isPrepared());
    QVERIFY(!statement.prepare(db.connection(), QStringLiteral("INSERT INTO nowhere VALUES (?)"),
                               &error));
    QVERIFY2(error.contains(QLatin1String("nowhere")), qPrintable(error));
    QVERIFY2(statement.prepare(db.connection(),
                               QStringLiteral("INSERT INTO t VALUES (?, ?, ?), (?, ?, ?)"), &error),
             qPrintable(error));
    statement.bindInt(0, 1234567890123);
    statement.bindText(1, u"Élysée — “quoted” 😀");
    statement.bindNull(2);
    statement.bindText(3, QString());
    statement.bindText(4, QStringLiteral("x"));
    statement.bindInt(5, -1);
    QVERIFY2(statement.exec(&error), qPrintable(error));
    QCOMPARE(statement.lastInsertId(), 2);
    // Bindings stay until bound again; the statement runs again.
    statement.bindText(4, QStringLiteral("y"));
    QVERIFY2(statement.exec(&error), qPrintable(error));
    QCOMPARE(dump(table.path(), QStringLiteral("SELECT a, typeof(a), b, typeof(b), c, typeof(c) "
                                               "FROM t ORDER BY rowid")),
             QStringList({u"1234567890123|integer|Élysée — “quoted” 😀|text|NULL|null"_qs,
                          u"|text|x|text|-1|integer"_qs,
                          u"1234567890123|integer|Élysée — “quoted” 😀|text|NULL|null"_qs,
                          u"|text|y|text|-1|integer"_qs}));
}

// A Replace drops the table's indexes while it fills it and builds them
// again; a cancelled or rejected one leaves them as they were.
void TestSqliteBulkInsert::replaceKeepsTheIndexes()
{
    TestSupport::TempTable table;
    QVERIFY(importFile(table.path(), sample("suivi-ouvertures-2021.csv"), ImportMode::Merge).ok());
    const QString sql = QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                       "AND sql IS NOT NULL ORDER BY name");
    const QStringList indexes = dump(table.path(), sql);
    QVERIFY(indexes.join(QLatin1Char('\n')).contains(QLatin1String("openings_ministry")));

    const ImportSummary cancelled =
        importFile(table.path(), sample("suivi-ouvertures-etendu.csv"), ImportMode::Replace,
                   [](qint64 done, qint64 total) { return done < total; });
    QVERIFY(cancelled.cancelled);
    QCOMPARE(dump(table.path(), sql), indexes);

    const QString broken = m_files.write(
        "broken.csv", extendedHeader + "\nDonnées,Titre,Ministère A,Inconnu,T4 2021,,,,\n");
    QVERIFY(!importFile(table.path(), broken, ImportMode::Replace).ok());
    QCOMPARE(dump(table.path(), sql), indexes);

    QVERIFY(
        importFile(table.path(), sample("suivi-ouvertures-etendu.csv"), ImportMode::Replace).ok());
    QCOMPARE(dump(table.path(), sql), indexes);
    QCOMPARE(scalar(table.path(), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestSqliteBulkInsert)
#include "test_sqlitebulkinsert.moc"
