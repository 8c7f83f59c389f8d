#include "pdfreportpages.h"

#include "charts/chartoptions.h"
#include "pdfreportcanvas.h"
#include "pdfreportpainters.h"

#include <QLocale>

namespace ReportPhrases {

QString onTimeRate(const ProgressCounts &c)
{
    const std::optional<double> rate = c.onTimeRate();
    return rate ? Charts::percentText(*rate) : QStringLiteral("—");
}

QString reference(const ReportData &data)
{
    return ReportText::tr("%1 (reference quarter %2)")
        .arg(QLocale().toString(data.asOf, QLocale::ShortFormat),
             Quarter::fromDate(data.asOf).display());
}

} // namespace ReportPhrases

ReportPages::ReportPages(const ReportData &data, QPaintDevice *device)
    : m_data(data), m_device(device), m_table(data, device), m_plan(data, m_table)
{
}

void ReportPages::paint(QPainter *painter, int index) const
{
    const ReportCanvas canvas(m_device, painter);
    const ReportPagePlan &page = m_plan.pages().at(index);
    switch (page.kind) {
    case ReportPagePlan::Kind::Cover:
        CoverPage(m_data, m_plan).paint(canvas);
        break;
    case ReportPagePlan::Kind::BurnUp:
        ChartPages(m_data, m_plan).paintBurnUp(canvas);
        break;
    case ReportPagePlan::Kind::Ministries:
        ChartPages(m_data, m_plan).paintMinistries(canvas, page);
        break;
    case ReportPagePlan::Kind::Ministry:
        MinistryPage(m_data, m_table).paint(canvas, page);
        break;
    }
    canvas.drawFooter(footerText(), index + 1, int(m_plan.pages().size()));
}

QString ReportPages::footerText() const
{
    const QString date = QLocale().toString(m_data.asOf, QLocale::ShortFormat);
    return m_data.scope.isEmpty()
               ? ReportText::tr("Openings tracker · progress on %1").arg(date)
               : ReportText::tr("Openings tracker · %1 · progress on %2").arg(m_data.scope, date);
}
