#pragma once

#include "openingfilter.h"

#include <QDate>
#include <QString>
#include <QVariantList>

// The rules of progress (domain/progressrules.h) in SQL over the openings table,
// so that filters and aggregate queries count exactly what the C++ form counts.
// Every function appends its bound values to binds in the order of its
// placeholders. Standard SQL only: SQLite and PostgreSQL alike.
namespace ProgressSql {

// The stored status codes that count as opened: ('available','update_required').
QString openedStatuses();
// Rules::effectiveKey: the quarter key of the ISO yyyy-MM-dd effective_date
// (callers exclude undated rows first, see undated()).
QString effectiveKey();
// True when the opening has no effective date.
QString undated();
// Rules::stateOf as 0 (pending), 1 (opened), 2 (abandoned).
QString state(QVariantList *binds);
// Rules::isOverdue on the reference date's quarter.
QString overdue(const QDate &reference, QVariantList *binds);
// Rules::timing: opened and of that timing.
QString timing(OpeningFilter::Timing timing);

// The condition that selects the openings matching filter.
QString filterCondition(const OpeningFilter &filter, QVariantList *binds);

} // namespace ProgressSql
