#include "serveradmin.h"
#include "location.h"

#include "database.h"
#include "messages.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ServerAdmin {

namespace {

// Messages in one translation context that lupdate sees.
struct ServerAdminText
{
    Q_DECLARE_TR_FUNCTIONS(ServerAdmin)
};

// A role name as an SQL identifier: roles cannot be bound parameters.
QString identifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

bool query(Database &db, QSqlQuery &q, const QString &sql, const QVariantList &binds,
           QString *error)
{
    q = QSqlQuery(db.connection());
    if (!db.prepare(q, sql, error))
        return false;
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool isAdministrator(Database &db, QString *owner, QString *error)
{
    QSqlQuery q;
    if (!query(db, q,
               QStringLiteral("SELECT pg_catalog.pg_get_userbyid(c.relowner), "
                              "pg_catalog.pg_has_role(current_user, c.relowner, 'USAGE') OR "
                              "(SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = "
                              "current_user) FROM pg_catalog.pg_class c "
                              "WHERE c.oid = 'openings'::regclass"),
               {}, error) ||
        !q.next())
        return false;
    *owner = q.value(0).toString();
    return q.value(1).toBool();
}

// Only the owner creates objects in the tables' schema: a role that could would
// be able to define functions or operators that others run without knowing.
void revokeCreateOnSchema(Database &db, InitReport *report)
{
    QSqlQuery q;
    QString error;
    if (!query(db, q,
               QStringLiteral(
                   "SELECT n.nspname, EXISTS (SELECT 1 FROM pg_catalog.aclexplode(COALESCE("
                   "n.nspacl, pg_catalog.acldefault('n', n.nspowner))) a WHERE a.grantee = 0 "
                   "AND a.privilege_type = 'CREATE') FROM pg_catalog.pg_class c JOIN "
                   "pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                   "WHERE c.oid = 'openings'::regclass"),
               {}, &error) ||
        !q.next()) {
        report->createError = error;
        return;
    }
    report->schema = q.value(0).toString();
    report->publicCouldCreate = q.value(1).toBool();
    if (report->publicCouldCreate &&
        !db.exec(QStringLiteral("REVOKE CREATE ON SCHEMA %1 FROM PUBLIC")
                     .arg(identifier(report->schema)),
                 {}, &error)) {
        report->publicCouldCreate = false;
        report->createError = error;
    }
}

} // namespace

bool openAsAdministrator(Database &db, const QString &location, QString *error)
{
    if (!Location::isServer(location)) {
        if (error)
            *error = ServerAdminText::tr(
                         "%1: the rights of a table are kept by a PostgreSQL server: give a "
                         "postgresql://user@host:port/database address")
                         .arg(Database::describe(location));
        return false;
    }
    if (!db.open(location, error))
        return false;
    QString owner;
    QString reason;
    if (!isAdministrator(db, &owner, &reason)) {
        if (error)
            *error = reason.isEmpty()
                         ? ServerAdminText::tr(
                               "%1: the role %2 does not administer this table: run this as its "
                               "owner (%3) or a superuser")
                               .arg(Database::describe(location), db.userName(), owner)
                         : withSubject(Database::describe(location), reason);
        return false;
    }
    return true;
}

bool init(const QString &location, InitReport *report, QString *error)
{
    // Opening migrates: the schema, the policies, the triggers and the first grant
    // are migrations of the table, created alike wherever it is opened first.
    Database db;
    if (!openAsAdministrator(db, location, error))
        return false;
    if (report) {
        report->versionBefore = db.schemaVersionAtOpen();
        report->versionAfter = db.schemaVersion();
        report->user = db.userName();
        revokeCreateOnSchema(db, report);
    }
    return true;
}

bool grant(Database &db, const QString &role, qint64 ministryId, bool *added, QString *error)
{
    if (added)
        *added = false;
    QSqlQuery q;
    if (!query(db, q, QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"), {role},
               error))
        return false;
    if (!q.next()) {
        if (error)
            *error =
                ServerAdminText::tr("the role %1 does not exist on the server: create it first "
                                    "(CREATE ROLE %2 LOGIN PASSWORD '…')")
                    .arg(role, identifier(role));
        return false;
    }
    const bool coordinator = ministryId == 0;
    const QString who = identifier(role);
    QStringList privileges{
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON openings, ministry_aliases TO %1"),
        QStringLiteral("GRANT INSERT ON changes TO %1")};
    if (coordinator)
        privileges << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ministries TO %1");
    Transaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    if (!query(db, q,
               QStringLiteral("INSERT INTO ministry_grants (role, ministry_id, coordinator) "
                              "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
               {role, coordinator ? QVariant(QMetaType::fromType<qint64>()) : QVariant(ministryId),
                coordinator},
               error))
        return false;
    const bool inserted = q.numRowsAffected() > 0;
    for (const QString &sql : std::as_const(privileges)) {
        if (!db.exec(sql.arg(who), {}, error))
            return false;
    }
    if (!transaction.commit(error))
        return false;
    if (added)
        *added = inserted;
    return true;
}

bool revoke(Database &db, const QString &role, qint64 ministryId, bool *removed, QString *error)
{
    if (removed)
        *removed = false;
    Transaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QSqlQuery q;
    if (!query(db, q,
               QStringLiteral("DELETE FROM ministry_grants WHERE role = ? AND "
                              "COALESCE(ministry_id, 0) = ?"),
               {role, ministryId}, error))
        return false;
    const bool deleted = q.numRowsAffected() > 0;
    if (!query(db, q, QStringLiteral("SELECT coordinator FROM ministry_grants WHERE role = ?"),
               {role}, error))
        return false;
    bool left = false;
    bool stillCoordinator = false;
    while (q.next()) {
        left = true;
        stillCoordinator = stillCoordinator || q.value(0).toBool();
    }
    const QString who = identifier(role);
    QStringList statements;
    if (!left)
        statements << QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON openings, "
                                     "ministry_aliases FROM %1")
                   << QStringLiteral("REVOKE INSERT ON changes FROM %1");
    if (!stillCoordinator)
        statements << QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON ministries FROM %1");
    // A role that no longer exists has no privileges to take back.
    if (query(db, q, QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"), {role},
              nullptr) &&
        q.next()) {
        for (const QString &sql : std::as_const(statements)) {
            if (!db.exec(sql.arg(who), {}, error))
                return false;
        }
    }
    if (!transaction.commit(error))
        return false;
    if (removed)
        *removed = deleted;
    return true;
}

std::optional<QVector<Grant>> grants(Database &db, QString *error)
{
    QSqlQuery q;
    if (!query(db, q,
               QStringLiteral("SELECT g.role, COALESCE(g.ministry_id, 0), COALESCE(m.name, ''), "
                              "g.coordinator FROM ministry_grants g LEFT JOIN ministries m ON "
                              "m.id = g.ministry_id ORDER BY g.role, g.coordinator DESC, m.name"),
               {}, error))
        return std::nullopt;
    QVector<Grant> list;
    while (q.next())
        list.append(Grant{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                          q.value(3).toBool()});
    return list;
}

} // namespace ServerAdmin
