// MinistryPage: a ministry's figures and burn-up, then its table of the openings still
// due (ReportTable), continued over more pages when long.
#include "chartexport.h"
#include "charts/burnupchart.h"
#include "charts/chartoptions.h"
#include "charts/chartpalette.h"
#include "pdfreportcanvas.h"
#include "pdfreportpages.h"
#include "pdfreportpainters.h"
#include "pdfreportplan.h"
#include "pdfreporttable.h"

#include <QAreaSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>

#include <memory>

namespace {

using C = ReportCanvas;

// The chart's own legend cannot wrap: in a half-page chart it would cut its entries. They
// are written under the chart instead, on as many lines as they need, read from the chart's
// series so they always match what it draws. Returns the height (device units) the legend
// takes; paints only when paint is true.
qreal chartLegend(const ReportCanvas &canvas, const QChart *chart, const QRectF &area, bool paint)
{
    const QFont font = canvas.font(7.5);
    const QFontMetricsF metrics(font, canvas.device());
    const qreal marker = C::mm(6);
    const qreal lineStep = C::mm(4.2);
    qreal x = area.left();
    qreal y = area.top();
    for (QAbstractSeries *series : chart->series()) {
        if (series->name().isEmpty())
            continue;
        const qreal entry = marker + C::mm(1.5) + metrics.horizontalAdvance(series->name());
        if (x > area.left() && x + entry > area.right()) {
            x = area.left();
            y += lineStep;
        }
        if (paint) {
            QPainter *p = canvas.painter();
            p->save();
            const qreal middle = y + lineStep / 2;
            if (auto *areaSeries = qobject_cast<QAreaSeries *>(series)) {
                p->fillRect(QRectF(x, middle - C::mm(1.3), marker, C::mm(2.6)),
                            areaSeries->brush());
            } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
                p->setPen(line->pen());
                p->drawLine(QPointF(x, middle), QPointF(x + marker, middle));
            }
            p->restore();
            canvas.drawText(
                QRectF(x + marker + C::mm(1.5), middle - metrics.height() / 2, entry, lineStep),
                series->name(), font, C::ink());
        }
        x += entry + C::mm(4);
    }
    return y + lineStep - area.top();
}

} // namespace

void MinistryPage::paint(const ReportCanvas &canvas, const ReportPagePlan &page) const
{
    const MinistryReport &m = m_data.ministries.at(page.first);
    if (page.continuation) {
        canvas.drawHeader(ReportText::tr("%1 (continued)").arg(m.ministry),
                          ReportText::tr("Overdue and planned openings, continued"));
    } else {
        canvas.drawHeader(m.ministry, ReportText::tr("%n opening(s) announced · progress on %1",
                                                     nullptr, m.counts.announced)
                                          .arg(ReportPhrases::reference(m_data)));
        const qreal figuresHeight = 3 * 16 + 2 * 3;
        paintFigures(canvas, m,
                     C::mm(C::Left, C::BodyTop, ReportTable::LeftColumnWidth, figuresHeight));
        paintBurnUp(canvas, m, C::BodyTop + figuresHeight + 3);
    }
    m_table.paint(canvas, m, page);
}

void MinistryPage::paintBurnUp(const ReportCanvas &canvas, const MinistryReport &m,
                               qreal chartTop) const
{
    ChartOptions options;
    // Half a page: smaller text and fewer quarter labels than the full-page charts.
    options.fontScale = 0.75;
    options.maxQuarterLabels = 6;
    options.showTitle = false;
    options.showLegend = false; // written under it, see chartLegend()
    options.animate = false;
    std::unique_ptr<QChart> chart(
        Charts::buildMinistryBurnUpChart(m_data.progress, m.ministryId, options));
    const QRectF column =
        C::mm(C::Left, chartTop, ReportTable::LeftColumnWidth, C::Bottom - chartTop);
    const QRectF legend = column.adjusted(C::mm(3), 0, 0, 0);
    const qreal legendHeight = chartLegend(canvas, chart.get(), legend, false);
    ChartExport::renderChart(chart.get(), canvas.painter(),
                             column.adjusted(0, 0, 0, -legendHeight - C::mm(1)));
    chartLegend(canvas, chart.get(),
                QRectF(legend.left(), column.bottom() - legendHeight, legend.width(), legendHeight),
                true);
}

void MinistryPage::paintFigures(const ReportCanvas &canvas, const MinistryReport &m,
                                const QRectF &area) const
{
    const ProgressCounts &c = m.counts;
    const QLocale locale;
    const qreal gap = C::mm(3);
    const qreal width = (area.width() - gap) / 2;
    const qreal height = (area.height() - 2 * gap) / 3;
    auto tile = [&](int i) {
        return QRectF(area.left() + (i % 2) * (width + gap), area.top() + (i / 2) * (height + gap),
                      width, height);
    };
    const QString openedShare =
        c.announced > 0
            ? ReportText::tr("opened (%1)").arg(Charts::percentText(double(c.opened) / c.announced))
            : ReportText::tr("opened");
    const qreal value = 15;
    canvas.drawFigure(tile(0), locale.toString(c.announced), ReportText::tr("announced"), QString(),
                      C::accent(), value);
    canvas.drawFigure(tile(1), locale.toString(c.opened), openedShare, QString(),
                      ChartPalette::effectiveColor(), value);
    const int dated = c.onTime + c.lateOpened;
    canvas.drawFigure(tile(2), ReportPhrases::onTimeRate(c),
                      dated > 0 ? ReportText::tr("on time (%1 of %2 dated)")
                                      .arg(locale.toString(c.onTime), locale.toString(dated))
                                : ReportText::tr("on time: no effective date known"),
                      QString(), ChartPalette::announcedColor(), value);
    canvas.drawFigure(tile(3), locale.toString(c.overdue), ReportText::tr("overdue"), QString(),
                      c.overdue > 0 ? ReportTable::overdueColor() : C::muted(), value);
    canvas.drawFigure(tile(4), locale.toString(c.planned), ReportText::tr("planned"), QString(),
                      C::muted(), value);
    canvas.drawFigure(tile(5), locale.toString(c.abandoned), ReportText::tr("abandoned"), QString(),
                      C::muted(), value);
}
