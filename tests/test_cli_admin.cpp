#include "clirunner.h"
#include "database.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// The command line's administration of a shared table, through the built executable:
// admin init (idempotent), grant, revoke and grants, refused to anyone but the tables'
// owner; and the message of a server that cannot be used, naming host, port and
// database. On SQLite the admin commands are usage errors; the rest runs as
// test_cli_admin_pg. Messages are in the user's language: the tests read numbers and
// names only.
class TestCliAdmin : public QObject, private CliRunner
{
    Q_OBJECT

private:
    Result import(const QString &db, const QString &csv)
    {
        return run({QStringLiteral("import"), QStringLiteral("--db"), db, csv});
    }

    QJsonObject statsJson(const QString &db, const QString &asOf)
    {
        const Result r = run({QStringLiteral("stats"), QStringLiteral("--db"), db,
                              QStringLiteral("--as-of"), asOf, QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("%s", describe(r).constData());
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(isValid());
        QVERIFY2(QFileInfo::exists(CliRunner::executable()), qPrintable(CliRunner::executable()));
    }

    void adminCommands()
    {
        TestSupport::TempTable table;
        if (!table.isServer()) {
            const Result r = run({QStringLiteral("admin"), QStringLiteral("init"),
                                  QStringLiteral("--db"), table.location()});
            QVERIFY2(r.exitCode == 2, describe(r));
            QVERIFY2(r.err.contains(QLatin1String("postgresql://")), describe(r));
            return;
        }
        const QString db = table.location();
        // Messages are in the user's language: the test reads numbers and names only.
        const QString version = QString::number(Database::latestSchemaVersion());
        Result r =
            run({QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0 && r.out.contains(version), describe(r));
        QVERIFY2(r.err.isEmpty(), describe(r));
        const QString created = r.out;
        r = run({QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0 && r.out.contains(version) && r.out != created, describe(r));
        QCOMPARE(
            import(db, TestSupport::dataFile(QStringLiteral("suivi-ouvertures-2021.csv"))).exitCode,
            0);

        const QString culture = table.createRole(QStringLiteral("culture"));
        const QString dinum = table.createRole(QStringLiteral("dinum"));
        const QStringList grant{QStringLiteral("admin"), QStringLiteral("grant"),
                                QStringLiteral("--db"), db, QStringLiteral("--role")};
        r = run(grant + QStringList{culture, QStringLiteral("--ministry"),
                                    QStringLiteral("Ministère de la Culture"),
                                    QStringLiteral("--ministry"), QStringLiteral("Armées")});
        QVERIFY2(r.exitCode == 1 && r.err.contains(QStringLiteral("Armées")), describe(r));
        r = run(grant + QStringList{culture, QStringLiteral("--ministry"),
                                    QStringLiteral("Ministère de la Culture"),
                                    QStringLiteral("--ministry"),
                                    QStringLiteral("Ministère des Armées")});
        QVERIFY2(r.exitCode == 0, describe(r));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 2);
        r = run(grant + QStringList{dinum, QStringLiteral("--coordinator")});
        QVERIFY2(r.exitCode == 0, describe(r));
        r = run(grant + QStringList{QStringLiteral("personne"), QStringLiteral("--coordinator")});
        QVERIFY2(r.exitCode == 1 && r.err.contains(QLatin1String("personne")), describe(r));
        r = run(grant + QStringList{dinum});
        QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("--coordinator")), describe(r));
        // Only the table's owner administers it.
        r = run({QStringLiteral("admin"), QStringLiteral("grant"), QStringLiteral("--db"),
                 table.locationAs(culture), QStringLiteral("--role"), culture,
                 QStringLiteral("--coordinator")});
        QVERIFY2(r.exitCode == 1 && r.err.contains(culture) && r.err.contains(QUrl(db).userName()),
                 describe(r));

        r = run({QStringLiteral("admin"), QStringLiteral("grants"), QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY2(r.out.contains(culture + QStringLiteral("\tMinistère de la Culture")),
                 describe(r));
        QVERIFY2(r.out.contains(culture + QStringLiteral("\tMinistère des Armées")), describe(r));
        QVERIFY2(r.out.contains(dinum + QLatin1Char('\t')), describe(r));
        r = run({QStringLiteral("admin"), QStringLiteral("revoke"), QStringLiteral("--db"), db,
                 QStringLiteral("--role"), culture, QStringLiteral("--ministry"),
                 QStringLiteral("Ministère des Armées")});
        QVERIFY2(r.exitCode == 0, describe(r));
        r = run({QStringLiteral("admin"), QStringLiteral("grants"), QStringLiteral("--db"), db});
        QVERIFY2(!r.out.contains(QStringLiteral("Armées")), describe(r));

        // The ministry role's stats read the whole table.
        const QJsonObject stats =
            statsJson(table.locationAs(culture), QStringLiteral("2022-06-30"));
        QCOMPARE(stats.value(QStringLiteral("total")).toInt(), 63);
    }

    void serverFailuresNameHostPortAndDatabase()
    {
        if (!TestSupport::onPostgres())
            QSKIP("about servers");
        TestSupport::TempTable table;
        QUrl url(table.location());
        const QString database = url.path().mid(1);
        struct Case
        {
            const char *what;
            QUrl url;
            QString database;
        };
        QUrl missing(url);
        missing.setPath(QStringLiteral("/pas_de_base"));
        QUrl closed(url);
        closed.setPort(1);
        QUrl stranger(url);
        stranger.setUserName(QStringLiteral("inconnu"));
        for (const Case &c : {Case{"missing database", missing, QStringLiteral("pas_de_base")},
                              Case{"nothing listening", closed, database},
                              Case{"unknown role", stranger, database}}) {
            const Result r =
                run({QStringLiteral("stats"), QStringLiteral("--db"), c.url.toString()});
            QVERIFY2(r.exitCode == 1, c.what);
            QVERIFY2(r.err.contains(c.url.host()) &&
                         r.err.contains(QString::number(c.url.port())) &&
                         r.err.contains(c.database),
                     describe(r));
            QVERIFY(r.out.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliAdmin)
#include "test_cli_admin.moc"
