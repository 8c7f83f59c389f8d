#include "quarterchart.h"

#include "chartpalette.h"
#include "chartsupport.h"
#include "progress.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QValueAxis>

namespace {

// Messages of this file, in the "QuarterChart" translation context (found by lupdate).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(QuarterChart)
};

} // namespace

namespace Charts {

QChart *buildQuarterChart(const Progress &progress, const ChartOptions &options)
{
    auto *chart = new QChart;
    ChartPalette::applyStyle(chart, Text::tr("Announced and opened in each quarter"), options);

    ChartSupport::Categories categories;
    auto *announced = new QBarSet(Text::tr("Announced for the quarter"));
    auto *effective = new QBarSet(Text::tr("Opened in the quarter"));
    int top = 0;
    for (const QuarterProgress &q : progress.byQuarter) {
        categories.quarters.append(q.quarter);
        announced->append(q.announced);
        effective->append(q.effective);
        top = std::max({top, q.announced, q.effective});
    }
    // One ministry in the filter: a click keeps it.
    using Role = ChartSelection::QuarterRole;
    ChartSupport::tagSet(announced, categories, std::nullopt, Role::Announced);
    ChartSupport::tagSet(effective, categories, std::nullopt, Role::Effective);

    auto *series = new QBarSeries;
    series->setBarWidth(0.8);
    series->append(announced);
    series->append(effective);
    chart->addSeries(series);
    announced->setBrush(ChartPalette::announcedBrush(options.fontScale));
    effective->setBrush(ChartPalette::effectiveBrush(options.fontScale));
    announced->setPen(ChartPalette::outlinePen(ChartPalette::announcedColor(), options.fontScale));
    effective->setPen(ChartPalette::outlinePen(ChartPalette::effectiveColor(), options.fontScale));

    // A bar per quarter at 0, 1, 2…: the names of every n-th quarter under their bars.
    QCategoryAxis *x = ChartSupport::quarterAxis(
        categories.quarters, -0.5, std::max<qreal>(categories.quarters.size(), 1) - 0.5, options);
    x->setTitleText(Text::tr("Quarter"));
    // Room above the highest bar for its count.
    QValueAxis *y = ChartSupport::countAxis(top * 1.08, Text::tr("Openings"), options);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    ChartSupport::addBarLabels(chart, series, ChartSupport::BarLabelMode::Grouped, options);
    if (progress.byQuarter.isEmpty())
        ChartSupport::addPlotNote(chart, Text::tr("No openings in this selection"), options);
    return chart;
}

} // namespace Charts
