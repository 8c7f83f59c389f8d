// ReportPages: a ministry's pages (figures, burn-up, table of the openings still
// due, continued over more pages when long).
#include "pdfreportpages.h"

#include "chartexport.h"
#include "charts/burnupchart.h"
#include "charts/chartoptions.h"
#include "charts/chartpalette.h"
#include "pdfreportcanvas.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>

#include <memory>

namespace {

QColor overdueColor()
{
    return ChartPalette::color(ProgressState::Overdue).darker(115);
}

// How late an opening is on the reference date; a dash when it is not (the announced
// quarter is in the next column).
QString delay(const Opening &o, const QDate &asOf)
{
    if (!o.isOverdue(asOf))
        return QStringLiteral("—");
    return ReportText::tr("%n quarter(s)", nullptr,
                          Quarter::fromDate(asOf).quartersSince(o.announced));
}

// The chart's own legend cannot wrap: in a half-page chart it would cut its entries. They
// are written under the chart instead, on as many lines as they need, read from the chart's
// series so they always match what it draws. Returns the height (device units) the legend
// takes; paints only when paint is true.
qreal chartLegend(const ReportCanvas &canvas, const QChart *chart, const QRectF &area, bool paint)
{
    using C = ReportCanvas;
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

qreal ReportPages::tableRoom()
{
    using C = ReportCanvas;
    return C::Bottom - C::BodyTop - TableCaption - TableHeader;
}

QRectF ReportPages::tableRect(bool continuation)
{
    using C = ReportCanvas;
    const qreal left = continuation ? C::Left : C::Left + LeftColumnWidth + ColumnGap;
    return QRectF(left, C::BodyTop, C::Right - left, C::Bottom - C::BodyTop);
}

QVector<ReportPages::Column> ReportPages::columns(bool continuation) const
{
    QVector<Column> list{{ReportText::tr("Title"), 0},
                         {ReportText::tr("Kind"), 22},
                         {ReportText::tr("Announced quarter"), 20},
                         {ReportText::tr("Status"), 25},
                         {ReportText::tr("Late by"), 25}};
    qreal fixed = 0;
    for (const Column &c : std::as_const(list))
        fixed += c.width;
    list[0].width = tableRect(continuation).width() - fixed;
    return list;
}

ReportPages::Row ReportPages::row(const Opening &o, const QVector<Column> &columns) const
{
    const ReportCanvas canvas(m_device);
    const QFont font = canvas.font(TextPoints);
    const QStringList texts{o.title, Domain::kindLabel(o.kind),
                            o.announced.isValid() ? o.announced.display() : QStringLiteral("—"),
                            Domain::statusLabel(o.status), delay(o, m_data.asOf)};
    Row row;
    row.overdue = o.isOverdue(m_data.asOf);
    int lines = 1;
    for (int i = 0; i < texts.size(); ++i) {
        const qreal width = ReportCanvas::mm(columns.at(i).width - 2 * CellPadding);
        const QFont &cellFont = i == 4 && row.overdue ? canvas.font(TextPoints, true) : font;
        row.cells << canvas.wrap(texts.at(i), cellFont, width, MaxCellLines);
        lines = std::max(lines, int(row.cells.last().size()));
    }
    row.height = rowHeight(lines);
    return row;
}

void ReportPages::planMinistry(int index)
{
    const MinistryReport &m = m_data.ministries.at(index);
    m_firstPageOf[index] = int(m_plan.size());
    const int rows = int(m.pending.size());
    const bool cut = m.pendingTotal > rows;
    bool moreShown = !cut;
    int next = 0;
    bool continuation = false;
    do {
        ReportPagePlan page{ReportPagePlan::Kind::Ministry};
        page.first = index;
        page.firstRow = next;
        page.continuation = continuation;
        const QVector<Column> cols = columns(continuation);
        const qreal room = tableRoom();
        qreal used = 0;
        while (next < rows) {
            const qreal height = row(m.pending.at(next), cols).height;
            if (used + height > room + 0.01 && page.rowCount > 0)
                break;
            used += height;
            ++next;
            ++page.rowCount;
        }
        if (next == rows && !moreShown && used + rowHeight(1) <= room + 0.01) {
            page.showMore = true;
            moreShown = true;
        }
        m_plan << page;
        continuation = true;
    } while (next < rows || !moreShown);
}

void ReportPages::paintMinistry(const ReportCanvas &canvas, const ReportPagePlan &page) const
{
    using C = ReportCanvas;
    const MinistryReport &m = m_data.ministries.at(page.first);
    if (page.continuation) {
        canvas.drawHeader(ReportText::tr("%1 (continued)").arg(m.ministry),
                          ReportText::tr("Overdue and planned openings, continued"));
    } else {
        canvas.drawHeader(m.ministry, ReportText::tr("%n opening(s) announced · progress on %1",
                                                     nullptr, m.counts.announced)
                                          .arg(referenceText()));
        const qreal figuresHeight = 3 * 16 + 2 * 3;
        paintMinistryFigures(canvas, m, C::mm(C::Left, C::BodyTop, LeftColumnWidth, figuresHeight));
        const qreal chartTop = C::BodyTop + figuresHeight + 3;
        ChartOptions options;
        // Half a page: smaller text and fewer quarter labels than the full-page charts.
        options.fontScale = 0.75;
        options.maxQuarterLabels = 6;
        options.showTitle = false;
        options.showLegend = false; // written under it, see chartLegend()
        options.animate = false;
        std::unique_ptr<QChart> chart(
            Charts::buildMinistryBurnUpChart(m_data.progress, m.ministryId, options));
        const QRectF column = C::mm(C::Left, chartTop, LeftColumnWidth, C::Bottom - chartTop);
        const QRectF legend = column.adjusted(C::mm(3), 0, 0, 0);
        const qreal legendHeight = chartLegend(canvas, chart.get(), legend, false);
        ChartExport::renderChart(chart.get(), canvas.painter(),
                                 column.adjusted(0, 0, 0, -legendHeight - C::mm(1)));
        chartLegend(
            canvas, chart.get(),
            QRectF(legend.left(), column.bottom() - legendHeight, legend.width(), legendHeight),
            true);
    }
    paintTable(canvas, m, page);
}

void ReportPages::paintMinistryFigures(const ReportCanvas &canvas, const MinistryReport &m,
                                       const QRectF &area) const
{
    using C = ReportCanvas;
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
    canvas.drawFigure(tile(2), onTimeRate(c),
                      dated > 0 ? ReportText::tr("on time (%1 of %2 dated)")
                                      .arg(locale.toString(c.onTime), locale.toString(dated))
                                : ReportText::tr("on time: no effective date known"),
                      QString(), ChartPalette::announcedColor(), value);
    canvas.drawFigure(tile(3), locale.toString(c.overdue), ReportText::tr("overdue"), QString(),
                      c.overdue > 0 ? overdueColor() : C::muted(), value);
    canvas.drawFigure(tile(4), locale.toString(c.planned), ReportText::tr("planned"), QString(),
                      C::muted(), value);
    canvas.drawFigure(tile(5), locale.toString(c.abandoned), ReportText::tr("abandoned"), QString(),
                      C::muted(), value);
}

void ReportPages::paintTable(const ReportCanvas &canvas, const MinistryReport &m,
                             const ReportPagePlan &page) const
{
    using C = ReportCanvas;
    QPainter *p = canvas.painter();
    const QRectF area = tableRect(page.continuation);
    const qreal left = C::mm(area.left());
    const qreal width = C::mm(area.width());
    const QLocale locale;

    QString caption;
    if (m.pendingTotal == 0)
        caption =
            ReportText::tr("No overdue or planned opening: everything announced was opened or "
                           "abandoned.");
    else
        caption = ReportText::tr("Openings still due: %1 overdue, %2 planned")
                      .arg(locale.toString(m.counts.overdue), locale.toString(m.counts.planned));
    if (page.continuation)
        caption = ReportText::tr("%1 (continued)").arg(caption);
    canvas.drawText(QRectF(left, C::mm(area.top()), width, C::mm(TableCaption)), caption,
                    canvas.font(10, true), C::ink());
    if (m.pendingTotal == 0)
        return;

    const QVector<Column> cols = columns(page.continuation);
    qreal y = C::mm(area.top() + TableCaption);
    // Column titles.
    p->fillRect(QRectF(left, y, width, C::mm(TableHeader)), QColor(0xE6, 0xE6, 0xF4));
    const QFont headerFont = canvas.font(7.5, true);
    qreal x = left;
    for (const Column &c : cols) {
        const QStringList lines =
            canvas.wrap(c.title, headerFont, C::mm(c.width - 2 * CellPadding), 2);
        const qreal textHeight = lines.size() * canvas.lineHeight(headerFont);
        canvas.drawLines(QRectF(x + C::mm(CellPadding), y + (C::mm(TableHeader) - textHeight) / 2,
                                C::mm(c.width - 2 * CellPadding), textHeight),
                         lines, headerFont, C::accent());
        x += C::mm(c.width);
    }
    y += C::mm(TableHeader);

    const QFont font = canvas.font(TextPoints);
    const QFont bold = canvas.font(TextPoints, true);
    for (int r = page.firstRow; r < page.firstRow + page.rowCount; ++r) {
        const Row row = this->row(m.pending.at(r), cols);
        const QRectF band(left, y, width, C::mm(row.height));
        if (row.overdue) {
            p->fillRect(band, C::overdueTint());
            p->fillRect(QRectF(left, y, C::mm(1), band.height()), overdueColor());
        } else if ((r - page.firstRow) % 2 == 1) {
            p->fillRect(band, QColor(0xF6, 0xF6, 0xF6));
        }
        x = left;
        for (int i = 0; i < cols.size(); ++i) {
            const bool emphasis = i == 4 && row.overdue;
            canvas.drawLines(QRectF(x + C::mm(CellPadding), y + C::mm(RowPadding),
                                    C::mm(cols.at(i).width - 2 * CellPadding), band.height()),
                             row.cells.at(i), emphasis ? bold : font,
                             emphasis ? overdueColor() : C::ink());
            x += C::mm(cols.at(i).width);
        }
        y += band.height();
        p->save();
        p->setPen(QPen(C::rule(), C::mm(0.15)));
        p->drawLine(QPointF(left, y), QPointF(left + width, y));
        p->restore();
    }
    if (page.showMore) {
        const int more = m.pendingTotal - int(m.pending.size());
        canvas.drawText(
            QRectF(left, y + C::mm(RowPadding), width, C::mm(RowLine)),
            ReportText::tr("… and %n more opening(s), not listed here: the XLSX export lists "
                           "them all.",
                           nullptr, more),
            font, C::muted());
    }
}
