#include "dashboardfilter.h"

#include <QCoreApplication>

namespace {

// Messages of this file, in the "DashboardFilter" translation context (found by lupdate).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFilter)
};

} // namespace

namespace DashboardFilter {

std::optional<OpeningFilter> forSelection(const OpeningFilter &current, Source source,
                                          const ChartSelection &s)
{
    OpeningFilter f = current;
    f.reference = QDate(); // the window sets its own
    if (s.ministryId != 0)
        f.ministryIds = {s.ministryId};
    if (source == Source::Quarters && s.quarter.isValid()) {
        if (s.quarterRole == ChartSelection::QuarterRole::Effective) {
            // Effective date in that quarter, whatever quarter they were announced for
            // (the bar counts every dated item of the filter the chart was drawn for).
            f.effectiveIn = s.quarter;
        } else {
            f.from = s.quarter;
            f.to = s.quarter;
        }
        return f;
    }
    if (source != Source::Ministries || !s.state)
        return std::nullopt;
    f.onlyOverdue = false;
    f.statuses.clear();
    switch (*s.state) {
    case ProgressState::OnTime:
        f.timing = OpeningFilter::Timing::OnTime;
        break;
    case ProgressState::LateOpened:
        f.timing = OpeningFilter::Timing::Late;
        break;
    case ProgressState::OpenedUndated:
        f.timing = OpeningFilter::Timing::Undated;
        break;
    case ProgressState::Planned: {
        f.statuses = Domain::statusesWhere(false);
        const Quarter reference = Quarter::fromDate(current.referenceDate());
        if (!f.from.isValid() || f.from < reference)
            f.from = reference;
        break;
    }
    case ProgressState::Overdue:
        f.onlyOverdue = true;
        break;
    case ProgressState::Abandoned:
        f.statuses = {Status::Abandoned};
        break;
    }
    return f;
}

QString chartSelection(const OpeningFilter &filter)
{
    QStringList parts;
    switch (filter.timing) {
    case OpeningFilter::Timing::Any:
        break;
    case OpeningFilter::Timing::OnTime:
        parts << Text::tr("opened on time");
        break;
    case OpeningFilter::Timing::Late:
        parts << Text::tr("opened late");
        break;
    case OpeningFilter::Timing::Undated:
        parts << Text::tr("opened, effective date unknown");
        break;
    }
    if (filter.effectiveIn.isValid())
        parts << Text::tr("opened in %1").arg(filter.effectiveIn.display());
    return parts.join(QStringLiteral(" · "));
}

QString describe(const OpeningFilter &filter,
                 const std::function<QString(qint64 ministryId)> &ministryName)
{
    QStringList parts;
    if (filter.ministryIds.isEmpty()) {
        parts << Text::tr("All ministries");
    } else {
        QStringList names;
        for (qint64 id : filter.ministryIds)
            names << ministryName(id);
        parts << names.join(QStringLiteral(", "));
    }
    if (!filter.kinds.isEmpty()) {
        QStringList kinds;
        for (Kind k : filter.kinds)
            kinds << Domain::kindLabel(k);
        parts << kinds.join(QStringLiteral(", "));
    }
    if (!filter.statuses.isEmpty()) {
        QStringList statuses;
        for (Status s : filter.statuses)
            statuses << Domain::statusLabel(s);
        parts << statuses.join(QStringLiteral(", "));
    }
    if (filter.from.isValid() || filter.to.isValid()) {
        const QString from = filter.from.isValid() ? filter.from.display() : QStringLiteral("…");
        const QString to = filter.to.isValid() ? filter.to.display() : QStringLiteral("…");
        parts << Text::tr("announced %1 – %2").arg(from, to);
    }
    if (!filter.text.isEmpty())
        parts << Text::tr("text “%1”").arg(filter.text);
    if (filter.onlyOverdue)
        parts << Text::tr("only overdue");
    if (const QString chart = chartSelection(filter); !chart.isEmpty())
        parts << chart;
    return parts.join(QStringLiteral(" · "));
}

} // namespace DashboardFilter
