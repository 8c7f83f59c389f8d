#pragma once

#include "pdfreportplan.h"
#include "pdfreporttable.h"
#include "reportdata.h"

#include <QString>

class QPaintDevice;
class QPainter;
class ReportCanvas;

// Short texts shared by the pages of the PDF report.
namespace ReportPhrases {
QString onTimeRate(const ProgressCounts &counts); // "67 %", or "—" when nothing dated
QString reference(const ReportData &data);        // "30/06/2022 (T2 2022)"
} // namespace ReportPhrases

// Lays out and paints the pages of the PDF report (see pdfreport.h): it plans the pages
// and hands each to its painter (cover, charts, ministry), then adds the footer.
class ReportPages
{
public:
    // Lays the pages out, measuring text on device (the PDF writer).
    ReportPages(const ReportData &data, QPaintDevice *device);

    const QVector<ReportPagePlan> &plan() const { return m_plan.pages(); }
    // Paints page index (0-based) with its footer; the painter is on that page.
    void paint(QPainter *painter, int index) const;

private:
    QString footerText() const;

    const ReportData &m_data;
    QPaintDevice *m_device;
    ReportTable m_table;
    ReportPlan m_plan;
};
