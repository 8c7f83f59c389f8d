#include "database.h"
#include "store.h"
#include "testopenings.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

// The store: schema creation and migration, edits and their change log, guarded
// saves; on SQLite and, as test_store_pg, on PostgreSQL.
class TestStore : public QObject
{
    Q_OBJECT

private:
    static Opening sample(qint64 ministryId)
    {
        return TestOpenings::make(ministryId, QStringLiteral("API Droit à conduire"))
            .kind(Kind::Api)
            .announced(Quarter(2021, 3))
            .status(Status::Planned);
    }

private slots:
    void init() { TestSupport::failOnWarnings(); }

    void createsSchemaOnEmptyFile()
    {
        TestSupport::TempTable table;
        Store store;
        QString error;
        QVERIFY2(store.open(table.path(), &error), qPrintable(error));
        QCOMPARE(store.database().schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(store.database().connection());
        if (!table.isServer()) {
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            QCOMPARE(q.value(0).toInt(), 8192);
        }
        for (const char *name : {"openings", "ministries", "ministry_aliases", "changes"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(name))));
        }
        QCOMPARE(store.count(), 0);
        QVERIFY(store.rights().all);
    }

    void reopeningKeepsVersionAndData()
    {
        TestSupport::TempTable table;
        QString error;
        {
            Store store;
            QVERIFY2(store.open(table.path(), &error), qPrintable(error));
            const qint64 m =
                store.ensureMinistry(QStringLiteral("Ministère de l'Intérieur"), &error);
            QVERIFY(store.addOpening(sample(m), &error) > 0);
        }
        Store store;
        QVERIFY2(store.open(table.path(), &error), qPrintable(error));
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.database().schemaVersion(), Database::latestSchemaVersion());
    }

    void refusesNewerSchema()
    {
        TestSupport::TempTable table;
        QString error;
        {
            Store store;
            QVERIFY(store.open(table.path(), &error));
            QVERIFY(store.database().exec(
                table.isServer() ? QStringLiteral("UPDATE suivi_schema SET version = 99")
                                 : QStringLiteral("PRAGMA user_version = 99")));
        }
        Store store;
        QVERIFY(!store.open(table.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("99")), qPrintable(error));
    }

    void refusesAFileThatIsNotATable()
    {
        SUIVI_SQLITE_ONLY("writes the table's file");
        TestSupport::TempTable table;
        QFile f(table.path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("TYPE,TITRE\nAPI,x\n" + QByteArray(4096, 'x'));
        f.close();
        Store store;
        QString error;
        QVERIFY(!store.open(table.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("table.sqlite")), qPrintable(error));
    }

    void editsAreLogged()
    {
        TestSupport::TempTable table;
        Store store;
        QString error;
        QVERIFY(store.open(table.path(), &error));
        const qint64 m = store.ensureMinistry(QStringLiteral("Ministère de l'Intérieur"), &error);
        const qint64 id = store.addOpening(sample(m), &error);
        QVERIFY2(id > 0, qPrintable(error));

        QSignalSpy changed(&store, &Store::openingChanged);
        QVERIFY2(store.setFields(id,
                                 {{Field::EffectiveDate, QStringLiteral("2021-09-15")},
                                  {Field::Status, Domain::statusCode(Status::Available)}},
                                 &error),
                 qPrintable(error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toLongLong(), id);

        const auto o = store.opening(id);
        QVERIFY(o);
        QCOMPARE(o->status, Status::Available);
        QCOMPARE(o->effectiveDate, QDate(2021, 9, 15));
        QCOMPARE(o->version, 2);
        QCOMPARE(o->ministry, QStringLiteral("Ministère de l'Intérieur"));

        const auto log = store.changes(id);
        QCOMPARE(log.size(), 3);
        QCOMPARE(log[0].field, QStringLiteral("created"));
        QCOMPARE(log[1].field, QStringLiteral("effective_date"));
        QVERIFY(log[1].oldValue.isEmpty());
        QCOMPARE(log[1].newValue, QStringLiteral("2021-09-15"));
        QCOMPARE(log[2].field, QStringLiteral("status"));
        QCOMPARE(log[2].oldValue, QStringLiteral("planned"));
        QCOMPARE(log[2].newValue, QStringLiteral("available"));
        QCOMPARE(log[2].who, store.database().userName());

        // Setting the same value again changes nothing, in the log or the version.
        QVERIFY(store.setField(id, Field::Status, Domain::statusCode(Status::Available), &error));
        QCOMPARE(store.changes(id).size(), 3);
        QCOMPARE(store.opening(id)->version, 2);
    }

    void staleVersionChangesNothing()
    {
        TestSupport::TempTable table;
        Store store;
        QString error;
        QVERIFY(store.open(table.path(), &error));
        const qint64 m = store.ensureMinistry(QStringLiteral("Ministère de la Culture"), &error);
        const qint64 id = store.addOpening(sample(m), &error);
        const SaveResult first =
            store.setFields(id, 1, {{Field::Comment, QStringLiteral("premier")}});
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.current->version, 2);
        QCOMPARE(first.current->comment, QStringLiteral("premier"));

        QSignalSpy changed(&store, &Store::openingChanged);
        const SaveResult stale =
            store.setFields(id, 1, {{Field::Comment, QStringLiteral("second")}});
        QVERIFY(stale.isConflict());
        QCOMPARE(stale.current->comment, QStringLiteral("premier"));
        QCOMPARE(stale.current->version, 2);
        QCOMPARE(stale.current->updatedBy, store.database().userName());
        QCOMPARE(store.opening(id)->comment, QStringLiteral("premier"));
        QCOMPARE(store.changes(id).size(), 2);
        QCOMPARE(changed.count(), 0);

        const SaveResult gone =
            store.setFields(id + 1000, 1, {{Field::Comment, QStringLiteral("x")}});
        QCOMPARE(gone.status, SaveResult::Status::Failed);
        QVERIFY2(gone.error.contains(QString::number(id + 1000)), qPrintable(gone.error));
    }

    void changeLogIsAppendOnly()
    {
        TestSupport::TempTable table;
        Store store;
        QString error;
        QVERIFY(store.open(table.path(), &error));
        const qint64 m = store.ensureMinistry(QStringLiteral("Ministère de la Culture"), &error);
        const qint64 id = store.addOpening(sample(m), &error);
        QVERIFY(!store.database().exec(QStringLiteral("UPDATE changes SET who = 'x'"), {}, &error));
        QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
        QVERIFY(!store.database().exec(QStringLiteral("DELETE FROM changes"), {}, &error));
        QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
        QCOMPARE(store.changes(id).size(), 1);
        QCOMPARE(store.changes(id).first().who, store.database().userName());
    }

    void invalidValueChangesNothing()
    {
        TestSupport::TempTable table;
        Store store;
        QString error;
        QVERIFY(store.open(table.path(), &error));
        const qint64 m = store.ensureMinistry(QStringLiteral("Ministère de la Culture"), &error);
        const qint64 id = store.addOpening(sample(m), &error);
        QVERIFY(!store.setFields(
            id,
            {{Field::Comment, QStringLiteral("ok")}, {Field::Status, QStringLiteral("nonsense")}},
            &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.opening(id)->comment, QString());
        QCOMPARE(store.changes(id).size(), 1);
    }

    void deleteAndRestoreKeepId()
    {
        TestSupport::TempTable table;
        Store store;
        QString error;
        QVERIFY(store.open(table.path(), &error));
        const qint64 m = store.ensureMinistry(QStringLiteral("Ministère de la Culture"), &error);
        const qint64 id = store.addOpening(sample(m), &error);
        const Opening before = *store.opening(id);
        QVERIFY(store.removeOpening(id, &error));
        QVERIFY(!store.opening(id));
        QCOMPARE(store.addOpening(before, &error), id);
        QCOMPARE(store.opening(id)->title, before.title);
        const auto log = store.changes(id);
        QCOMPARE(log.size(), 3);
        QCOMPARE(log[1].field, QStringLiteral("deleted"));
    }

    // Loading the directory, a ministry's name always wins over an alias of
    // another ministry spelled like it, whatever wrote that alias.
    void canonicalNamesWinOverAliases()
    {
        TestSupport::TempTable table;
        Store store;
        QString error;
        QVERIFY(store.open(table.path(), &error));
        const qint64 culture =
            store.ensureMinistry(QStringLiteral("Ministère de la Culture"), &error);
        const qint64 interior =
            store.ensureMinistry(QStringLiteral("Ministère de l'Intérieur"), &error);
        // Written past the server's own refusal (as a superuser without triggers),
        // as an older version or plain SQL could have.
        Database &db = store.database();
        if (table.isServer())
            QVERIFY2(db.exec(QStringLiteral("SET session_replication_role = replica"), {}, &error),
                     qPrintable(error));
        for (const auto &[aliasKey, alias] :
             {std::pair{QStringLiteral("ministere de l'interieur"), QStringLiteral("Intérieur")},
              std::pair{QStringLiteral("autre"), QStringLiteral("MINISTÈRE DE L’INTÉRIEUR")}})
            QVERIFY2(db.exec(QStringLiteral("INSERT INTO ministry_aliases (alias_key, alias, "
                                            "ministry_id) VALUES (?, ?, ?)"),
                             {aliasKey, alias, culture}, &error),
                     qPrintable(error));
        if (table.isServer())
            QVERIFY(db.exec(QStringLiteral("RESET session_replication_role"), {}, &error));
        Store again;
        QVERIFY2(again.open(table.path(), &error), qPrintable(error));
        QCOMPARE(again.ministries().find(QStringLiteral("Ministère de l'Intérieur")), interior);
        QCOMPARE(again.ministries().find(QStringLiteral("Ministère de la Culture")), culture);
        // The application adds no such alias itself.
        QVERIFY(!again.ministries().addAlias(culture, QStringLiteral("MINISTERE DE L'INTERIEUR"),
                                             &error));
        QVERIFY(again.ministries().addAlias(culture, QStringLiteral("Culture"), &error));
        QCOMPARE(again.ministries().find(QStringLiteral("culture")), culture);
    }

    void ministryAliases()
    {
        TestSupport::TempTable table;
        Store store;
        QString error;
        QVERIFY(store.open(table.path(), &error));
        const qint64 id = store.ensureMinistry(
            QStringLiteral("Ministère de l'Éducation nationale, de la Jeunesse et des Sports"),
            &error);
        QCOMPARE(store.ministries().find(QStringLiteral(
                     "MINISTERE DE L’EDUCATION NATIONALE, DE LA JEUNESSE ET DES SPORTS")),
                 id);
        QVERIFY(store.ministries().rename(
            id, QStringLiteral("Ministère de l'Éducation nationale et de la Jeunesse"), &error));
        QCOMPARE(store.ministries().find(QStringLiteral(
                     "Ministère de l'Éducation nationale, de la Jeunesse et des Sports")),
                 id);
        QCOMPARE(
            store.ensureMinistry(
                QStringLiteral("Ministère de l'Éducation nationale et de la Jeunesse"), &error),
            id);
        // Aliases survive a reopening.
        Store again;
        QVERIFY(again.open(table.path(), &error));
        QCOMPARE(again.ministries().find(QStringLiteral(
                     "Ministère de l'Éducation nationale, de la Jeunesse et des Sports")),
                 id);
        QCOMPARE(again.ministries().all().size(), 1);
    }

    void urlOptionsAreQuotedAndChecked()
    {
        const auto build = [](const QString &query, QString *error = nullptr) {
            QString options;
            QString reason;
            const bool ok = Database::connectOptions(
                QStringLiteral("postgresql://amd@pg.gouv.fr:5432/suivi?") + query, &options,
                &reason);
            if (error)
                *error = reason;
            return ok ? options : QStringLiteral("refused");
        };
        // A value is one value: an option hidden in it stays inside the quotes.
        QCOMPARE(build(QStringLiteral("sslmode=require%20sslmode%3Ddisable")),
                 QStringLiteral("connect_timeout=10;sslmode='require sslmode=disable'"));
        QCOMPARE(build(QStringLiteral("sslmode=verify-full&sslrootcert=/home/a%20b/ca.crt")),
                 QStringLiteral("connect_timeout=10;sslmode='verify-full';"
                                "sslrootcert='/home/a b/ca.crt'"));
        QCOMPARE(build(QStringLiteral("application_name=it's%5Cme&connect_timeout=3")),
                 QStringLiteral("application_name='it\\'s\\\\me';connect_timeout='3'"));
        QCOMPARE(build(QString()), QStringLiteral("connect_timeout=10"));
        // The password is the password, never an option.
        QCOMPARE(build(QStringLiteral("password=hunter2&sslmode=require")),
                 QStringLiteral("connect_timeout=10;sslmode='require'"));
        // Anything else is refused, by name.
        for (const char *key : {"host", "hostaddr", "port", "dbname", "user", "options",
                                "sslpassword", "service", "passfile", "bogus"}) {
            QString error;
            QCOMPARE(build(QLatin1String(key) + QStringLiteral("=x"), &error),
                     QStringLiteral("refused"));
            QVERIFY2(error.contains(QLatin1Char('"') + QLatin1String(key) + QLatin1Char('"')),
                     qPrintable(error));
            QVERIFY2(error.contains(QLatin1String("pg.gouv.fr:5432/suivi")), qPrintable(error));
        }
        QCOMPARE(build(QStringLiteral("sslmode=require&sslmode=disable")),
                 QStringLiteral("refused"));
        QCOMPARE(build(QStringLiteral("application_name=a%3Bb")), QStringLiteral("refused"));
    }

    void injectedUrlOptionIsNotHonoured()
    {
        SUIVI_POSTGRES_ONLY("a connection to a server");
        TestSupport::TempTable table;
        const auto withQuery = [&](const QString &query) {
            QUrl url(table.location());
            url.setQuery(query);
            return url.toString();
        };
        // The test cluster has no TLS: "require" fails, so the hidden sslmode=disable must
        // not be what libpq reads.
        Database db;
        QString error;
        QVERIFY(!db.open(withQuery(QStringLiteral("sslmode=require%20sslmode%3Ddisable")), &error));
        QVERIFY(!db.isOpen());
        // A certificate path with a space is one value.
        QVERIFY2(db.open(withQuery(QStringLiteral("sslmode=disable&sslrootcert=/no%20such/ca.crt")),
                         &error),
                 qPrintable(error));
        db.close();
        QVERIFY(!db.open(withQuery(QStringLiteral("host=elsewhere")), &error));
        QVERIFY2(error.contains(QLatin1String("\"host\"")), qPrintable(error));
    }

    void locationsNeverShowThePassword()
    {
        for (const char *url :
             {"postgresql://amd:hunter2@pg.gouv.fr:5432/suivi",
              "postgresql://amd@pg.gouv.fr/suivi?password=hunter2",
              "postgresql://amd:hunter2@pg.gouv.fr/suivi?sslmode=require&password=hunter2",
              "postgres://amd:hunter2@pg.gouv.fr:99999/suivi?password=hunter2",
              "postgresql://amd:hunter2@[bad/suivi"}) {
            const QString location = QLatin1String(url);
            QVERIFY2(!Database::describe(location).contains(QLatin1String("hunter2")), url);
            QVERIFY2(!Database::withoutPassword(location).contains(QLatin1String("hunter2")), url);
        }
        QCOMPARE(Database::describe(QStringLiteral("postgresql://amd:hunter2@pg.gouv.fr/suivi")),
                 QStringLiteral("pg.gouv.fr:5432/suivi"));
        QCOMPARE(Database::withoutPassword(QStringLiteral(
                     "postgresql://amd:hunter2@pg.gouv.fr/suivi?sslmode=require&password=x")),
                 QStringLiteral("postgresql://amd@pg.gouv.fr/suivi?sslmode=require"));
        QCOMPARE(Database::withoutPassword(
                     QStringLiteral("postgresql://amd@pg.gouv.fr/suivi?password=hunter2")),
                 QStringLiteral("postgresql://amd@pg.gouv.fr/suivi"));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
