#pragma once

#include "reportdata.h"

#include <QRectF>
#include <QStringList>
#include <QVector>

class QPaintDevice;
class QPainter;
class ReportCanvas;

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

// Lays out and paints the pages of the PDF report (see pdfreport.h): the cover and
// chart pages here, the ministry pages in pdfreportministry.cpp.
class ReportPages
{
public:
    // Lays the pages out, measuring text on device (the PDF writer).
    ReportPages(const ReportData &data, QPaintDevice *device);

    const QVector<ReportPagePlan> &plan() const { return m_plan; }
    // Paints page index (0-based) with its footer; the painter is on that page.
    void paint(QPainter *painter, int index) const;

    // Table geometry (millimetres), shared by the planning and the capacity functions.
    static constexpr qreal LeftColumnWidth = 100; // ministry page: figures and burn-up
    static constexpr qreal ColumnGap = 6;
    static constexpr qreal TableCaption = 7;  // caption line above the table
    static constexpr qreal TableHeader = 9;   // two lines of column titles
    static constexpr qreal RowLine = 3.9;     // one line of a cell
    static constexpr qreal RowPadding = 1.3;  // above and below a row's lines
    static constexpr qreal CellPadding = 1.5; // left and right of a cell's text
    static constexpr qreal TextPoints = 8.5;  // the table's text
    static constexpr int MaxCellLines = 3;    // a longer title is cut with an ellipsis
    static qreal rowHeight(int lines) { return 2 * RowPadding + lines * RowLine; }
    // Room for rows on a ministry's page (first or continuation), in millimetres.
    static qreal tableRoom();
    static QRectF tableRect(bool continuation); // millimetres

    // Short texts shared by the pages.
    static QString onTimeRate(const ProgressCounts &counts); // "67 %", or "—" when nothing dated
    QString referenceText() const;                           // "30/06/2022 (T2 2022)"

private:
    // A table row: its cells as wrapped lines, the height they take.
    struct Row
    {
        QVector<QStringList> cells;
        qreal height = 0; // millimetres
        bool overdue = false;
    };
    struct Column
    {
        QString title;
        qreal width; // millimetres
    };

    void planMinistry(int index);
    QVector<Column> columns(bool continuation) const;
    Row row(const Opening &opening, const QVector<Column> &columns) const;
    QVector<int> chartOrder() const; // indexes of data.ministries, most overdue first

    int pagesOf(ReportPagePlan::Kind kind) const;
    void paintCover(const ReportCanvas &canvas) const;
    // The cover's list of ministries with their page, from top (device units).
    void paintContents(const ReportCanvas &canvas, qreal top) const;
    void paintBurnUp(const ReportCanvas &canvas) const;
    void paintMinistries(const ReportCanvas &canvas, const ReportPagePlan &page) const;
    void paintMinistry(const ReportCanvas &canvas, const ReportPagePlan &page) const;
    void paintMinistryFigures(const ReportCanvas &canvas, const MinistryReport &m,
                              const QRectF &area) const;
    void paintTable(const ReportCanvas &canvas, const MinistryReport &m,
                    const ReportPagePlan &page) const;
    QString footerText() const;

    const ReportData &m_data;
    QPaintDevice *m_device;
    QVector<ReportPagePlan> m_plan;
    QVector<int> m_firstPageOf; // per ministry of data: index of its first page
};
