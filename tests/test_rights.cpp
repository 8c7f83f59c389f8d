#include "database.h"
#include "importer.h"
#include "openingstablemodel.h"
#include "serveradmin.h"
#include "store.h"
#include "testopenings.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

// The rights of a table shared on PostgreSQL, enforced by the server: admin init
// (idempotent), grants per ministry or coordinator, row-level security against
// the application and against plain SQL, the append-only change log recording
// the database user, and the application showing other ministries' rows read-only.
// Connects as two ministry roles and a coordinator (test_rights_pg only).
class TestRights : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempTable> m_table;
    QString m_culture;     // role editing the Culture ministry's rows
    QString m_interior;    // role editing the Interior ministry's rows
    QString m_coordinator; // role editing every row
    qint64 m_cultureId = 0;
    qint64 m_interiorId = 0;
    qint64 m_cultureRow = 0;
    qint64 m_interiorRow = 0;

    qint64 addRow(Store &store, qint64 ministry, const QString &title)
    {
        QString error;
        const qint64 id = store.addOpening(
            TestOpenings::make(ministry, title).announced(Quarter(2022, 1)), &error);
        if (id <= 0)
            qFatal("%s", qPrintable(error));
        return id;
    }

    // Runs plain SQL as a role, as any client could: bypassing the application.
    static int execAs(Database &db, const QString &sql, QString *error)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return -1;
        }
        return q.numRowsAffected();
    }

    QStringList catalog()
    {
        Database db;
        QString error;
        if (!db.open(m_table->location(), &error))
            qFatal("%s", qPrintable(error));
        QStringList rows;
        QSqlQuery q(db.connection());
        for (const char *sql :
             {"SELECT policyname || ' ' || cmd || ' ' || COALESCE(qual, '') || ' ' || "
              "COALESCE(with_check, '') FROM pg_policies ORDER BY 1",
              "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1",
              "SELECT relname || ' ' || relrowsecurity || relforcerowsecurity || ' ' || "
              "COALESCE(relacl::text, '') FROM pg_class WHERE relnamespace = "
              "'public'::regnamespace AND relkind = 'r' ORDER BY 1",
              "SELECT role || ' ' || COALESCE(ministry_id, 0) || ' ' || coordinator FROM "
              "ministry_grants ORDER BY 1",
              "SELECT version::text FROM suivi_schema"}) {
            if (!q.exec(QString::fromLatin1(sql)))
                qFatal("%s", qPrintable(q.lastError().text()));
            while (q.next())
                rows << q.value(0).toString();
        }
        return rows;
    }

private slots:
    void initTestCase() { SUIVI_POSTGRES_ONLY("rights are kept by the server"); }

    void init()
    {
        TestSupport::failOnWarnings();
        m_table = std::make_unique<TestSupport::TempTable>();
        // The administrator (here the cluster's superuser) creates the table and fills it.
        ServerAdmin::InitReport report;
        QString error;
        QVERIFY2(ServerAdmin::init(m_table->location(), &report, &error), qPrintable(error));
        QCOMPARE(report.versionBefore, 0);
        QCOMPARE(report.versionAfter, Database::latestSchemaVersion());
        Store admin;
        QVERIFY2(admin.open(m_table->location(), &error), qPrintable(error));
        m_cultureId = admin.ensureMinistry(QStringLiteral("Ministère de la Culture"), &error);
        m_interiorId = admin.ensureMinistry(QStringLiteral("Ministère de l'Intérieur"), &error);
        m_cultureRow = addRow(admin, m_cultureId, QStringLiteral("Base Mérimée"));
        m_interiorRow = addRow(admin, m_interiorId, QStringLiteral("API Droit à conduire"));

        m_culture = m_table->createRole(QStringLiteral("culture"));
        m_interior = m_table->createRole(QStringLiteral("interieur"));
        m_coordinator = m_table->createRole(QStringLiteral("dinum"));
        Database &db = admin.database();
        bool added = false;
        QVERIFY2(ServerAdmin::grant(db, m_culture, m_cultureId, &added, &error), qPrintable(error));
        QVERIFY(added);
        QVERIFY2(ServerAdmin::grant(db, m_interior, m_interiorId, &added, &error),
                 qPrintable(error));
        QVERIFY2(ServerAdmin::grant(db, m_coordinator, 0, &added, &error), qPrintable(error));
        // Granting again changes nothing.
        QVERIFY(ServerAdmin::grant(db, m_culture, m_cultureId, &added, &error));
        QVERIFY(!added);
    }

    void cleanup() { m_table.reset(); }

    void initIsIdempotent()
    {
        const QStringList before = catalog();
        ServerAdmin::InitReport report;
        QString error;
        QVERIFY2(ServerAdmin::init(m_table->location(), &report, &error), qPrintable(error));
        QCOMPARE(report.versionBefore, report.versionAfter);
        QCOMPARE(catalog(), before);
        // Row-level security is on and forced on the tables a ministry writes.
        for (const char *table : {"openings ", "ministries ", "ministry_aliases "})
            QVERIFY2(before.filter(QRegularExpression(
                                       QStringLiteral("^%1truetrue").arg(QLatin1String(table))))
                             .size() == 1,
                     table);
    }

    void initNeedsTheOwner()
    {
        ServerAdmin::InitReport report;
        QString error;
        QVERIFY(!ServerAdmin::init(m_table->locationAs(m_culture), &report, &error));
        QVERIFY2(error.contains(m_culture) && error.contains(QLatin1String("owner")),
                 qPrintable(error));
        Database db;
        QVERIFY(ServerAdmin::openAsAdministrator(db, m_table->location(), &error));
        bool added = true;
        QVERIFY(!ServerAdmin::grant(db, QStringLiteral("nobody_such_role"), m_cultureId, &added,
                                    &error));
        QVERIFY2(error.contains(QLatin1String("nobody_such_role")), qPrintable(error));
    }

    // A role allowed to create objects in the tables' schema defines an operator
    // || better matching the triggers' 'D:' || id than pg_catalog's: were the
    // triggers resolving operators through the writer's search_path, the owner's
    // next write would run it and make the role a coordinator.
    void functionsIgnoreTheCallersSearchPath()
    {
        QString error;
        QVERIFY2(
            m_table->execAsSuperuser(
                QStringLiteral("GRANT CREATE ON SCHEMA public TO \"%1\"").arg(m_culture), &error),
            qPrintable(error));
        {
            Database db;
            QVERIFY2(db.open(m_table->locationAs(m_culture), &error), qPrintable(error));
            QVERIFY2(execAs(db,
                            QStringLiteral(
                                "CREATE FUNCTION public.concat_id(a text, b bigint) RETURNS text "
                                "LANGUAGE sql AS $$ INSERT INTO public.ministry_grants (role, "
                                "coordinator) VALUES ('%1', true) ON CONFLICT DO NOTHING; "
                                "SELECT a OPERATOR(pg_catalog.||) b::text $$")
                                .arg(m_culture),
                            &error) >= 0,
                     qPrintable(error));
            QVERIFY2(execAs(db,
                            QStringLiteral("CREATE OPERATOR public.|| (LEFTARG = text, RIGHTARG = "
                                           "bigint, FUNCTION = public.concat_id)"),
                            &error) >= 0,
                     qPrintable(error));
        }
        // The owner writes: insert, update, delete.
        Store admin;
        QVERIFY2(admin.open(m_table->location(), &error), qPrintable(error));
        const qint64 id = addRow(admin, m_cultureId, QStringLiteral("Archives"));
        QVERIFY2(admin.setField(id, Field::Comment, QStringLiteral("vu"), &error),
                 qPrintable(error));
        QVERIFY2(admin.removeOpening(id, &error), qPrintable(error));

        Store culture;
        QVERIFY2(culture.open(m_table->locationAs(m_culture), &error), qPrintable(error));
        QVERIFY(!culture.rights().all);
        QVERIFY(!culture.mayEdit(m_interiorId));
        QSqlQuery q(admin.database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM ministry_grants WHERE coordinator "
                                      "AND role = '%1'")
                           .arg(m_culture)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // Every function of the schema, those of later versions too, has its search_path fixed.
        QVERIFY(q.exec(QStringLiteral(
            "SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND "
            "proname LIKE 'suivi\\_%' AND NOT COALESCE('search_path=pg_catalog, public, "
            "pg_temp' = ANY (proconfig), false) ORDER BY 1")));
        QStringList loose;
        while (q.next())
            loose << q.value(0).toString();
        QVERIFY2(loose.isEmpty(), qPrintable(loose.join(QLatin1Char(' '))));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_proc WHERE proname LIKE "
                                      "'suivi\\_%'")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() >= 8);
    }

    // admin init takes back from PUBLIC the right to create objects in the schema.
    void initRevokesCreateOnTheSchema()
    {
        QString error;
        QVERIFY2(m_table->execAsSuperuser(QStringLiteral("GRANT CREATE ON SCHEMA public TO PUBLIC"),
                                          &error),
                 qPrintable(error));
        ServerAdmin::InitReport report;
        QVERIFY2(ServerAdmin::init(m_table->location(), &report, &error), qPrintable(error));
        QVERIFY2(report.createError.isEmpty(), qPrintable(report.createError));
        QCOMPARE(report.schema, QStringLiteral("public"));
        QVERIFY(report.publicCouldCreate);
        Database db;
        QVERIFY2(db.open(m_table->locationAs(m_culture), &error), qPrintable(error));
        QVERIFY(execAs(db,
                       QStringLiteral("CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS "
                                      "$$ SELECT 1 $$"),
                       &error) < 0);
        QVERIFY2(ServerAdmin::init(m_table->location(), &report, &error), qPrintable(error));
        QVERIFY(!report.publicCouldCreate);
    }

    void ministryRoleEditsOnlyItsRows()
    {
        Store culture;
        QString error;
        QVERIFY2(culture.open(m_table->locationAs(m_culture), &error), qPrintable(error));
        QCOMPARE(culture.database().userName(), m_culture);
        QVERIFY(!culture.rights().all);
        QVERIFY(culture.mayEdit(m_cultureId));
        QVERIFY(!culture.mayEdit(m_interiorId));
        // Every row is readable.
        QCOMPARE(culture.count(), 2);
        QVERIFY(culture.opening(m_interiorRow));

        // Its own rows: edit, add, delete, through the application.
        QVERIFY2(culture.setField(m_cultureRow, Field::Comment, QStringLiteral("ok"), &error),
                 qPrintable(error));
        const qint64 added = addRow(culture, m_cultureId, QStringLiteral("Musées de France"));
        QVERIFY2(culture.removeOpening(added, &error), qPrintable(error));
        // The change log names the database user, whatever the client says.
        const QVector<Change> log = culture.changes(m_cultureRow);
        QCOMPARE(log.last().who, m_culture);

        // Another ministry's rows: refused by the application with a clear message...
        QVERIFY(!culture.setField(m_interiorRow, Field::Comment, QStringLiteral("non"), &error));
        QVERIFY2(error.contains(QStringLiteral("Intérieur")), qPrintable(error));
        QVERIFY(!culture.removeOpening(m_interiorRow, &error));
        QCOMPARE(
            culture.addOpening(TestOpenings::make(m_interiorId, QStringLiteral("Intrus")), &error),
            0);
        // ...and moving its own row to another ministry too.
        QVERIFY(!culture.setField(m_cultureRow, Field::Ministry, m_interiorId, &error));
        QCOMPARE(culture.opening(m_cultureRow)->ministryId, m_cultureId);
    }

    void serverRefusesPlainSql()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_table->locationAs(m_culture), &error), qPrintable(error));
        const QString other = QString::number(m_interiorRow);
        const QString own = QString::number(m_cultureRow);
        // An UPDATE or DELETE of another ministry's row touches nothing.
        QCOMPARE(
            execAs(db, QStringLiteral("UPDATE openings SET comment = 'pirate' WHERE id = ") + other,
                   &error),
            0);
        QCOMPARE(execAs(db, QStringLiteral("DELETE FROM openings WHERE id = ") + other, &error), 0);
        // Inserting for it, or moving a row to it, is an error.
        QCOMPARE(execAs(db,
                        QStringLiteral("INSERT INTO openings (ministry_id, kind, title, status, "
                                       "updated_at) VALUES (%1, 'api', 'x', 'planned', 'now')")
                            .arg(m_interiorId),
                        &error),
                 -1);
        QVERIFY2(error.contains(QLatin1String("row-level security")), qPrintable(error));
        QCOMPARE(execAs(db,
                        QStringLiteral("UPDATE openings SET ministry_id = %1 WHERE id = %2")
                            .arg(m_interiorId)
                            .arg(own),
                        &error),
                 -1);
        // Nor may it claim a change of that row in the log, or create a ministry.
        QCOMPARE(execAs(db,
                        QStringLiteral("INSERT INTO changes (at, who, opening_id, field) VALUES "
                                       "('2024', 'x', %1, 'comment')")
                            .arg(other),
                        &error),
                 -1);
        QCOMPARE(
            execAs(db, QStringLiteral("INSERT INTO ministries (name) VALUES ('Nouveau')"), &error),
            -1);
        // The change log is append-only, for the owner too.
        for (Database *who : {&db}) {
            QCOMPARE(execAs(*who, QStringLiteral("UPDATE changes SET who = 'x'"), &error), -1);
            QCOMPARE(execAs(*who, QStringLiteral("DELETE FROM changes"), &error), -1);
        }
        Database owner;
        QVERIFY(owner.open(m_table->location(), &error));
        QCOMPARE(execAs(owner, QStringLiteral("UPDATE changes SET who = 'x'"), &error), -1);
        QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
        QCOMPARE(execAs(owner, QStringLiteral("DELETE FROM changes"), &error), -1);
        QCOMPARE(execAs(owner, QStringLiteral("TRUNCATE changes"), &error), -1);

        Store check;
        QVERIFY(check.open(m_table->location(), &error));
        QCOMPARE(check.count(), 2);
        QCOMPARE(check.opening(m_interiorRow)->comment, QString());
        QCOMPARE(check.opening(m_cultureRow)->ministryId, m_cultureId);
        QVERIFY(check.ministries().find(QStringLiteral("Nouveau")) == 0);
    }

    void logRecordsTheDatabaseUser()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_table->locationAs(m_interior), &error));
        // A client writing someone else's name in "who" is corrected by the server.
        QCOMPARE(execAs(db,
                        QStringLiteral("INSERT INTO changes (at, who, opening_id, field) VALUES "
                                       "('2024', 'quelqu''un', %1, 'comment')")
                            .arg(m_interiorRow),
                        &error),
                 1);
        Store store;
        QVERIFY(store.open(m_table->location(), &error));
        QCOMPARE(store.changes(m_interiorRow).last().who, m_interior);
    }

    // The log's time, the rows' author, time and version are the server's: a
    // role cannot backdate, sign for someone else, or set a version; nor log an
    // entry about no opening or a missing one.
    void serverStampsTheLogAndTheRows()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_table->locationAs(m_culture), &error), qPrintable(error));
        const QString own = QString::number(m_cultureRow);
        QCOMPARE(execAs(db,
                        QStringLiteral("INSERT INTO changes (at, who, opening_id, field) VALUES "
                                       "('2001-01-01T00:00:00.000Z', 'x', %1, 'comment')")
                            .arg(own),
                        &error),
                 1);
        for (const QString &target : {QStringLiteral("NULL"), QStringLiteral("987654")}) {
            QCOMPARE(execAs(db,
                            QStringLiteral("INSERT INTO changes (at, who, opening_id, field) "
                                           "VALUES ('2024', 'x', %1, 'comment')")
                                .arg(target),
                            &error),
                     -1);
        }
        QCOMPARE(execAs(db,
                        QStringLiteral("INSERT INTO changes (at, who, field) VALUES ('2024', "
                                       "'x', 'comment')"),
                        &error),
                 -1);

        Store store;
        QVERIFY2(store.open(m_table->location(), &error), qPrintable(error));
        const int version = store.opening(m_cultureRow)->version;
        QCOMPARE(execAs(db,
                        QStringLiteral("UPDATE openings SET comment = 'c', updated_by = 'x', "
                                       "updated_at = '2001-01-01T00:00:00.000Z', version = 42 "
                                       "WHERE id = ") +
                            own,
                        &error),
                 1);
        QCOMPARE(execAs(db,
                        QStringLiteral("INSERT INTO openings (ministry_id, kind, title, status, "
                                       "updated_at, updated_by, version) VALUES (%1, 'api', "
                                       "'Nouvelle', 'planned', '2001-01-01T00:00:00.000Z', 'x', "
                                       "42)")
                            .arg(m_cultureId),
                        &error),
                 1);
        const QDateTime recent = QDateTime::currentDateTimeUtc().addSecs(-600);
        const Opening updated = *store.opening(m_cultureRow);
        QCOMPARE(updated.version, version + 1);
        QCOMPARE(updated.updatedBy, m_culture);
        QVERIFY2(updated.updatedAt > recent, qPrintable(updated.updatedAt.toString()));
        QSqlQuery q(store.database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT version, updated_by, updated_at FROM openings "
                                      "WHERE title = 'Nouvelle'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toString(), m_culture);
        QVERIFY(QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs) > recent);
        const QVector<Change> log = store.changes(m_cultureRow);
        QCOMPARE(log.last().who, m_culture);
        QVERIFY2(log.last().at > recent, qPrintable(log.last().at.toString()));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM changes WHERE opening_id IS NULL OR "
                                      "opening_id = 987654")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // A ministry role may not give its ministry an alias that is another
    // ministry's name or alias, however spelled, nor move another's alias.
    void aliasesNeverTakeAnotherMinistrysName()
    {
        QString error;
        QVERIFY2(m_table->execAsSuperuser(
                     QStringLiteral("INSERT INTO ministry_aliases (alias_key, alias, ministry_id) "
                                    "VALUES ('interieur', 'Intérieur', %1)")
                         .arg(m_interiorId),
                     &error),
                 qPrintable(error));
        Database db;
        QVERIFY2(db.open(m_table->locationAs(m_culture), &error), qPrintable(error));
        const QString insert = QStringLiteral(
            "INSERT INTO ministry_aliases (alias_key, alias, ministry_id) VALUES ('%1', '%2', %3)");
        const QString culture = QString::number(m_cultureId);
        const QStringList refused{
            insert.arg(QStringLiteral("ministere de l''interieur"),
                       QStringLiteral("Ministère de l''Intérieur"), culture),
            insert.arg(QStringLiteral("autre"), QStringLiteral("MINISTÈRE DE L’INTÉRIEUR"),
                       culture),
            insert.arg(QStringLiteral("ministere de l''interieur"), QStringLiteral("Culture bis"),
                       culture),
            insert.arg(QStringLiteral("interieur 2"), QStringLiteral("Intérieur"), culture),
            insert.arg(QStringLiteral("culture"), QStringLiteral("Culture"),
                       QString::number(m_interiorId)),
            QStringLiteral("INSERT INTO ministry_aliases (alias_key, alias, ministry_id) VALUES "
                           "('interieur', 'Intérieur', %1) ON CONFLICT (alias_key) DO UPDATE SET "
                           "ministry_id = excluded.ministry_id")
                .arg(culture)};
        for (const QString &sql : refused)
            QVERIFY2(execAs(db, sql, &error) == -1, qPrintable(sql));
        // An alias of its own ministry, taking no one's name, is fine.
        QCOMPARE(
            execAs(db, insert.arg(QStringLiteral("mc"), QStringLiteral("MC"), culture), &error), 1);
        Store store;
        QVERIFY2(store.open(m_table->locationAs(m_interior), &error), qPrintable(error));
        QCOMPARE(store.ministries().find(QStringLiteral("Ministère de l'Intérieur")), m_interiorId);
        QCOMPARE(store.ministries().find(QStringLiteral("Intérieur")), m_interiorId);
        QCOMPARE(store.ministries().find(QStringLiteral("MC")), m_cultureId);
        // Nor through the application.
        Store cultureStore;
        QVERIFY2(cultureStore.open(m_table->locationAs(m_culture), &error), qPrintable(error));
        QVERIFY(
            !cultureStore.ministries().addAlias(m_cultureId, QStringLiteral("Intérieur"), &error));
    }

    // A role inserting a row with an id ahead of the server's numbering would
    // make everyone's inserts fail once the numbering reaches it: the server
    // takes an explicit id only to restore a deleted row of the same ministry.
    void idsAreNumberedByTheServer()
    {
        Store admin;
        QString error;
        QVERIFY2(admin.open(m_table->location(), &error), qPrintable(error));
        const qint64 last = addRow(admin, m_interiorId, QStringLiteral("Dernière"));
        Database db;
        QVERIFY2(db.open(m_table->locationAs(m_culture), &error), qPrintable(error));
        const QString insert =
            QStringLiteral("INSERT INTO openings (id, ministry_id, kind, title, status, "
                           "updated_at) VALUES (%1, %2, 'api', 'x', 'planned', 'now')");
        for (const qint64 ahead : {last + 1, last + 2, last + 1000})
            QCOMPARE(execAs(db, insert.arg(ahead).arg(m_cultureId), &error), -1);
        QCOMPARE(execAs(db,
                        QStringLiteral("UPDATE openings SET id = %1 WHERE id = %2")
                            .arg(last + 1)
                            .arg(m_cultureRow),
                        &error),
                 -1);
        // Another ministry's deleted row cannot be taken over either.
        QVERIFY2(admin.removeOpening(last, &error), qPrintable(error));
        QCOMPARE(execAs(db, insert.arg(last).arg(m_cultureId), &error), -1);
        // Everyone's inserts go on.
        QCOMPARE(addRow(admin, m_interiorId, QStringLiteral("Suivante")), last + 1);

        // Undoing a delete restores the row with its id, for a ministry role too.
        Store culture;
        QVERIFY2(culture.open(m_table->locationAs(m_culture), &error), qPrintable(error));
        const qint64 own = addRow(culture, m_cultureId, QStringLiteral("Restaurée"));
        const Opening before = *culture.opening(own);
        QVERIFY2(culture.removeOpening(own, &error), qPrintable(error));
        QCOMPARE(culture.addOpening(before, &error), own);
        QCOMPARE(culture.opening(own)->title, QStringLiteral("Restaurée"));
        QCOMPARE(culture.count(), 4);
    }

    void coordinatorEditsEverything()
    {
        Store dinum;
        QString error;
        QVERIFY2(dinum.open(m_table->locationAs(m_coordinator), &error), qPrintable(error));
        QVERIFY(dinum.rights().all);
        QVERIFY(dinum.setField(m_cultureRow, Field::Comment, QStringLiteral("c"), &error));
        QVERIFY(dinum.setField(m_interiorRow, Field::Comment, QStringLiteral("i"), &error));
        QVERIFY2(dinum.setField(m_interiorRow, Field::Ministry, m_cultureId, &error),
                 qPrintable(error));
        const qint64 armed = dinum.ensureMinistry(QStringLiteral("Ministère des Armées"), &error);
        QVERIFY2(armed > 0, qPrintable(error));
        QVERIFY(dinum.mayEdit(armed));
    }

    void severalMinistriesAndGroupRoles()
    {
        // A role holding two ministries; a login inheriting a group role's grant.
        Database admin;
        QString error;
        QVERIFY(ServerAdmin::openAsAdministrator(admin, m_table->location(), &error));
        bool added = false;
        QVERIFY(ServerAdmin::grant(admin, m_culture, m_interiorId, &added, &error));
        const QString amd = m_table->createRole(QStringLiteral("amd"));
        QVERIFY(m_table->execAsSuperuser(
            QStringLiteral("GRANT \"%1\" TO \"%2\"").arg(m_interior, amd), &error));
        Store culture, member;
        QVERIFY(culture.open(m_table->locationAs(m_culture), &error));
        QVERIFY(culture.mayEdit(m_cultureId) && culture.mayEdit(m_interiorId));
        QVERIFY2(member.open(m_table->locationAs(amd), &error), qPrintable(error));
        QVERIFY(member.mayEdit(m_interiorId));
        QVERIFY(!member.mayEdit(m_cultureId));
        QVERIFY2(member.setField(m_interiorRow, Field::Comment, QStringLiteral("m"), &error),
                 qPrintable(error));
        QCOMPARE(member.changes(m_interiorRow).last().who, amd);

        // Grants listed, and taken back: the role reads on, writes no more.
        const auto list = ServerAdmin::grants(admin, &error);
        QVERIFY(list);
        int cultureGrants = 0;
        for (const ServerAdmin::Grant &g : *list)
            cultureGrants += g.role == m_culture ? 1 : 0;
        QCOMPARE(cultureGrants, 2);
        bool removed = false;
        QVERIFY(ServerAdmin::revoke(admin, m_culture, m_interiorId, &removed, &error));
        QVERIFY(removed);
        QVERIFY(ServerAdmin::revoke(admin, m_culture, m_cultureId, &removed, &error));
        Store revoked;
        QVERIFY(revoked.open(m_table->locationAs(m_culture), &error));
        QVERIFY(revoked.rights().readOnly());
        QCOMPARE(revoked.count(), 2);
        Database plain;
        QVERIFY(plain.open(m_table->locationAs(m_culture), &error));
        QCOMPARE(execAs(plain, QStringLiteral("UPDATE openings SET comment = 'x'"), &error), -1);
        QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
    }

    void grantsReachOpenClientsLive()
    {
        Store culture;
        QString error;
        QVERIFY(culture.open(m_table->locationAs(m_culture), &error));
        QVERIFY(!culture.mayEdit(m_interiorId));
        QSignalSpy rights(&culture, &Store::rightsChanged);
        Database admin;
        QVERIFY(ServerAdmin::openAsAdministrator(admin, m_table->location(), &error));
        bool added = false;
        QVERIFY(ServerAdmin::grant(admin, m_culture, m_interiorId, &added, &error));
        QTRY_VERIFY_WITH_TIMEOUT(rights.count() >= 1, 10000);
        QVERIFY(culture.mayEdit(m_interiorId));
    }

    void otherMinistriesRowsAreReadOnlyInTheTable()
    {
        Store culture;
        QString error;
        QVERIFY(culture.open(m_table->locationAs(m_culture), &error));
        QUndoStack undo;
        OpeningsTableModel model(culture, &undo);
        TestSupport::ModelTester modelTester(&model);
        const int own = model.rowOf(m_cultureRow);
        const int other = model.rowOf(m_interiorRow);
        QVERIFY(own >= 0 && other >= 0);
        const QModelIndex ownCell = model.index(own, OpeningsTableModel::CommentColumn);
        const QModelIndex otherCell = model.index(other, OpeningsTableModel::CommentColumn);
        QVERIFY(model.flags(ownCell).testFlag(Qt::ItemIsEditable));
        QVERIFY(!model.flags(otherCell).testFlag(Qt::ItemIsEditable));
        QVERIFY(otherCell.data(OpeningsTableModel::ReadOnlyRole).toBool());
        QVERIFY(otherCell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Intérieur")));
        // A view bypassing the flags still meets the store's refusal, shown as an error.
        QSignalSpy errors(&model.editor(), &OpeningEditor::errorOccurred);
        QVERIFY(!model.setData(otherCell, QStringLiteral("non")));
        QCOMPARE(errors.count(), 1);
        QVERIFY(model.setData(ownCell, QStringLiteral("oui")));
    }

    void importOfOtherMinistriesIsRefusedWhole()
    {
        // A ministry role importing the whole table: refused, nothing written.
        QTemporaryDir dir;
        const QString csv = QDir(dir.path()).filePath(QStringLiteral("t.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("TYPE,TITRE,PRODUCTEUR,STATUT,DATE ESTIM\xc3\x89"
                "E\n"
                "API,Base M\xc3\xa9rim\xc3\xa9"
                "e,Minist\xc3\xa8re de la Culture,Disponible,T1 2022\n"
                "API,API Droit \xc3\xa0 conduire,Minist\xc3\xa8re de "
                "l'Int\xc3\xa9rieur,Disponible,T1 2022\n");
        f.close();
        for (const ImportMode mode : {ImportMode::Merge, ImportMode::Replace}) {
            const ImportSummary summary = importFile(m_table->locationAs(m_culture), csv, mode);
            QVERIFY(!summary.ok());
            QVERIFY2(summary.error.contains(QStringLiteral("Intérieur")) ||
                         summary.error.contains(QLatin1String("row-level security")),
                     qPrintable(summary.error));
        }
        Store check;
        QString error;
        QVERIFY(check.open(m_table->location(), &error));
        QCOMPARE(check.opening(m_interiorRow)->status, Status::Planned);
        QCOMPARE(check.opening(m_cultureRow)->status, Status::Planned);
        QCOMPARE(check.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRights)
#include "test_rights.moc"
