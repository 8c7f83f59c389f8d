#include "chartdescriptions.h"

#include "progress.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChartDescriptions)
};

QString dayText(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace

namespace Charts {

QString describeBurnUp(const Progress &p, const QLocale &locale)
{
    QString text = Text::tr("On %1, %2 of the %3 announced openings are opened; %4 are overdue.")
                       .arg(dayText(p.asOf, locale), locale.toString(p.totals.opened),
                            locale.toString(p.totals.announced), locale.toString(p.totals.overdue));
    const auto worst = std::max_element(
        p.byMinistry.cbegin(), p.byMinistry.cend(),
        [](const MinistryProgress &a, const MinistryProgress &b) {
            return a.counts.overdue < b.counts.overdue;
        });
    if (worst != p.byMinistry.cend() && worst->counts.overdue > 0)
        text += QLatin1Char(' ') + Text::tr("Most overdue: %1 (%2).")
                                       .arg(worst->ministry, locale.toString(worst->counts.overdue));
    return text;
}

QString describeQuarters(const Progress &p, const QLocale &locale)
{
    if (p.byQuarter.isEmpty())
        return Text::tr("No opening has an announced quarter or an effective date.");
    const auto mostAnnounced = std::max_element(
        p.byQuarter.cbegin(), p.byQuarter.cend(),
        [](const QuarterProgress &a, const QuarterProgress &b) { return a.announced < b.announced; });
    const auto mostOpened = std::max_element(
        p.byQuarter.cbegin(), p.byQuarter.cend(),
        [](const QuarterProgress &a, const QuarterProgress &b) { return a.effective < b.effective; });
    return Text::tr("Openings announced and opened per quarter, from %1 to %2: most announced "
                    "in %3 (%4), most opened in %5 (%6).")
        .arg(p.byQuarter.first().quarter.display(locale), p.byQuarter.last().quarter.display(locale),
             mostAnnounced->quarter.display(locale), locale.toString(mostAnnounced->announced),
             mostOpened->quarter.display(locale), locale.toString(mostOpened->effective));
}

QString describeMinistries(const Progress &p, const QLocale &locale)
{
    const ProgressCounts &c = p.totals;
    return Text::tr("Progress of %1 ministries: %2 opened on time, %3 opened late, %4 opened "
                    "without a date, %5 to come, %6 overdue, %7 abandoned.")
        .arg(locale.toString(p.byMinistry.size()), locale.toString(c.onTime),
             locale.toString(c.lateOpened), locale.toString(c.openedUndated),
             locale.toString(c.planned), locale.toString(c.overdue), locale.toString(c.abandoned));
}

QString describeDelays(const Progress &p, const QLocale &locale)
{
    int early = 0, onTime = 0, late = 0, longest = 0;
    for (auto it = p.slipHistogram.cbegin(); it != p.slipHistogram.cend(); ++it) {
        if (it.key() < 0)
            early += it.value();
        else if (it.key() == 0)
            onTime += it.value();
        else
            late += it.value();
        if (it.value() > 0)
            longest = std::max(longest, it.key());
    }
    if (early + onTime + late == 0)
        return Text::tr("No opened opening has both an announced quarter and an effective date.");
    return Text::tr("Of %1 openings opened with a date, %2 were early, %3 in the announced quarter "
                    "and %4 late; the longest slip is %5 quarters.")
        .arg(locale.toString(early + onTime + late), locale.toString(early),
             locale.toString(onTime), locale.toString(late), locale.toString(longest));
}

} // namespace Charts
