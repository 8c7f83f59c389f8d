#pragma once

#include "domain.h"

#include <QDate>
#include <QList>

// What the user narrowed the table to; shared by the table, the status bar
// counts and the progress computation so they always agree.
struct OpeningFilter
{
    // How an opened item kept its announced quarter (the dashboard's bar segments).
    enum class Timing { Any, OnTime, Late, Undated };

    QList<qint64> ministryIds; // empty: every ministry
    QVector<Kind> kinds;       // empty: every kind
    QVector<Status> statuses;  // empty: every status
    Quarter from;              // announced quarter range, open ends when invalid
    Quarter to;
    QString text; // searched in title, description, comment and URL, ignoring case and accents
    bool onlyOverdue = false;
    // Set by a click on a dashboard bar, not by the filter panel's own fields: opened
    // items by timing (Any: no condition), and items whose effective date falls in a
    // quarter (invalid: no condition).
    Timing timing = Timing::Any;
    Quarter effectiveIn;
    QDate reference; // the day "overdue" is judged on; today when invalid

    QDate referenceDate() const { return reference.isValid() ? reference : QDate::currentDate(); }
    bool isEmpty() const;
    // True when timing or effectiveIn narrow the selection.
    bool hasChartSelection() const { return timing != Timing::Any || effectiveIn.isValid(); }

    friend bool operator==(const OpeningFilter &a, const OpeningFilter &b);
    friend bool operator!=(const OpeningFilter &a, const OpeningFilter &b) { return !(a == b); }
};
