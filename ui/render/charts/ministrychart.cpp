#include "ministrychart.h"

#include "chartpalette.h"
#include "chartsupport.h"
#include "progress.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCollator>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QValueAxis>

#include <algorithm>

namespace {

// Messages of this file, in the "MinistryChart" translation context (found by lupdate).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MinistryChart)
};

} // namespace

namespace Charts {

QVector<MinistryProgress> ministriesByOverdue(const Progress &progress)
{
    QVector<MinistryProgress> list = progress.byMinistry;
    QCollator collator(QLocale(QLocale::French, QLocale::France));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(list.begin(), list.end(),
                     [&collator](const MinistryProgress &a, const MinistryProgress &b) {
                         if (a.counts.overdue != b.counts.overdue)
                             return a.counts.overdue > b.counts.overdue;
                         return collator.compare(a.ministry, b.ministry) < 0;
                     });
    return list;
}

namespace {

// One stacked bar per ministry, a segment per state; abandoned items only when there are
// some.
QHorizontalStackedBarSeries *stateBars(const Progress &progress,
                                       const QVector<MinistryProgress> &ministries,
                                       const ChartSupport::Categories &categories,
                                       const ChartOptions &options)
{
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    for (ProgressState state : ChartPalette::barStates()) {
        // Abandoned items only take room when there are some.
        if (state == ProgressState::Abandoned &&
            ChartPalette::count(progress.totals, ProgressState::Abandoned) == 0)
            continue;
        auto *set = new QBarSet(ChartPalette::label(state));
        for (const MinistryProgress &m : ministries)
            set->append(ChartPalette::count(m.counts, state));
        set->setBrush(ChartPalette::brush(state, options.fontScale));
        set->setPen(ChartPalette::outlinePen(state, options.fontScale));
        set->setLabelColor(ChartPalette::labelColor(state));
        ChartSupport::tagSet(set, categories, state, ChartSelection::QuarterRole::None);
        series->append(set);
    }
    return series;
}

} // namespace

QChart *buildMinistryChart(const Progress &progress, const ChartOptions &options)
{
    auto *chart = new QChart;
    ChartPalette::applyStyle(chart, Text::tr("Progress by ministry"), options);

    // A horizontal bar chart draws its first category at the bottom: reverse, so the most
    // overdue ministry is read first, at the top.
    QVector<MinistryProgress> ministries = ministriesByOverdue(progress);
    std::reverse(ministries.begin(), ministries.end());

    ChartSupport::Categories categories;
    QStringList names;
    int widest = 0;
    for (const MinistryProgress &m : ministries) {
        categories.ministryIds.append(m.ministryId);
        categories.ministries.append(m.ministry);
        QString name = Charts::shortName(m.ministry, options.maxMinistryChars);
        // Two ministries shortened alike must stay two categories.
        while (names.contains(name))
            name.append(QChar(0x200B));
        names.append(name);
        widest = std::max(widest, m.counts.announced);
    }

    QHorizontalStackedBarSeries *series = stateBars(progress, ministries, categories, options);
    chart->addSeries(series);

    auto *y = new QBarCategoryAxis;
    y->append(names);
    y->setGridLineVisible(false);
    ChartSupport::styleAxis(y, options);
    // Room beside the longest bar for its total.
    QValueAxis *x = ChartSupport::countAxis(widest * 1.08, Text::tr("Openings"), options);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);

    // The theme may have replaced the brushes when the series was added.
    const QList<QBarSet *> sets = series->barSets();
    int i = 0;
    for (ProgressState state : ChartPalette::barStates()) {
        if (state == ProgressState::Abandoned &&
            ChartPalette::count(progress.totals, ProgressState::Abandoned) == 0)
            continue;
        sets.at(i++)->setBrush(ChartPalette::brush(state, options.fontScale));
    }
    ChartSupport::addBarLabels(chart, series, ChartSupport::BarLabelMode::StackedHorizontal,
                               options);
    // On top: with many ministries the bottom of the chart may be scrolled away.
    chart->legend()->setAlignment(Qt::AlignTop);
    if (ministries.isEmpty())
        ChartSupport::addPlotNote(chart, Text::tr("No openings in this selection"), options);
    return chart;
}

} // namespace Charts
