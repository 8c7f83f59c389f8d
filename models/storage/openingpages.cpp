#include "openingpages.h"

#include "database.h"
#include "openingrepository.h"
#include "progresssql.h"
#include "sqlrun.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

// Messages of this file, in the "Export" translation context (the same message there).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

QString orderBy(const OpeningOrder &order)
{
    const QString dir = order.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString expr;
    switch (order.key) {
    case OpeningOrder::Key::Title:
        expr = QStringLiteral("lower(o.title)");
        break;
    case OpeningOrder::Key::Ministry:
        expr = QStringLiteral("lower(m.name)");
        break;
    case OpeningOrder::Key::Kind:
        expr = QStringLiteral("o.kind");
        break;
    case OpeningOrder::Key::Announced:
        expr = QStringLiteral("o.announced_q");
        break;
    case OpeningOrder::Key::EffectiveDate:
        expr = QStringLiteral("o.effective_date");
        break;
    case OpeningOrder::Key::Status:
        expr = QStringLiteral("o.status");
        break;
    case OpeningOrder::Key::Url:
        expr = QStringLiteral("o.url");
        break;
    case OpeningOrder::Key::Comment:
        expr = QStringLiteral("lower(o.comment)");
        break;
    case OpeningOrder::Key::UpdatedAt:
        expr = QStringLiteral("o.updated_at");
        break;
    case OpeningOrder::Key::Id:
        return QStringLiteral("o.id");
    }
    return QStringLiteral("%1 %2, o.id %2").arg(expr, dir);
}

} // namespace

namespace OpeningPages {

qint64 count(Database &db, const OpeningFilter &filter, QString *error)
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM openings WHERE %1")
                            .arg(ProgressSql::filterCondition(filter, &binds));
    QSqlQuery q(db.connection());
    if (!Sql::run(q, sql, binds, Text::tr("Cannot read the openings"), error))
        return -1;
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool read(Database &db, const OpeningFilter &filter, const OpeningOrder &order, qint64 offset,
          int limit, QVector<Opening> *rows, QString *error)
{
    QVariantList binds;
    // The filter's columns are unqualified; they exist only in openings, so no ambiguity.
    const QString sql =
        QStringLiteral("SELECT %1 FROM openings o JOIN ministries m ON m.id = o.ministry_id "
                       "WHERE %2 ORDER BY %3 LIMIT %4 OFFSET %5")
            .arg(OpeningRepository::selectColumns(), ProgressSql::filterCondition(filter, &binds),
                 orderBy(order))
            .arg(limit)
            .arg(offset);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!Sql::run(q, sql, binds, Text::tr("Cannot read the openings"), error))
        return false;
    rows->reserve(limit);
    while (q.next())
        rows->append(OpeningRepository::row(q));
    return true;
}

} // namespace OpeningPages
