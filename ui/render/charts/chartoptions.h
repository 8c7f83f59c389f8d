#pragma once

#include "quarter.h"

#include <QLocale>
#include <QPointF>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QBarSet;
class QChart;
class QXYSeries;
QT_END_NAMESPACE

// The states a per-ministry bar is split into (the counts of ProgressCounts, by the
// rules of models/domain/progressrules.h), in the order the segments are stacked.
enum class ProgressState { OnTime, LateOpened, OpenedUndated, Planned, Overdue, Abandoned };

// How a chart builder lays out its chart: the same builders serve the
// dashboard, the presentation, image exports and the PDF report, which differ
// only in size and language.
struct ChartOptions
{
    QLocale locale; // numbers and quarter names ("T3 2021" / "Q3 2021"); QLocale() by default
    qreal fontScale = 1.0; // 1: dashboard on screen; about 2: projected slides and 1920x1080 images
    bool animate = false;  // the dashboard animates; exports, slides and the PDF must not
    bool showTitle = true;
    bool showLegend = true;
    QString title; // replaces the builder's default title when not empty
    // The category labels a quarter axis shows at most (every n-th quarter beyond that),
    // so 12 or 40 quarters never overlap.
    int maxQuarterLabels = 12;
    // Ministry names longer than this are shortened on the axis (full name in the tooltip).
    int maxMinistryChars = 28;
};

// What a bar segment (or a point) of a chart stands for, read back from the chart
// objects: for tooltips and for filtering the table on a click. Builders attach it
// to their QBarSets, so it survives any reordering of the series.
struct ChartSelection
{
    qint64 ministryId = 0; // 0: every ministry of the chart's selection
    QString ministry;      // full display name; empty with ministryId 0
    Quarter quarter;       // invalid: every quarter
    // With a quarter: whether it is the announced or the effective quarter.
    enum class QuarterRole { None, Announced, Effective } quarterRole = QuarterRole::None;
    std::optional<ProgressState> state; // per-ministry segments only
    double value = 0;                   // the count the segment shows

    bool isValid() const { return ministryId != 0 || quarter.isValid() || state.has_value(); }
};

namespace Charts {

// What the segment index of set stands for; an invalid selection for a set no builder made.
ChartSelection selectionAt(const QBarSet *set, int index);
// What the point of a line (burn-up) stands for: its quarter, its ministry if any, and
// the value; quarterRole says which line (announced or effective). Invalid for other series.
ChartSelection selectionAtPoint(const QXYSeries *series, const QPointF &point);
// The chart's title as built (for exports and tests), without the view's decorations.
QString chartTitle(const QChart *chart);
// "T3 2021" / "Q3 2021" following options.locale.
QString quarterLabel(const Quarter &quarter, const ChartOptions &options);
// A ratio as a whole percentage in the application language: "40%", "40 %" in French.
QString percentText(double ratio);
// How many quarter names fit side by side on a chart width pixels wide at fontScale
// (for ChartOptions::maxQuarterLabels).
int quarterLabelsFor(qreal width, qreal fontScale);
// name shortened to at most maxChars characters on a word boundary, with an ellipsis.
QString shortName(const QString &name, int maxChars);

} // namespace Charts
