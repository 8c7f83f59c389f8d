#include "pdfreporttable.h"

#include "charts/chartpalette.h"
#include "pdfreportcanvas.h"
#include "pdfreportplan.h"

#include <QLocale>
#include <QPainter>

namespace {

using C = ReportCanvas;

// How late an opening is on the reference date; a dash when it is not (the announced
// quarter is in the next column).
QString delay(const Opening &o, const QDate &asOf)
{
    if (!o.isOverdue(asOf))
        return QStringLiteral("—");
    return ReportText::tr("%n quarter(s)", nullptr,
                          Quarter::fromDate(asOf).quartersSince(o.announced));
}

} // namespace

QColor ReportTable::overdueColor()
{
    return ChartPalette::color(ProgressState::Overdue).darker(115);
}

ReportTable::ReportTable(const ReportData &data, QPaintDevice *device)
    : m_data(data), m_device(device)
{
}

qreal ReportTable::tableRoom()
{
    return C::Bottom - C::BodyTop - TableCaption - TableHeader;
}

QRectF ReportTable::tableRect(bool continuation)
{
    const qreal left = continuation ? C::Left : C::Left + LeftColumnWidth + ColumnGap;
    return QRectF(left, C::BodyTop, C::Right - left, C::Bottom - C::BodyTop);
}

QVector<ReportTable::Column> ReportTable::columns(bool continuation) const
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

ReportTable::Row ReportTable::row(const Opening &o, const QVector<Column> &columns) const
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

void ReportTable::paint(const ReportCanvas &canvas, const MinistryReport &m,
                        const ReportPagePlan &page) const
{
    const QRectF area = tableRect(page.continuation);
    if (!paintCaption(canvas, m, page.continuation, area))
        return;
    const qreal left = C::mm(area.left());
    const qreal width = C::mm(area.width());
    const QVector<Column> cols = columns(page.continuation);
    qreal y = C::mm(area.top() + TableCaption);
    paintColumnTitles(canvas, cols, QRectF(left, y, width, C::mm(TableHeader)));
    y += C::mm(TableHeader);
    for (int r = page.firstRow; r < page.firstRow + page.rowCount; ++r) {
        y += paintRow(canvas, row(m.pending.at(r), cols), cols, left, y, width,
                      (r - page.firstRow) % 2 == 1);
    }
    if (page.showMore) {
        const int more = m.pendingTotal - int(m.pending.size());
        canvas.drawText(
            QRectF(left, y + C::mm(RowPadding), width, C::mm(RowLine)),
            ReportText::tr("… and %n more opening(s), not listed here: the XLSX export lists "
                           "them all.",
                           nullptr, more),
            canvas.font(TextPoints), C::muted());
    }
}

bool ReportTable::paintCaption(const ReportCanvas &canvas, const MinistryReport &m,
                               bool continuation, const QRectF &area) const
{
    const QLocale locale;
    QString caption;
    if (m.pendingTotal == 0)
        caption =
            ReportText::tr("No overdue or planned opening: everything announced was opened or "
                           "abandoned.");
    else
        caption = ReportText::tr("Openings still due: %1 overdue, %2 planned")
                      .arg(locale.toString(m.counts.overdue), locale.toString(m.counts.planned));
    if (continuation)
        caption = ReportText::tr("%1 (continued)").arg(caption);
    canvas.drawText(
        QRectF(C::mm(area.left()), C::mm(area.top()), C::mm(area.width()), C::mm(TableCaption)),
        caption, canvas.font(10, true), C::ink());
    return m.pendingTotal != 0;
}

void ReportTable::paintColumnTitles(const ReportCanvas &canvas, const QVector<Column> &cols,
                                    const QRectF &band) const
{
    canvas.painter()->fillRect(band, QColor(0xE6, 0xE6, 0xF4));
    const QFont headerFont = canvas.font(7.5, true);
    qreal x = band.left();
    for (const Column &c : cols) {
        const QStringList lines =
            canvas.wrap(c.title, headerFont, C::mm(c.width - 2 * CellPadding), 2);
        const qreal textHeight = lines.size() * canvas.lineHeight(headerFont);
        canvas.drawLines(QRectF(x + C::mm(CellPadding),
                                band.top() + (band.height() - textHeight) / 2,
                                C::mm(c.width - 2 * CellPadding), textHeight),
                         lines, headerFont, C::accent());
        x += C::mm(c.width);
    }
}

qreal ReportTable::paintRow(const ReportCanvas &canvas, const Row &row, const QVector<Column> &cols,
                            qreal left, qreal top, qreal width, bool shaded) const
{
    QPainter *p = canvas.painter();
    const QFont font = canvas.font(TextPoints);
    const QFont bold = canvas.font(TextPoints, true);
    const QRectF band(left, top, width, C::mm(row.height));
    if (row.overdue) {
        p->fillRect(band, C::overdueTint());
        p->fillRect(QRectF(left, top, C::mm(1), band.height()), overdueColor());
    } else if (shaded) {
        p->fillRect(band, QColor(0xF6, 0xF6, 0xF6));
    }
    qreal x = left;
    for (int i = 0; i < cols.size(); ++i) {
        const bool emphasis = i == 4 && row.overdue;
        canvas.drawLines(QRectF(x + C::mm(CellPadding), top + C::mm(RowPadding),
                                C::mm(cols.at(i).width - 2 * CellPadding), band.height()),
                         row.cells.at(i), emphasis ? bold : font,
                         emphasis ? overdueColor() : C::ink());
        x += C::mm(cols.at(i).width);
    }
    const qreal bottom = top + band.height();
    p->save();
    p->setPen(QPen(C::rule(), C::mm(0.15)));
    p->drawLine(QPointF(left, bottom), QPointF(left + width, bottom));
    p->restore();
    return band.height();
}
