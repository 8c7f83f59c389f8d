#pragma once

#include "chartoptions.h"

#include <QFont>
#include <QGraphicsObject>
#include <QPointer>
#include <QVector>

#include <functional>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QCategoryAxis;
class QAbstractBarSeries;
class QBarSet;
class QChart;
class QValueAxis;
class QXYSeries;
QT_END_NAMESPACE

// Pieces shared by the chart builders (not for use outside ui/charts).
namespace ChartSupport {

// What each category of a chart stands for, attached to its sets for selectionAt().
struct Categories
{
    QVector<qint64> ministryIds; // empty, or one per category
    QStringList ministries;      // full names, same size as ministryIds
    QVector<Quarter> quarters;   // empty, or one per category
};

void tagSet(QBarSet *set, const Categories &categories, std::optional<ProgressState> state,
            ChartSelection::QuarterRole role);
// Tags a burn-up line: point x is the index of its quarter in quarters.
void tagSeries(QXYSeries *series, const QVector<Quarter> &quarters, qint64 ministryId,
               const QString &ministry, ChartSelection::QuarterRole role);
void setChartTitle(QChart *chart, const QString &title);

// A count axis from zero to a round number at or above max, whole numbers only.
QValueAxis *countAxis(double max, const QString &title, const ChartOptions &options);
void styleAxis(QAbstractAxis *axis, const ChartOptions &options);
// A horizontal axis for one point or bar per quarter (at 0, 1, 2…, from start to end):
// the names of every n-th quarter under their point, so that at most
// options.maxQuarterLabels are written, horizontal and never elided however narrow the
// slots (a bar category axis elides each name to its slot).
QCategoryAxis *quarterAxis(const QVector<Quarter> &quarters, qreal start, qreal end,
                           const ChartOptions &options);

// A count written on the chart, with a light box behind it so it reads on any fill.
class ValueLabel : public QGraphicsObject
{
public:
    ValueLabel(const QString &text, const QFont &font, QGraphicsItem *parent);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;
    QSizeF textSize() const;
    // Places the label centred on point (or with its left edge on it).
    void placeCentred(const QPointF &point);
    void placeLeft(const QPointF &point);

private:
    QString m_text;
    QFont m_font;
    QSizeF m_size;
};

// Calls layout() each time the chart's plot area or an axis range changes, so items drawn
// over the plot follow it (labels, notes). Owned by the chart.
void onLayout(QChart *chart, std::function<void()> layout);

// How the counts of a bar series are written.
enum class BarLabelMode {
    StackedHorizontal, // each segment's count inside it when it fits, the total beside the bar
    StackedVertical,   // the total above each bar
    Grouped,           // each bar's count above it when it fits
};
// Adds count labels to series (already attached to chart and its axes).
void addBarLabels(QChart *chart, QAbstractBarSeries *series, BarLabelMode mode,
                  const ChartOptions &options);

// A short note written in a top corner of the plot area (Qt::AlignLeft or Qt::AlignRight).
void addPlotNote(QChart *chart, const QString &text, const ChartOptions &options,
                 Qt::Alignment corner = Qt::AlignRight);

} // namespace ChartSupport
