#include "delaychart.h"

#include "chartpalette.h"
#include "chartsupport.h"
#include "progress.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace {

// Messages of this file, in the "DelayChart" translation context (found by lupdate).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DelayChart)
};

// "-2", "0", "+3": the sign says early or late.
QString slipLabel(int slip, const QLocale &locale)
{
    const QString number = locale.toString(slip);
    return slip > 0 ? QStringLiteral("+") + number : number;
}

} // namespace

namespace Charts {

QChart *buildDelayChart(const Progress &progress, const ChartOptions &options)
{
    auto *chart = new QChart;
    // Room above the highest bar for its count and the note on moved items.
    ChartPalette::applyStyle(chart, Text::tr("Delay of opened items, in quarters"), options);

    // Every slip from the smallest to the largest seen, and always 0, so the axis is even.
    int low = 0;
    int high = 0;
    if (!progress.slipHistogram.isEmpty()) {
        low = std::min(0, progress.slipHistogram.firstKey());
        high = std::max(0, progress.slipHistogram.lastKey());
    }
    auto *onTime = new QBarSet(Text::tr("On time or early"));
    auto *late = new QBarSet(Text::tr("Late"));
    QStringList labels;
    int top = 0;
    for (int slip = low; slip <= high; ++slip) {
        const int n = progress.slipHistogram.value(slip);
        onTime->append(slip <= 0 ? n : 0);
        late->append(slip > 0 ? n : 0);
        labels.append(slipLabel(slip, options.locale));
        top = std::max(top, n);
    }
    ChartSupport::Categories none;
    ChartSupport::tagSet(onTime, none, ProgressState::OnTime, ChartSelection::QuarterRole::None);
    ChartSupport::tagSet(late, none, ProgressState::LateOpened, ChartSelection::QuarterRole::None);

    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.8);
    series->append(onTime);
    series->append(late);
    chart->addSeries(series);
    onTime->setBrush(ChartPalette::brush(ProgressState::OnTime, options.fontScale));
    late->setBrush(ChartPalette::brush(ProgressState::LateOpened, options.fontScale));
    onTime->setPen(ChartPalette::outlinePen(ProgressState::OnTime, options.fontScale));
    late->setPen(ChartPalette::outlinePen(ProgressState::LateOpened, options.fontScale));

    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setGridLineVisible(false);
    x->setTitleText(Text::tr("Effective quarter minus announced quarter (negative: early)"));
    ChartSupport::styleAxis(x, options);
    QValueAxis *y =
        ChartSupport::countAxis(top * 1.3 + (top > 0 ? 1 : 0), Text::tr("Opened items"), options);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    ChartSupport::addBarLabels(chart, series, ChartSupport::BarLabelMode::StackedVertical, options);
    ChartSupport::addPlotNote(chart,
                              Text::tr("%Ln item(s) moved to another quarter since first announced",
                                       nullptr, progress.moved),
                              options);
    return chart;
}

} // namespace Charts
