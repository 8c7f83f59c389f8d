// ReportPages: the plan of the report, the cover and the chart pages.
#include "pdfreportpages.h"

#include "chartexport.h"
#include "charts/burnupchart.h"
#include "charts/chartoptions.h"
#include "charts/chartpalette.h"
#include "charts/ministrychart.h"
#include "pdfreport.h"
#include "pdfreportcanvas.h"

#include <QChart>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

#include <memory>

namespace {

// Charts get pixels of a 96 dpi screen (ReportCanvas::Dpi): a font scale of 1 writes
// their base text at 9 points.
void drawChart(const ReportCanvas &canvas, const QRectF &target, const ChartFactory &factory,
               qreal fontScale)
{
    ChartOptions options;
    options.fontScale = fontScale;
    options.showTitle = false; // the page's header says what the chart shows
    options.animate = false;
    std::unique_ptr<QChart> chart(factory(options));
    ChartExport::renderChart(chart.get(), canvas.painter(), target);
}

} // namespace

ReportPages::ReportPages(const ReportData &data, QPaintDevice *device)
    : m_data(data), m_device(device)
{
    m_plan << ReportPagePlan{ReportPagePlan::Kind::Cover};
    m_plan << ReportPagePlan{ReportPagePlan::Kind::BurnUp};
    const int ministries = int(m_data.ministries.size());
    int first = 0;
    do {
        ReportPagePlan page{ReportPagePlan::Kind::Ministries};
        page.first = first;
        page.count = std::min(PdfReport::ministriesPerChartPage, ministries - first);
        m_plan << page;
        first += PdfReport::ministriesPerChartPage;
    } while (first < ministries);
    m_firstPageOf.fill(-1, ministries);
    for (int i = 0; i < ministries; ++i)
        planMinistry(i);
}

void ReportPages::paint(QPainter *painter, int index) const
{
    const ReportCanvas canvas(m_device, painter);
    const ReportPagePlan &page = m_plan.at(index);
    switch (page.kind) {
    case ReportPagePlan::Kind::Cover:
        paintCover(canvas);
        break;
    case ReportPagePlan::Kind::BurnUp:
        paintBurnUp(canvas);
        break;
    case ReportPagePlan::Kind::Ministries:
        paintMinistries(canvas, page);
        break;
    case ReportPagePlan::Kind::Ministry:
        paintMinistry(canvas, page);
        break;
    }
    canvas.drawFooter(footerText(), index + 1, int(m_plan.size()));
}

QString ReportPages::onTimeRate(const ProgressCounts &c)
{
    const std::optional<double> rate = c.onTimeRate();
    return rate ? Charts::percentText(*rate) : QStringLiteral("—");
}

QString ReportPages::referenceText() const
{
    return ReportText::tr("%1 (reference quarter %2)")
        .arg(QLocale().toString(m_data.asOf, QLocale::ShortFormat),
             Quarter::fromDate(m_data.asOf).display());
}

QString ReportPages::footerText() const
{
    const QString date = QLocale().toString(m_data.asOf, QLocale::ShortFormat);
    return m_data.scope.isEmpty()
               ? ReportText::tr("Openings tracker · progress on %1").arg(date)
               : ReportText::tr("Openings tracker · %1 · progress on %2").arg(m_data.scope, date);
}

QVector<int> ReportPages::chartOrder() const
{
    QVector<int> order;
    for (const MinistryProgress &m : Charts::ministriesByOverdue(m_data.progress)) {
        for (int i = 0; i < m_data.ministries.size(); ++i) {
            if (m_data.ministries.at(i).ministryId == m.ministryId)
                order << i;
        }
    }
    return order;
}

void ReportPages::paintCover(const ReportCanvas &canvas) const
{
    using C = ReportCanvas;
    QPainter *p = canvas.painter();
    const qreal width = C::mm(C::Right - C::Left);

    // The band: what, when, for whom.
    p->fillRect(C::mm(0, 0, C::PageWidth, 54), C::accent());
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
                         ReportText::tr("Progress on %1").arg(referenceText()), canvas.font(13),
                         white);
    const QString scope = m_data.scope.isEmpty() ? ReportText::tr("All ministries (%n)", nullptr,
                                                                  int(m_data.ministries.size()))
                                                 : m_data.scope;
    canvas.drawText(QRectF(C::mm(C::Left), y + C::mm(1), width, C::mm(6)), scope, canvas.font(11),
                    light);

    // The key figures.
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
        tile(2), onTimeRate(t), ReportText::tr("opened on time"),
        ReportText::tr("%1 on time, %2 late, out of the openings with an effective date")
            .arg(locale.toString(t.onTime), locale.toString(t.lateOpened)),
        ChartPalette::announcedColor(), 26);
    canvas.drawFigure(
        tile(3), locale.toString(t.overdue), ReportText::tr("overdue"),
        ReportText::tr("not opened although announced before %1 · %2 planned later")
            .arg(Quarter::fromDate(m_data.asOf).display(), locale.toString(t.planned)),
        ChartPalette::color(ProgressState::Overdue), 26);
    paintContents(canvas, C::mm(99));
}

int ReportPages::pagesOf(ReportPagePlan::Kind kind) const
{
    return int(std::count_if(m_plan.cbegin(), m_plan.cend(),
                             [kind](const ReportPagePlan &page) { return page.kind == kind; }));
}

void ReportPages::paintContents(const ReportCanvas &canvas, qreal top) const
{
    using C = ReportCanvas;
    QPainter *p = canvas.painter();
    const QLocale locale;
    const qreal width = C::mm(C::Right - C::Left);
    qreal y = top;
    y += canvas.drawText(QRectF(C::mm(C::Left), y, width, C::mm(7)), ReportText::tr("Contents"),
                         canvas.font(12, true), C::accent());
    const int chartPages = pagesOf(ReportPagePlan::Kind::Ministries);
    const QString charts =
        ReportText::tr("Progress over time: page 2 · Progress by ministry: page %1")
            .arg(chartPages > 1 ? QStringLiteral("3–%1").arg(2 + chartPages) : QStringLiteral("3"));
    y += canvas.drawText(QRectF(C::mm(C::Left), y + C::mm(0.5), width, C::mm(5)), charts,
                         canvas.font(9), C::muted());
    y += C::mm(2.5);

    if (m_data.ministries.isEmpty()) {
        canvas.drawText(QRectF(C::mm(C::Left), y, width, C::mm(6)),
                        ReportText::tr("The table holds no opening yet."), canvas.font(9),
                        C::ink());
        return;
    }
    // Two columns of a small table: ministry, opened out of announced, overdue, page.
    const QFont header = canvas.font(7.5, true);
    const QFont text = canvas.font(9);
    const qreal lineStep = C::mm(5.8);
    const qreal columnGap = C::mm(10);
    const qreal columnWidth = (width - columnGap) / 2;
    const qreal pageWidth = C::mm(12);
    const qreal overdueWidth = C::mm(16);
    const qreal openedWidth = C::mm(18);
    const qreal nameWidth = columnWidth - pageWidth - overdueWidth - openedWidth - C::mm(2);
    const int perColumn = std::max(1, int((C::mm(C::Bottom) - y) / lineStep) - 1);
    const int listed = int(m_data.ministries.size());
    const bool cut = listed > 2 * perColumn;
    const int shown = cut ? 2 * perColumn - 1 : listed;
    for (int column = 0; column < 2 && column * perColumn < std::max(shown, 1); ++column) {
        const qreal x = C::mm(C::Left) + column * (columnWidth + columnGap);
        qreal cellX = x + nameWidth + C::mm(2);
        canvas.drawText(QRectF(x, y, nameWidth, lineStep), ReportText::tr("Ministry"), header,
                        C::muted());
        for (const auto &[title, w] : {std::pair{ReportText::tr("Opened"), openedWidth},
                                       std::pair{ReportText::tr("Overdue"), overdueWidth},
                                       std::pair{ReportText::tr("Page"), pageWidth}}) {
            canvas.drawText(QRectF(cellX, y, w, lineStep), title, header, C::muted(), 1,
                            Qt::AlignRight);
            cellX += w;
        }
    }
    y += lineStep * 0.8;
    for (int i = 0; i < shown; ++i) {
        const MinistryReport &m = m_data.ministries.at(i);
        const qreal x = C::mm(C::Left) + (i / perColumn) * (columnWidth + columnGap);
        const qreal rowTop = y + (i % perColumn) * lineStep;
        canvas.drawText(QRectF(x, rowTop, nameWidth, lineStep), m.ministry, text, C::ink());
        qreal cellX = x + nameWidth + C::mm(2);
        canvas.drawText(QRectF(cellX, rowTop, openedWidth, lineStep),
                        ReportText::tr("%1/%2").arg(locale.toString(m.counts.opened),
                                                    locale.toString(m.counts.announced)),
                        text, C::ink(), 1, Qt::AlignRight);
        cellX += openedWidth;
        canvas.drawText(
            QRectF(cellX, rowTop, overdueWidth, lineStep), locale.toString(m.counts.overdue),
            m.counts.overdue > 0 ? canvas.font(9, true) : text,
            m.counts.overdue > 0 ? ChartPalette::color(ProgressState::Overdue) : C::muted(), 1,
            Qt::AlignRight);
        cellX += overdueWidth;
        canvas.drawText(QRectF(cellX, rowTop, pageWidth, lineStep),
                        locale.toString(m_firstPageOf.value(i) + 1), text, C::accent(), 1,
                        Qt::AlignRight);
        p->save();
        p->setPen(QPen(C::rule(), C::mm(0.15)));
        const qreal ruleY = rowTop + lineStep - C::mm(1.3);
        p->drawLine(QPointF(x, ruleY), QPointF(x + columnWidth, ruleY));
        p->restore();
    }
    if (cut) {
        const qreal x = C::mm(C::Left) + columnWidth + columnGap;
        canvas.drawText(QRectF(x, y + (shown - perColumn) * lineStep, columnWidth, lineStep),
                        ReportText::tr("… and %n more ministries, in alphabetical order", nullptr,
                                       listed - shown),
                        text, C::muted());
    }
}

void ReportPages::paintBurnUp(const ReportCanvas &canvas) const
{
    using C = ReportCanvas;
    // A quarter's name is not split over two lines.
    const QString reference =
        Quarter::fromDate(m_data.asOf).display().replace(QLatin1Char(' '), QChar(0x00A0));
    QString explanation =
        ReportText::tr(
            "The top line adds up what was announced quarter after quarter, the lower line what "
            "was opened, by effective date; the shaded gap is what remains to open. The dotted "
            "line marks %1.")
            .arg(reference);
    // The cover counts them as opened: say why the lower line ends lower.
    const int undated = m_data.progress.totals.openedUndated;
    if (undated > 0)
        explanation +=
            QLatin1Char(' ') + ReportText::tr("%n opened item(s) without an effective date are "
                                              "not on the lower line.",
                                              nullptr, undated);
    canvas.drawHeader(ReportText::tr("Announced and opened, cumulated quarter by quarter"),
                      explanation);
    const Progress &progress = m_data.progress;
    drawChart(
        canvas, C::mm(C::Left, C::BodyTop + 2, C::Right - C::Left, C::Bottom - C::BodyTop - 2),
        [&progress](const ChartOptions &o) { return Charts::buildBurnUpChart(progress, o); }, 1.15);
}

void ReportPages::paintMinistries(const ReportCanvas &canvas, const ReportPagePlan &page) const
{
    using C = ReportCanvas;
    const int chartPages = pagesOf(ReportPagePlan::Kind::Ministries);
    QString title = ReportText::tr("Progress by ministry");
    if (chartPages > 1)
        title = ReportText::tr("Progress by ministry (%1 to %2 of %3)")
                    .arg(page.first + 1)
                    .arg(page.first + page.count)
                    .arg(m_data.ministries.size());
    canvas.drawHeader(
        title, ReportText::tr("Each bar splits a ministry's announced openings by state, the "
                              "ministries with most overdue openings first."));
    // The chart of this page's ministries only, in the chart's own order.
    Progress slice = m_data.progress;
    slice.byMinistry.clear();
    const QVector<int> order = chartOrder();
    for (int i = page.first; i < page.first + page.count && i < order.size(); ++i) {
        const MinistryReport &m = m_data.ministries.at(order.at(i));
        slice.byMinistry << MinistryProgress{m.ministryId, m.ministry, m.counts};
    }
    // Fewer bars than a full page: the chart keeps about a full page's bar thickness.
    const qreal height = std::min(C::Bottom - C::BodyTop - 2, 32 + 8.5 * page.count);
    drawChart(
        canvas, C::mm(C::Left, C::BodyTop + 2, C::Right - C::Left, height),
        [&slice](const ChartOptions &o) {
            ChartOptions wide = o;
            wide.maxMinistryChars = 48;
            return Charts::buildMinistryChart(slice, wide);
        },
        1.0);
}
