#pragma once

#include "chartoptions.h"

struct Progress;

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace Charts {

// Grouped bars per quarter of progress.byQuarter: announced (set 0) against effective
// openings (set 1) in that quarter, for the selection progress was computed on.
QChart *buildQuarterChart(const Progress &progress, const ChartOptions &options = {});

} // namespace Charts
