#pragma once

#include "exportsource.h"
#include "progress.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

class Database;

// One ministry's part of the PDF report: its counts and the openings still due
// (overdue, then planned), the ones a CIAD asks about.
struct MinistryReport
{
    qint64 ministryId = 0;
    QString ministry; // display name
    ProgressCounts counts;
    // Neither opened nor abandoned: overdue first (oldest announced quarter first), then
    // planned, by title within a quarter; at most ReportData::maxListedPerMinistry.
    QVector<Opening> pending;
    int pendingTotal = 0; // every such opening; more than pending.size() when cut

    int overdueListed(const QDate &asOf) const;
};

// Everything the PDF report shows, read from the database in one go so that the
// pages can be painted later, on another thread than the one that read it.
struct ReportData
{
    // A handout, not an export of the table: past this, a ministry's list ends with
    // "and N more" (the XLSX export has them all).
    static constexpr int maxListedPerMinistry = 200;

    QDate asOf;
    QString scope;     // the ministry's name when the report covers one; empty for all
    Progress progress; // of the whole selection: the cover, the charts
    QVector<MinistryReport> ministries; // progress.byMinistry order (by name)
};

namespace ReportSource {

// The statuses of openings that are neither opened nor abandoned.
QVector<Status> pendingStatuses();

// Reads the report of options' selection on options.referenceDate(). progress (openings
// read out of those due) may cancel: nullopt with an empty *error. Safe in a worker thread
// on a Database opened there.
std::optional<ReportData> load(Database &db, const ExportOptions &options, QString *error,
                               const ExportProgress &progress = {});

} // namespace ReportSource
