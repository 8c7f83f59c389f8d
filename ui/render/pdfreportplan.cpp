#include "pdfreportplan.h"

#include "pdfreport.h"
#include "pdfreporttable.h"

#include <algorithm>

ReportPlan::ReportPlan(const ReportData &data, const ReportTable &table)
{
    m_pages << ReportPagePlan{ReportPagePlan::Kind::Cover};
    m_pages << ReportPagePlan{ReportPagePlan::Kind::BurnUp};
    const int ministries = int(data.ministries.size());
    int first = 0;
    do {
        ReportPagePlan page{ReportPagePlan::Kind::Ministries};
        page.first = first;
        page.count = std::min(PdfReport::ministriesPerChartPage, ministries - first);
        m_pages << page;
        first += PdfReport::ministriesPerChartPage;
    } while (first < ministries);
    m_firstPageOf.fill(-1, ministries);
    for (int i = 0; i < ministries; ++i)
        planMinistry(data, table, i);
}

int ReportPlan::pagesOf(ReportPagePlan::Kind kind) const
{
    return int(std::count_if(m_pages.cbegin(), m_pages.cend(),
                             [kind](const ReportPagePlan &page) { return page.kind == kind; }));
}

void ReportPlan::planMinistry(const ReportData &data, const ReportTable &table, int index)
{
    const MinistryReport &m = data.ministries.at(index);
    m_firstPageOf[index] = int(m_pages.size());
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
        const QVector<ReportTable::Column> cols = table.columns(continuation);
        const qreal room = ReportTable::tableRoom();
        qreal used = 0;
        while (next < rows) {
            const qreal height = table.row(m.pending.at(next), cols).height;
            if (used + height > room + 0.01 && page.rowCount > 0)
                break;
            used += height;
            ++next;
            ++page.rowCount;
        }
        if (next == rows && !moreShown && used + ReportTable::rowHeight(1) <= room + 0.01) {
            page.showMore = true;
            moreShown = true;
        }
        m_pages << page;
        continuation = true;
    } while (next < rows || !moreShown);
}
