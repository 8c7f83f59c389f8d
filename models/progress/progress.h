#pragma once

#include "error.h"
#include "openingfilter.h"
#include "progressqueries.h"
#include "quarter.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

class Database;

// The counts of one ministry (or of the whole selection) in the one definition
// of progress (models/domain/progressrules.h). They add up:
// announced = opened + overdue + planned + abandoned and
// opened = opened_undated + on_time + late_opened.
struct ProgressCounts
{
    int announced = 0;     // every opening of the selection
    int opened = 0;        // available or update required
    int openedUndated = 0; // opened, no effective date
    int onTime = 0;        // opened, effective quarter <= announced quarter
    int lateOpened = 0;    // opened, effective quarter > announced quarter
    int overdue = 0;       // neither opened nor abandoned, announced before the reference quarter
    int planned = 0;       // neither opened nor abandoned, announced at or after it
    int abandoned = 0;

    ProgressCounts &operator+=(const ProgressCounts &o);
    // On time among the opened items with an effective date: onTime / (onTime + lateOpened);
    // none when no opened item is dated.
    std::optional<double> onTimeRate() const;
    friend bool operator==(const ProgressCounts &a, const ProgressCounts &b);
};

struct MinistryProgress
{
    qint64 ministryId = 0;
    QString ministry; // display name
    ProgressCounts counts;
};

struct QuarterProgress
{
    Quarter quarter;
    int announced = 0;           // announced quarter is this one
    int effective = 0;           // effective date falls in this quarter
    int cumulativeAnnounced = 0; // from the first quarter of the selection
    int cumulativeEffective = 0;
};

struct MinistryQuarterProgress
{
    qint64 ministryId = 0;
    QString ministry;
    Quarter quarter;
    int announced = 0;
    int effective = 0;
};

// Progress of a selection of openings on a reference date: what every chart,
// export and the stats command show.
struct Progress
{
    QDate asOf;
    ProgressCounts totals;
    // Openings whose announced quarter differs from the first announced one.
    int moved = 0;
    // Opened dated openings with an announced quarter, by slip in quarters
    // (effective quarter - announced quarter; negative: early).
    QMap<int, int> slipHistogram;
    QVector<MinistryProgress> byMinistry;               // sorted by name (French collation)
    QVector<QuarterProgress> byQuarter;                 // every quarter, gaps included
    QVector<MinistryQuarterProgress> byMinistryQuarter; // ministry then quarter, non-zero only

    int total() const { return totals.announced; }
};

// Computes progress of the openings matching filter, judged on asOf (the
// filter's reference date when invalid), with one aggregate query whose result
// is small whatever the table size. Returns nullopt with *error set on a
// database failure, or with an empty error when progress returned false (it is asked
// with (0, 0): the computation has no count of its own to report).
// Safe to call from a worker thread on a Database opened in that thread.
std::optional<Progress> computeProgress(Database &db, const OpeningFilter &filter,
                                        const QDate &asOf, QString *error,
                                        const ProgressCallback &progress = {});
