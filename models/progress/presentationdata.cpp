#include "presentationdata.h"

#include "pendingopenings.h"
#include "workerdatabase.h"

std::optional<PresentationData> PresentationData::load(const QString &location,
                                                       const OpeningFilter &filter,
                                                       const QDate &asOf, QString *error,
                                                       const std::function<bool()> &cancelled)
{
    Database *db = WorkerDatabase::forLocation(location, error);
    if (!db)
        return std::nullopt;
    PresentationData data;
    OpeningFilter f = filter;
    f.reference = asOf;
    auto progress = computeProgress(*db, f, asOf, error, cancelled);
    if (!progress)
        return std::nullopt;
    data.progress = *progress;

    // The oldest overdue items of the same selection.
    OpeningFilter overdue = f;
    overdue.onlyOverdue = true;
    QHash<qint64, PendingList> lists;
    const auto stillWanted = [&cancelled](qint64, qint64) { return !cancelled || !cancelled(); };
    if (!PendingOpenings::load(*db, overdue, maxListed, &lists, error, stillWanted))
        return std::nullopt;
    for (auto it = lists.begin(); it != lists.end(); ++it)
        data.overdue.insert(it.key(), std::move(it->listed));
    return data;
}
