#include "progressqueries.h"

#include "database.h"
#include "progresssql.h"
#include "sqlrun.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Messages of this file, in the "Progress" translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Progress)
};

// Each opening is reduced in SQL to one integer packing its class:
//   ministry_id << 35 | announced key << 19 | effective key << 3 | state << 1 | moved
// with 0 for a missing quarter (no valid quarter has key 0) and 16 bits per
// quarter key (any 4-digit year fits). SQLite has no hash aggregation: a
// GROUP BY sorts every row, which measured 2.2-2.7 s on 1M openings, while
// streaming this one column and counting in a hash took 0.44 s. PostgreSQL
// groups by hash, so there the same expression is grouped on the server and
// only the classes cross the network. Standard SQL only, for both backends.
QString classSql(QVariantList *binds)
{
    const QString state = ProgressSql::state(binds);
    return QStringLiteral(
               "SELECT CAST(m AS BIGINT) * 34359738368"
               " + CAST(CASE WHEN aq BETWEEN 0 AND 65535 THEN aq ELSE 0 END AS BIGINT) * 524288"
               " + CASE WHEN eq BETWEEN 0 AND 65535 THEN eq ELSE 0 END * 8 + st * 2 + mv AS k "
               "FROM (SELECT ministry_id AS m, COALESCE(announced_q, 0) AS aq, "
               "CASE WHEN %1 THEN 0 ELSE %2 END AS eq, %3 AS st, "
               "CASE WHEN first_announced_q <> announced_q THEN 1 ELSE 0 END AS mv "
               "FROM openings WHERE %4) sel")
        .arg(ProgressSql::undated(), ProgressSql::effectiveKey(), state);
}

ProgressGroup decode(qint64 code, int count)
{
    ProgressGroup g;
    g.moved = code & 1;
    g.state = Rules::State((code >> 1) & 3);
    g.effective = int((code >> 3) & 0xffff);
    g.announced = int((code >> 19) & 0xffff);
    g.ministryId = code >> 35;
    g.count = count;
    // Key 0 marks a missing quarter; a malformed stored date gives a key no
    // quarter has: both are undated rather than stretching the quarter axis.
    if (!Quarter::fromKey(g.effective).isValid() || g.effective == 0)
        g.effective = -1;
    if (!Quarter::fromKey(g.announced).isValid() || g.announced == 0)
        g.announced = -1;
    return g;
}

} // namespace

namespace ProgressQueries {

bool groups(Database &db, const OpeningFilter &filter, QVector<ProgressGroup> *groups,
            QString *error, const ProgressCallback &progress)
{
    if (!db.isOpen()) {
        if (error)
            *error = Text::tr("Cannot compute progress: no table is open");
        return false;
    }
    QVariantList binds;
    const QString perOpening = classSql(&binds).arg(ProgressSql::filterCondition(filter, &binds));
    const bool groupInDatabase = db.backend() != Database::Backend::SQLite;
    const QString sql =
        groupInDatabase
            ? QStringLiteral("SELECT k, COUNT(*) FROM (%1) cls GROUP BY k").arg(perOpening)
            : perOpening;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!Sql::run(q, sql, binds, Text::tr("Cannot compute progress"), error))
        return false;
    QHash<qint64, int> counts;
    qint64 read = 0;
    while (q.next()) {
        if ((++read & 0xffff) == 0 && !keepGoing(progress, read, 0)) {
            if (error)
                error->clear();
            return false;
        }
        counts[q.value(0).toLongLong()] += groupInDatabase ? q.value(1).toInt() : 1;
    }
    if (q.lastError().isValid()) {
        if (error)
            *error = Text::tr("Cannot compute progress: %1").arg(q.lastError().text());
        return false;
    }
    groups->reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        groups->append(decode(it.key(), it.value()));
    return true;
}

QHash<qint64, QString> ministryNames(Database &db, QString *error)
{
    QHash<qint64, QString> names;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM ministries"))) {
        if (error)
            *error = Text::tr("Cannot read the ministries: %1").arg(q.lastError().text());
        return names;
    }
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

} // namespace ProgressQueries

FilterCounts countOpenings(Database &db, const OpeningFilter &filter, const QDate &asOf,
                           QString *error)
{
    if (error)
        error->clear();
    const QDate reference = asOf.isValid() ? asOf : filter.referenceDate();
    QVariantList binds;
    const QString overdue = ProgressSql::overdue(reference, &binds);
    const QString sql =
        QStringLiteral("SELECT COUNT(*), "
                       "COALESCE(SUM(CASE WHEN status IN %1 THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN %2 THEN 1 ELSE 0 END), 0) "
                       "FROM openings WHERE %3")
            .arg(ProgressSql::openedStatuses(), overdue,
                 ProgressSql::filterCondition(filter, &binds));
    FilterCounts counts;
    if (!db.isOpen()) {
        if (error)
            *error = Text::tr("Cannot count the openings: no table is open");
        return counts;
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!Sql::run(q, sql, binds, Text::tr("Cannot count the openings"), error))
        return counts;
    if (!q.next()) {
        if (error)
            *error = Text::tr("Cannot count the openings: %1").arg(q.lastError().text());
        return counts;
    }
    counts.total = q.value(0).toLongLong();
    counts.opened = q.value(1).toLongLong();
    counts.overdue = q.value(2).toLongLong();
    return counts;
}

QuarterSpan quarterSpan(Database &db, QString *error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT MIN(announced_q), MAX(announced_q), MIN(effective_date), "
                               "MAX(effective_date) FROM openings")) ||
        !q.next()) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    QuarterSpan span;
    auto widen = [&span](const Quarter &q) {
        if (!q.isValid())
            return;
        if (!span.first.isValid() || q < span.first)
            span.first = q;
        if (!span.last.isValid() || q > span.last)
            span.last = q;
    };
    for (int i : {0, 1})
        if (!q.value(i).isNull())
            widen(Quarter::fromKey(q.value(i).toInt()));
    for (int i : {2, 3})
        widen(Quarter::fromDate(QDate::fromString(q.value(i).toString(), Qt::ISODate)));
    return span;
}
