#pragma once

#include "chartoptions.h"

struct Progress;

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace Charts {

// Burn-up: cumulative announced and cumulative effective openings per quarter
// (two lines, the backlog between them shaded), with a vertical marker on the
// quarter of progress.asOf. Series, in order: "announced" (QLineSeries),
// "effective" (QLineSeries), "backlog" (QAreaSeries), "reference" (QLineSeries);
// x is the quarter's index in progress.byQuarter, y the cumulative count.
// Returns a new chart the caller owns (or gives to a QChartView / QGraphicsScene).
QChart *buildBurnUpChart(const Progress &progress, const ChartOptions &options = {});

// The same for one ministry, cumulated from progress.byMinistryQuarter over the quarters
// of progress.byQuarter (so every ministry's slide has the same axis).
QChart *buildMinistryBurnUpChart(const Progress &progress, qint64 ministryId,
                                 const ChartOptions &options = {});

} // namespace Charts
