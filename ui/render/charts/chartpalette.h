#pragma once

#include "chartoptions.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QList>

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

// Fonts at options.fontScale (pixel sizes, so images and screens agree).
QFont titleFont(const ChartOptions &options);
QFont axisFont(const ChartOptions &options);
QFont labelFont(const ChartOptions &options); // counts on bars
QFont legendFont(const ChartOptions &options);

// Applies the common look (background, margins, title, legend, animation) to chart.
void applyStyle(QChart *chart, const QString &title, const ChartOptions &options);

} // namespace ChartPalette
