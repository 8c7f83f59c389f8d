#pragma once

#include "barsegments.h"
#include "charts/chartdata.h"

#include "chartexport.h"
#include "charts/chartoptions.h"

#include <QChartView>

class QAbstractBarSeries;
class QBarSet;
class QGraphicsRectItem;
class QMenu;
class QToolButton;

// A chart of the dashboard or the presentation: shows the chart a factory builds,
// tooltips on bars and points, a click signal saying what was clicked, and the export
// menu (copy as image, save as PNG or SVG at a chosen size) on right click and on a
// small button in its corner. With the keyboard focus it shows a focus frame; the arrow
// keys move a highlight between the bar segments (Left/Right in reading order, Up/Down
// between the bars of a horizontal chart), the current segment is announced to assistive
// technologies, and Enter or Space does what a click on it does.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);

    // Builds the chart with factory at options and shows it (the previous chart is deleted).
    // The factory is kept to redraw the chart at another size for exports. The chart's title
    // becomes the view's accessible name, description its accessible description (what a
    // screen reader says of the chart).
    void setFactory(ChartFactory factory, const ChartOptions &options,
                    const QString &description = QString());
    // The numbers the chart draws, for "Show the data".
    void setData(const ChartData &data) { m_data = data; }
    const ChartData &data() const { return m_data; }
    // Opens the chart's numbers as a table (the menu's "Show the data").
    void showData();
    const ChartFactory &factory() const { return m_factory; }
    ChartOptions options() const { return m_options; }
    // The export menu: hidden on slides, where the keyboard drives.
    void setExportButtonVisible(bool visible);

    // Saves the chart alone at size; the format follows the suffix (.svg, else PNG).
    bool saveImage(const QString &path, const QSize &size, QString *error);
    void copyImage(const QSize &size);
    // The size exports default to: legible projected.
    static QSize defaultExportSize() { return QSize(1920, 1080); }

    // What the keyboard's current segment is ("Ministère de la Culture, Overdue: 4"), as
    // announced; empty before the first arrow key or on a chart without bars.
    QString currentSegmentText() const;
    // The number of segments the arrow keys go through.
    int segmentCount() const { return m_segments.count(); }

signals:
    void selectionClicked(const ChartSelection &selection);
    void errorOccurred(const QString &message);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void connectSeries();
    void showBarTip(bool hovering, int index);
    void showPointTip(const QPointF &point, bool hovering);
    void fillMenu(QMenu *menu);
    void chooseAndSave(const QString &format);
    void placeButton();

    void moveTo(int segment);
    // Sets what a screen reader says of the chart, on the view and its drawing surface.
    void describe(const QString &description);
    void placeHighlight();

    // The quarter names that fit the view's width; the chart is rebuilt when it changes.
    int quarterLabels() const;

    ChartFactory m_factory;
    ChartOptions m_options;
    ChartData m_data;
    QToolButton *m_button;
    QMenu *m_menu;
    QString m_description;
    BarSegments m_segments;                   // what the arrow keys go through
    QGraphicsRectItem *m_highlight = nullptr; // a child of the chart, deleted with it
};
