#pragma once

#include "chartoptions.h"

#include <QVector>

struct MinistryProgress;
struct Progress;

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace Charts {

// progress.byMinistry in the chart's order: most overdue first, then by name.
QVector<MinistryProgress> ministriesByOverdue(const Progress &progress);

// One horizontal stacked bar per ministry (most overdue at the top), one QBarSet per
// ChartPalette::barStates() state (Abandoned only when the selection has some), counts
// written on the segments, a value axis from zero. Categories are shortened names; the
// full name and the state come back from selectionAt(set, index).
QChart *buildMinistryChart(const Progress &progress, const ChartOptions &options = {});

} // namespace Charts
