#include "progresssql.h"

#include "progressrules.h"
#include "sqlrun.h"
#include "textfold.h"

#include <QStringList>

namespace ProgressSql {

QString openedStatuses()
{
    QStringList codes;
    for (Status s : Domain::statusesWhere(true))
        codes << QStringLiteral("'%1'").arg(Domain::statusCode(s));
    return QStringLiteral("(%1)").arg(codes.join(QLatin1Char(',')));
}

QString effectiveKey()
{
    return QStringLiteral("(CAST(substr(effective_date, 1, 4) AS INTEGER) * 4 + "
                          "(CAST(substr(effective_date, 6, 2) AS INTEGER) - 1) / 3)");
}

QString undated()
{
    return QStringLiteral("(effective_date IS NULL OR effective_date = '')");
}

QString state(QVariantList *binds)
{
    binds->append(Domain::statusCode(Status::Abandoned));
    return QStringLiteral("CASE WHEN status IN %1 THEN %2 WHEN status = ? THEN %3 ELSE %4 END")
        .arg(openedStatuses())
        .arg(int(Rules::State::Opened))
        .arg(int(Rules::State::Abandoned))
        .arg(int(Rules::State::Pending));
}

QString overdue(const QDate &reference, QVariantList *binds)
{
    binds->append(Domain::statusCode(Status::Abandoned));
    binds->append(Quarter::fromDate(reference).key());
    return QStringLiteral("(status NOT IN %1 AND status <> ? AND announced_q < ?)")
        .arg(openedStatuses());
}

QString timing(OpeningFilter::Timing timing)
{
    const QString opened = QStringLiteral("status IN %1").arg(openedStatuses());
    switch (timing) {
    case OpeningFilter::Timing::Undated:
        return QStringLiteral("(%1 AND %2)").arg(opened, undated());
    case OpeningFilter::Timing::OnTime:
        return QStringLiteral("(%1 AND NOT %2 AND (announced_q IS NULL OR %3 <= announced_q))")
            .arg(opened, undated(), effectiveKey());
    case OpeningFilter::Timing::Late:
        return QStringLiteral("(%1 AND NOT %2 AND %3 > announced_q)")
            .arg(opened, undated(), effectiveKey());
    case OpeningFilter::Timing::Any:
        break;
    }
    return QStringLiteral("1=1");
}

namespace {

template <typename T, typename Code>
void appendIn(QStringList &parts, QVariantList *binds, const char *column, const QVector<T> &values,
              Code code)
{
    if (values.isEmpty())
        return;
    parts << QStringLiteral("%1 IN (%2)")
                 .arg(QLatin1String(column), Sql::placeholders(values.size()));
    for (const T &v : values)
        binds->append(code(v));
}

// The folded needle is matched against the folded search key; LIKE wildcards
// typed by the user are escaped so they match literally.
void appendText(QStringList &parts, QVariantList *binds, const QString &text)
{
    QString escaped = TextFold::fold(text);
    if (escaped.isEmpty())
        return;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    parts << QStringLiteral("search_key LIKE ? ESCAPE '\\'");
    binds->append(QStringLiteral("%") + escaped + QStringLiteral("%"));
}

} // namespace

QString filterCondition(const OpeningFilter &filter, QVariantList *binds)
{
    QStringList parts;
    appendIn(parts, binds, "ministry_id",
             QVector<qint64>(filter.ministryIds.begin(), filter.ministryIds.end()),
             [](qint64 id) { return QVariant(id); });
    appendIn(parts, binds, "kind", filter.kinds, [](Kind k) { return Domain::kindCode(k); });
    appendIn(parts, binds, "status", filter.statuses,
             [](Status s) { return Domain::statusCode(s); });
    if (filter.from.isValid()) {
        parts << QStringLiteral("announced_q >= ?");
        binds->append(filter.from.key());
    }
    if (filter.to.isValid()) {
        parts << QStringLiteral("announced_q <= ?");
        binds->append(filter.to.key());
    }
    appendText(parts, binds, filter.text);
    if (filter.onlyOverdue)
        parts << overdue(filter.referenceDate(), binds);
    if (filter.timing != OpeningFilter::Timing::Any)
        parts << timing(filter.timing);
    if (filter.effectiveIn.isValid()) {
        // ISO dates compare as text.
        parts << QStringLiteral("effective_date >= ? AND effective_date <= ?");
        binds->append(filter.effectiveIn.firstDay().toString(Qt::ISODate));
        binds->append(filter.effectiveIn.lastDay().toString(Qt::ISODate));
    }
    if (parts.isEmpty())
        return QStringLiteral("1=1");
    return parts.join(QStringLiteral(" AND "));
}

} // namespace ProgressSql
