#include "editrights.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

std::optional<EditRights> EditRights::read(Database &db, QString *error)
{
    EditRights rights;
    if (db.backend() != Database::Backend::PostgreSQL)
        return rights;
    // The server's own test (the one its policies use), so the two never disagree.
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT suivi_may_edit(NULL)")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    rights.all = q.value(0).toBool();
    if (rights.all)
        return rights;
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM ministries WHERE suivi_may_edit(id)"))) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next())
        rights.ministries.insert(q.value(0).toLongLong());
    return rights;
}
