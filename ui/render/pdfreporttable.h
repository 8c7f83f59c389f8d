#pragma once

#include "reportdata.h"

#include <QColor>
#include <QRectF>
#include <QStringList>
#include <QVector>

class QPaintDevice;
class ReportCanvas;
struct ReportPagePlan;

// The table of a ministry's openings still due (PDF report): its columns, its rows
// measured the way they are painted (so the plan and the pages agree), and painting the
// rows a page holds.
class ReportTable
{
public:
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
    // The overdue rows' accent, also the ministry page's overdue figure.
    static QColor overdueColor();

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

    // Measures text on device (the PDF writer).
    ReportTable(const ReportData &data, QPaintDevice *device);

    QVector<Column> columns(bool continuation) const;
    Row row(const Opening &opening, const QVector<Column> &columns) const;
    // The caption, the column titles and the rows of page.
    void paint(const ReportCanvas &canvas, const MinistryReport &m,
               const ReportPagePlan &page) const;

private:
    // Returns false when the ministry has nothing left to list.
    bool paintCaption(const ReportCanvas &canvas, const MinistryReport &m, bool continuation,
                      const QRectF &area) const;
    void paintColumnTitles(const ReportCanvas &canvas, const QVector<Column> &cols,
                           const QRectF &band) const;
    // Paints a row's band from top (device units); returns its height.
    qreal paintRow(const ReportCanvas &canvas, const Row &row, const QVector<Column> &cols,
                   qreal left, qreal top, qreal width, bool shaded) const;

    const ReportData &m_data;
    QPaintDevice *m_device;
};
