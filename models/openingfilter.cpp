#include "openingfilter.h"

#include "textfold.h"

#include <QStringList>

bool OpeningFilter::isEmpty() const
{
    return ministryIds.isEmpty() && kinds.isEmpty() && statuses.isEmpty() && !from.isValid() &&
           !to.isValid() && text.trimmed().isEmpty() && !onlyOverdue && !hasChartSelection();
}

QString OpeningFilter::sqlCondition(QVariantList *binds) const
{
    QStringList parts;
    auto placeholders = [](int n) {
        QStringList marks;
        for (int i = 0; i < n; ++i)
            marks << QStringLiteral("?");
        return marks.join(QLatin1Char(','));
    };
    if (!ministryIds.isEmpty()) {
        parts << QStringLiteral("ministry_id IN (%1)").arg(placeholders(ministryIds.size()));
        for (qint64 id : ministryIds)
            binds->append(id);
    }
    if (!kinds.isEmpty()) {
        parts << QStringLiteral("kind IN (%1)").arg(placeholders(kinds.size()));
        for (Kind k : kinds)
            binds->append(Domain::kindCode(k));
    }
    if (!statuses.isEmpty()) {
        parts << QStringLiteral("status IN (%1)").arg(placeholders(statuses.size()));
        for (Status s : statuses)
            binds->append(Domain::statusCode(s));
    }
    if (from.isValid()) {
        parts << QStringLiteral("announced_q >= ?");
        binds->append(from.key());
    }
    if (to.isValid()) {
        parts << QStringLiteral("announced_q <= ?");
        binds->append(to.key());
    }
    const QString needle = TextFold::fold(text);
    if (!needle.isEmpty()) {
        // The folded needle is matched against the folded search key; LIKE
        // wildcards typed by the user are escaped so they match literally.
        QString escaped = needle;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        parts << QStringLiteral("search_key LIKE ? ESCAPE '\\'");
        binds->append(QStringLiteral("%") + escaped + QStringLiteral("%"));
    }
    if (onlyOverdue) {
        parts << QStringLiteral("status NOT IN %1 AND status <> ? AND announced_q < ?")
                     .arg(Domain::openedStatusSqlList());
        binds->append(Domain::statusCode(Status::Abandoned));
        binds->append(Quarter::fromDate(referenceDate()).key());
    }
    if (timing != Timing::Any) {
        // The same classes as the progress computation: dated when the effective date
        // is set; on time when its quarter is at most the announced one (or none is).
        parts << QStringLiteral("status IN %1").arg(Domain::openedStatusSqlList());
        const QString undated = QStringLiteral("(effective_date IS NULL OR effective_date = '')");
        const QString effectiveKey =
            QStringLiteral("(CAST(substr(effective_date, 1, 4) AS INTEGER) * 4 + "
                           "(CAST(substr(effective_date, 6, 2) AS INTEGER) - 1) / 3)");
        switch (timing) {
        case Timing::Undated:
            parts << undated;
            break;
        case Timing::OnTime:
            parts << QStringLiteral("NOT %1 AND (announced_q IS NULL OR %2 <= announced_q)")
                         .arg(undated, effectiveKey);
            break;
        case Timing::Late:
            parts << QStringLiteral("NOT %1 AND %2 > announced_q").arg(undated, effectiveKey);
            break;
        case Timing::Any:
            break;
        }
    }
    if (effectiveIn.isValid()) {
        // ISO dates compare as text.
        parts << QStringLiteral("effective_date >= ? AND effective_date <= ?");
        binds->append(effectiveIn.firstDay().toString(Qt::ISODate));
        binds->append(effectiveIn.lastDay().toString(Qt::ISODate));
    }
    if (parts.isEmpty())
        return QStringLiteral("1=1");
    return parts.join(QStringLiteral(" AND "));
}

bool operator==(const OpeningFilter &a, const OpeningFilter &b)
{
    return a.ministryIds == b.ministryIds && a.kinds == b.kinds && a.statuses == b.statuses &&
           a.from == b.from && a.to == b.to && a.text == b.text && a.onlyOverdue == b.onlyOverdue &&
           a.timing == b.timing && a.effectiveIn == b.effectiveIn && a.reference == b.reference;
}
