#pragma once

#include "domain.h"
#include "quarter.h"

#include <QDate>

// The rules of progress, written once: how an opening counts on a reference
// quarter. Quarters are given as Quarter::key() with -1 for "none", the form the
// progress computation groups on. storage/progresssql.h holds the same rules in
// SQL; a test checks that both forms agree on every sample table.
namespace Rules {

// How a status counts before the quarters are looked at.
enum class State { Pending = 0, Opened = 1, Abandoned = 2 };
State stateOf(Status status);

// How an opened opening kept its announced quarter.
enum class Timing {
    Undated, // no effective date
    OnTime,  // effective quarter <= announced quarter, or nothing was announced
    Late,    // effective quarter > announced quarter
};
Timing timing(int announcedKey, int effectiveKey);

// The quarter an effective date falls in; -1 without a date.
int effectiveKey(const QDate &effectiveDate);

// Pending (neither opened nor abandoned) and announced before the reference quarter.
// Without an announced quarter no deadline has passed: planned, never overdue.
bool isOverdue(State state, int announcedKey, int referenceKey);
bool isOverdue(const Opening &opening, const QDate &reference);

} // namespace Rules
