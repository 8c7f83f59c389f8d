#pragma once

#include "chartoptions.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QList>
#include <QPen>

struct ProgressCounts;

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

// The one set of colours, fill patterns, labels and fonts of the charts, so a
// state looks the same on the dashboard, the slides, the images and the PDF.
// Colours are the Okabe-Ito palette (told apart with the common colour-vision
// deficiencies); the states that matter most (overdue, opened late) also carry
// a hatch pattern so they do not depend on colour alone.
namespace ChartPalette {

// The states of a per-ministry bar, in stacking order (left to right).
QList<ProgressState> barStates();
// The count of state in counts (ProgressCounts field of the same meaning).
int count(const ProgressCounts &counts, ProgressState state);

QColor color(ProgressState state);
// Colour plus pattern: a textured brush for the hatched states, solid otherwise. scale
// widens the hatch with the font scale, so a 4K image shows the same pattern.
QBrush brush(ProgressState state, qreal scale = 1.0);
// A colour that reads well on top of color(state) (black or white).
QColor labelColor(ProgressState state);
// Translated name of the state ("On time", "Opened late"…), in the current language.
QString label(ProgressState state);
// One sentence saying what the state means, for tooltips and legends.
QString description(ProgressState state);

// The lines of the burn-up and the bars of the per-quarter chart.
QColor announcedColor();
QColor effectiveColor();
QBrush announcedBrush(qreal scale = 1.0); // solid
QBrush effectiveBrush(qreal scale = 1.0); // hatched, so the two bars differ without colour
QColor backlogColor();                    // the area between the cumulative lines
QColor referenceColor();                  // the reference quarter marker
QColor textColor();
QColor gridColor();

// WCAG 2 relative luminance of c (0: black, 1: white), alpha ignored.
qreal relativeLuminance(const QColor &c);
// WCAG 2 contrast ratio of two opaque colours, from 1 (same) to 21 (black on white).
qreal contrastRatio(const QColor &a, const QColor &b);

// The outline of a bar segment of state: the darkest of its own hue needed to reach 3:1
// against the white chart background, so a light fill (orange, sky blue, light grey)
// still stands out as a mark (WCAG 1.4.11 accepts a mark's border).
QColor outlineColor(ProgressState state);
QColor outlineColor(const QColor &fill); // the same for any fill
QPen outlinePen(ProgressState state, qreal scale = 1.0);
QPen outlinePen(const QColor &fill, qreal scale = 1.0);
// The half-transparent plate under the counts on the bars (textColor() is drawn on it).
QColor labelPlateColor();

// Fonts at options.fontScale (pixel sizes, so images and screens agree).
QFont titleFont(const ChartOptions &options);
QFont axisFont(const ChartOptions &options);
QFont labelFont(const ChartOptions &options); // counts on bars
QFont legendFont(const ChartOptions &options);

// Applies the common look (background, margins, title, legend, animation) to chart.
void applyStyle(QChart *chart, const QString &title, const ChartOptions &options);

} // namespace ChartPalette
