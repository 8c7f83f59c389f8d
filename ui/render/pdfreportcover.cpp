#include "pdfreportcanvas.h"
#include "pdfreportpages.h"
#include "pdfreportpainters.h"
#include "pdfreportplan.h"

#include "charts/chartoptions.h"
#include "charts/chartpalette.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace {

using C = ReportCanvas;

// The contents' small table: ministry, opened out of announced, overdue, page, in two
// columns (device units).
struct ContentsLayout
{
    qreal lineStep = C::mm(5.8);
    qreal columnGap = C::mm(10);
    qreal columnWidth = (C::mm(C::Right - C::Left) - columnGap) / 2;
    qreal pageWidth = C::mm(12);
    qreal overdueWidth = C::mm(16);
    qreal openedWidth = C::mm(18);
    qreal nameWidth = columnWidth - pageWidth - overdueWidth - openedWidth - C::mm(2);
    qreal columnLeft(int column) const
    {
        return C::mm(C::Left) + column * (columnWidth + columnGap);
    }
};

void paintColumnTitles(const ReportCanvas &canvas, const ContentsLayout &l, qreal x, qreal y)
{
    const QFont header = canvas.font(7.5, true);
    qreal cellX = x + l.nameWidth + C::mm(2);
    canvas.drawText(QRectF(x, y, l.nameWidth, l.lineStep), ReportText::tr("Ministry"), header,
                    C::muted());
    for (const auto &[title, w] : {std::pair{ReportText::tr("Opened"), l.openedWidth},
                                   std::pair{ReportText::tr("Overdue"), l.overdueWidth},
                                   std::pair{ReportText::tr("Page"), l.pageWidth}}) {
        canvas.drawText(QRectF(cellX, y, w, l.lineStep), title, header, C::muted(), 1,
                        Qt::AlignRight);
        cellX += w;
    }
}

void paintContentsRow(const ReportCanvas &canvas, const ContentsLayout &l, const MinistryReport &m,
                      int page, qreal x, qreal rowTop)
{
    const QLocale locale;
    const QFont text = canvas.font(9);
    canvas.drawText(QRectF(x, rowTop, l.nameWidth, l.lineStep), m.ministry, text, C::ink());
    qreal cellX = x + l.nameWidth + C::mm(2);
    canvas.drawText(QRectF(cellX, rowTop, l.openedWidth, l.lineStep),
                    ReportText::tr("%1/%2").arg(locale.toString(m.counts.opened),
                                                locale.toString(m.counts.announced)),
                    text, C::ink(), 1, Qt::AlignRight);
    cellX += l.openedWidth;
    canvas.drawText(QRectF(cellX, rowTop, l.overdueWidth, l.lineStep),
                    locale.toString(m.counts.overdue),
                    m.counts.overdue > 0 ? canvas.font(9, true) : text,
                    m.counts.overdue > 0 ? ChartPalette::color(ProgressState::Overdue) : C::muted(),
                    1, Qt::AlignRight);
    cellX += l.overdueWidth;
    canvas.drawText(QRectF(cellX, rowTop, l.pageWidth, l.lineStep), locale.toString(page + 1), text,
                    C::accent(), 1, Qt::AlignRight);
    QPainter *p = canvas.painter();
    p->save();
    p->setPen(QPen(C::rule(), C::mm(0.15)));
    const qreal ruleY = rowTop + l.lineStep - C::mm(1.3);
    p->drawLine(QPointF(x, ruleY), QPointF(x + l.columnWidth, ruleY));
    p->restore();
}

} // namespace

void CoverPage::paint(const ReportCanvas &canvas) const
{
    paintBand(canvas);
    paintFigures(canvas);
    paintContents(canvas, C::mm(99));
}

void CoverPage::paintBand(const ReportCanvas &canvas) const
{
    // The band: what, when, for whom.
    const qreal width = C::mm(C::Right - C::Left);
    canvas.painter()->fillRect(C::mm(0, 0, C::PageWidth, 54), C::accent());
    const QColor white(Qt::white);
    const QColor light(0xDD, 0xDD, 0xF5);
    qreal y = C::mm(12);
    y += canvas.drawText(QRectF(C::mm(C::Left), y, width, C::mm(6)),
                         ReportText::tr("REPORT FOR THE CIAD"), canvas.font(10, true), light);
    y += C::mm(1.5);
    y += canvas.drawText(QRectF(C::mm(C::Left), y, width, C::mm(22)),
                         ReportText::tr("Opening of public data, APIs and source codes"),
                         canvas.font(24, true), white, 2);
    y += C::mm(1.5);
    y += canvas.drawText(QRectF(C::mm(C::Left), y, width, C::mm(8)),
                         ReportText::tr("Progress on %1").arg(ReportPhrases::reference(m_data)),
                         canvas.font(13), white);
    const QString scope = m_data.scope.isEmpty() ? ReportText::tr("All ministries (%n)", nullptr,
                                                                  int(m_data.ministries.size()))
                                                 : m_data.scope;
    canvas.drawText(QRectF(C::mm(C::Left), y + C::mm(1), width, C::mm(6)), scope, canvas.font(11),
                    light);
}

void CoverPage::paintFigures(const ReportCanvas &canvas) const
{
    const ProgressCounts &t = m_data.progress.totals;
    const QLocale locale;
    const qreal gap = 6;
    const qreal tileWidth = (C::Right - C::Left - 3 * gap) / 4;
    auto tile = [&](int i) { return C::mm(C::Left + i * (tileWidth + gap), 62, tileWidth, 29); };
    canvas.drawFigure(
        tile(0), locale.toString(t.announced), ReportText::tr("openings announced"),
        ReportText::tr("datasets, APIs and source codes the ministries committed to open"),
        C::accent(), 26);
    canvas.drawFigure(
        tile(1), locale.toString(t.opened), ReportText::tr("opened"),
        t.announced > 0 ? ReportText::tr("%1 of what was announced (available or update required)")
                              .arg(Charts::percentText(double(t.opened) / t.announced))
                        : QString(),
        ChartPalette::effectiveColor(), 26);
    canvas.drawFigure(
        tile(2), ReportPhrases::onTimeRate(t), ReportText::tr("opened on time"),
        ReportText::tr("%1 on time, %2 late, out of the openings with an effective date")
            .arg(locale.toString(t.onTime), locale.toString(t.lateOpened)),
        ChartPalette::announcedColor(), 26);
    canvas.drawFigure(
        tile(3), locale.toString(t.overdue), ReportText::tr("overdue"),
        ReportText::tr("not opened although announced before %1 · %2 planned later")
            .arg(Quarter::fromDate(m_data.asOf).display(), locale.toString(t.planned)),
        ChartPalette::color(ProgressState::Overdue), 26);
}

qreal CoverPage::paintContentsTitle(const ReportCanvas &canvas, qreal top) const
{
    const qreal width = C::mm(C::Right - C::Left);
    qreal y = top;
    y += canvas.drawText(QRectF(C::mm(C::Left), y, width, C::mm(7)), ReportText::tr("Contents"),
                         canvas.font(12, true), C::accent());
    const int chartPages = m_plan.pagesOf(ReportPagePlan::Kind::Ministries);
    const QString charts =
        ReportText::tr("Progress over time: page 2 · Progress by ministry: page %1")
            .arg(chartPages > 1 ? QStringLiteral("3–%1").arg(2 + chartPages) : QStringLiteral("3"));
    y += canvas.drawText(QRectF(C::mm(C::Left), y + C::mm(0.5), width, C::mm(5)), charts,
                         canvas.font(9), C::muted());
    return y + C::mm(2.5);
}

void CoverPage::paintContents(const ReportCanvas &canvas, qreal top) const
{
    qreal y = paintContentsTitle(canvas, top);
    if (m_data.ministries.isEmpty()) {
        canvas.drawText(QRectF(C::mm(C::Left), y, C::mm(C::Right - C::Left), C::mm(6)),
                        ReportText::tr("The table holds no opening yet."), canvas.font(9),
                        C::ink());
        return;
    }
    const ContentsLayout l;
    const int perColumn = std::max(1, int((C::mm(C::Bottom) - y) / l.lineStep) - 1);
    const int listed = int(m_data.ministries.size());
    const bool cut = listed > 2 * perColumn;
    const int shown = cut ? 2 * perColumn - 1 : listed;
    for (int column = 0; column < 2 && column * perColumn < std::max(shown, 1); ++column)
        paintColumnTitles(canvas, l, l.columnLeft(column), y);
    y += l.lineStep * 0.8;
    for (int i = 0; i < shown; ++i) {
        paintContentsRow(canvas, l, m_data.ministries.at(i), m_plan.firstPageOf(i),
                         l.columnLeft(i / perColumn), y + (i % perColumn) * l.lineStep);
    }
    if (cut) {
        canvas.drawText(QRectF(l.columnLeft(1), y + (shown - perColumn) * l.lineStep, l.columnWidth,
                               l.lineStep),
                        ReportText::tr("… and %n more ministries, in alphabetical order", nullptr,
                                       listed - shown),
                        canvas.font(9), C::muted());
    }
}
