#include "exportsource.h"

#include "database.h"
#include "openingrepository.h"
#include "progresssql.h"
#include "sqlrun.h"

#include <QCoreApplication>
#include <QSqlError>

namespace {

// Messages of this file, in the "Export" translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

} // namespace

OpeningFilter ExportOptions::filter() const
{
    OpeningFilter f;
    if (ministryId)
        f.ministryIds = {*ministryId};
    f.reference = referenceDate();
    return f;
}

namespace ExportSource {

bool checkOptions(Database &db, const ExportOptions &options, QString *error)
{
    if (!options.ministryId)
        return true;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!db.prepare(q, QStringLiteral("SELECT COUNT(*) FROM ministries WHERE id = ?"), error))
        return false;
    q.addBindValue(*options.ministryId);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = Text::tr("Cannot read the ministries: %1").arg(q.lastError().text());
        return false;
    }
    if (q.value(0).toInt() == 0) {
        if (error)
            *error = Text::tr("No ministry has the id %1.").arg(*options.ministryId);
        return false;
    }
    return true;
}

bool volumes(Database &db, const OpeningFilter &filter, QHash<qint64, Volume> *perMinistry,
             QString *error)
{
    QVariantList binds;
    const QString sql =
        QStringLiteral(
            "SELECT ministry_id, SUM(CASE WHEN lower(substr(url, 1, 7)) = 'http://' OR "
            "lower(substr(url, 1, 8)) = 'https://' THEN 1 ELSE 0 END), "
            "SUM(length(title) + length(description) + length(comment) + 2 * length(url)), "
            "COUNT(*) FROM openings WHERE %1 GROUP BY ministry_id")
            .arg(ProgressSql::filterCondition(filter, &binds));
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!Sql::run(q, sql, binds, Text::tr("Cannot read the openings"), error))
        return false;
    while (q.next()) {
        Volume &v = (*perMinistry)[q.value(0).toLongLong()];
        v.webLinks = q.value(1).toLongLong();
        v.textCharacters = q.value(2).toDouble();
        v.rows = q.value(3).toLongLong();
    }
    return true;
}

} // namespace ExportSource

OpeningCursor::OpeningCursor(Database &db) : m_db(db), m_query(db.connection()) {}

bool OpeningCursor::open(const OpeningFilter &filter, QString *error)
{
    m_error.clear();
    QVariantList binds;
    const QString condition = ProgressSql::filterCondition(filter, &binds);
    // Forward-only: the driver does not cache the rows already read, so memory
    // stays flat on a million openings.
    m_query = QSqlQuery(m_db.connection());
    m_query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1 FROM openings o JOIN ministries m ON m.id = "
                                       "o.ministry_id WHERE %2 ORDER BY o.id")
                            .arg(OpeningRepository::selectColumns(), condition);
    if (!m_db.prepare(m_query, sql, error))
        return false;
    for (const QVariant &v : binds)
        m_query.addBindValue(v);
    if (!m_query.exec()) {
        if (error)
            *error = Text::tr("Cannot read the openings: %1").arg(m_query.lastError().text());
        return false;
    }
    return true;
}

bool OpeningCursor::next()
{
    if (!m_query.next()) {
        if (m_query.lastError().isValid())
            m_error = Text::tr("Cannot read the openings: %1").arg(m_query.lastError().text());
        return false;
    }
    m_current = OpeningRepository::row(m_query);
    return true;
}
