#include "chartexport.h"
#include "charts/burnupchart.h"
#include "charts/chartoptions.h"
#include "charts/ministrychart.h"
#include "pdfreportcanvas.h"
#include "pdfreportpainters.h"
#include "pdfreportplan.h"

#include <QChart>

#include <algorithm>
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

QVector<int> ChartPages::chartOrder() const
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

void ChartPages::paintBurnUp(const ReportCanvas &canvas) const
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

void ChartPages::paintMinistries(const ReportCanvas &canvas, const ReportPagePlan &page) const
{
    using C = ReportCanvas;
    const int chartPages = m_plan.pagesOf(ReportPagePlan::Kind::Ministries);
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
