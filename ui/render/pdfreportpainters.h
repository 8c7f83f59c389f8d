#pragma once

#include "reportdata.h"

class ReportCanvas;
class ReportPlan;
class ReportTable;
struct ReportPagePlan;

// The PDF report's first page: the title band, the key figures and the contents, with
// the page of each ministry.
class CoverPage
{
public:
    CoverPage(const ReportData &data, const ReportPlan &plan) : m_data(data), m_plan(plan) {}
    void paint(const ReportCanvas &canvas) const;

private:
    void paintBand(const ReportCanvas &canvas) const;
    void paintFigures(const ReportCanvas &canvas) const;
    // The contents from top (device units); returns where the list of ministries starts.
    qreal paintContentsTitle(const ReportCanvas &canvas, qreal top) const;
    void paintContents(const ReportCanvas &canvas, qreal top) const;

    const ReportData &m_data;
    const ReportPlan &m_plan;
};

// The PDF report's chart pages: the burn-up of the whole table, and the progress of
// every ministry over as many pages as they need.
class ChartPages
{
public:
    ChartPages(const ReportData &data, const ReportPlan &plan) : m_data(data), m_plan(plan) {}
    void paintBurnUp(const ReportCanvas &canvas) const;
    void paintMinistries(const ReportCanvas &canvas, const ReportPagePlan &page) const;

private:
    QVector<int> chartOrder() const; // indexes of data.ministries, most overdue first

    const ReportData &m_data;
    const ReportPlan &m_plan;
};

// A page of one ministry in the PDF report: its figures and burn-up on the first, then
// its table of openings still due, continued over more pages when long.
class MinistryPage
{
public:
    MinistryPage(const ReportData &data, const ReportTable &table) : m_data(data), m_table(table) {}
    void paint(const ReportCanvas &canvas, const ReportPagePlan &page) const;

private:
    void paintFigures(const ReportCanvas &canvas, const MinistryReport &m,
                      const QRectF &area) const;
    void paintBurnUp(const ReportCanvas &canvas, const MinistryReport &m, qreal top) const;

    const ReportData &m_data;
    const ReportTable &m_table;
};
