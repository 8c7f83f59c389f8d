#pragma once

#include "chartoptions.h"

struct Progress;

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace Charts {

// Distribution of the slip of opened items (effective quarter - announced quarter) from
// progress.slipHistogram: one bar per slip from the smallest to the largest seen (gaps as
// zero), early / on time / late coloured apart. The subtitle-like legend line gives
// progress.moved, the items whose announced quarter moved since first announced.
QChart *buildDelayChart(const Progress &progress, const ChartOptions &options = {});

} // namespace Charts
