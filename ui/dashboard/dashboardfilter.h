#pragma once

#include "charts/chartoptions.h"
#include "openingfilter.h"

#include <functional>
#include <optional>

// Between the charts and the table's filter: what a click on a bar selects, and the
// selection in words for the dashboard and the slides.
namespace DashboardFilter {

// What the chart kind a selection was clicked in stands for.
enum class Source { Ministries, Quarters };

// The table filter listing what selection shows, starting from current (the filter the
// chart was drawn for); nullopt when the table cannot list it. The three opened states
// select by timing (on time, late, effective date unknown), "planned" the items not
// opened announced from the reference quarter on, an effective-quarter bar the items
// opened in that quarter.
std::optional<OpeningFilter> forSelection(const OpeningFilter &current, Source source,
                                          const ChartSelection &selection);

// The part of a filter a chart click set and the filter panel has no field for
// ("opened late · opened in T3 2021"); empty when there is none.
QString chartSelection(const OpeningFilter &filter);

// "All ministries · Données · announced T1 2021 – T4 2021 · only overdue".
QString describe(const OpeningFilter &filter,
                 const std::function<QString(qint64 ministryId)> &ministryName);

} // namespace DashboardFilter
