#include "reportdata.h"

#include "ministrydirectory.h"
#include "pendingopenings.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace {

// Reads the pending openings of the selection, ministry by ministry, keeping the first
// maxListedPerMinistry of each in announced order and counting the others.
bool readPending(Database &db, const ExportOptions &options, qint64 expected,
                 QHash<qint64, MinistryReport> *byMinistry, QString *error,
                 const ExportProgress &progress)
{
    OpeningFilter filter = options.filter();
    filter.statuses = ReportSource::pendingStatuses();
    QHash<qint64, PendingList> pending;
    if (!PendingOpenings::load(db, filter, ReportData::maxListedPerMinistry, &pending, error,
                               progress, expected))
        return false;
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        MinistryReport &m = (*byMinistry)[it.key()];
        m.pending = std::move(it->listed);
        m.pendingTotal = it->total;
    }
    return true;
}

void sortPending(QVector<Opening> *openings)
{
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(openings->begin(), openings->end(),
                     [&collator](const Opening &a, const Opening &b) {
                         const int c = PendingOpenings::compareAnnounced(a, b);
                         return c != 0 ? c < 0 : collator.compare(a.title, b.title) < 0;
                     });
}

} // namespace

int MinistryReport::overdueListed(const QDate &asOf) const
{
    return int(std::count_if(pending.cbegin(), pending.cend(),
                             [&asOf](const Opening &o) { return o.isOverdue(asOf); }));
}

namespace ReportSource {

QVector<Status> pendingStatuses()
{
    QVector<Status> statuses;
    for (Status s : Domain::allStatuses()) {
        if (Rules::stateOf(s) == Rules::State::Pending)
            statuses << s;
    }
    return statuses;
}

std::optional<ReportData> load(Database &db, const ExportOptions &options, QString *error,
                               const ExportProgress &progress)
{
    if (error)
        error->clear();
    if (!ExportSource::checkOptions(db, options, error))
        return std::nullopt;
    ReportData data;
    data.asOf = options.referenceDate();
    // Once cancelled, the caller's progress is not asked again.
    bool stopped = false;
    const ProgressCallback reading = [&progress, &stopped](qint64, qint64) {
        stopped = stopped || !keepGoing(progress, 0, 0);
        return !stopped;
    };
    std::optional<Progress> computed =
        computeProgress(db, options.filter(), data.asOf, error, reading);
    if (!computed)
        return std::nullopt;
    data.progress = std::move(*computed);

    QHash<qint64, MinistryReport> pending;
    const qint64 expected = data.progress.totals.overdue + data.progress.totals.planned;
    if (!readPending(db, options, expected, &pending, error, progress))
        return std::nullopt;

    for (const MinistryProgress &m : std::as_const(data.progress.byMinistry)) {
        MinistryReport report = pending.take(m.ministryId);
        report.ministryId = m.ministryId;
        report.ministry = m.ministry;
        report.counts = m.counts;
        sortPending(&report.pending);
        data.ministries << report;
    }
    if (options.ministryId) {
        MinistryDirectory directory(db);
        if (!directory.load(error))
            return std::nullopt;
        data.scope = directory.name(*options.ministryId);
        // A ministry without openings still gets its page, saying so.
        if (data.ministries.isEmpty()) {
            MinistryReport empty;
            empty.ministryId = *options.ministryId;
            empty.ministry = data.scope;
            data.ministries << empty;
        }
    }
    return data;
}

} // namespace ReportSource
