#pragma once

#include <QVector>

class ReportTable;
struct ReportData;

// One page of the report, as laid out before anything is painted (so every footer
// knows the page count).
struct ReportPagePlan
{
    enum class Kind { Cover, BurnUp, Ministries, Ministry };
    Kind kind = Kind::Cover;
    int first = 0;    // Ministries: first ministry in chart order; Ministry: index in data
    int count = 0;    // Ministries: ministries on the chart
    int firstRow = 0; // Ministry: the rows of its table on this page
    int rowCount = 0;
    bool continuation = false; // Ministry: a page after the ministry's first
    bool showMore = false;     // Ministry: ends with "and N more" (the list was cut)
};

// The pages of the PDF report in order: the cover, the charts, then each ministry's
// pages, as many as its table of openings still due needs.
class ReportPlan
{
public:
    ReportPlan(const ReportData &data, const ReportTable &table);

    const QVector<ReportPagePlan> &pages() const { return m_pages; }
    int pagesOf(ReportPagePlan::Kind kind) const;
    // Index (0-based) of the first page of ministry index of the data.
    int firstPageOf(int ministry) const { return m_firstPageOf.value(ministry); }

private:
    void planMinistry(const ReportData &data, const ReportTable &table, int index);

    QVector<ReportPagePlan> m_pages;
    QVector<int> m_firstPageOf; // per ministry of data: index of its first page
};
