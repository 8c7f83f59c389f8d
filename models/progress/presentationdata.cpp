#include "presentationdata.h"

#include "pendingopenings.h"
#include "workerdatabase.h"

std::optional<PresentationData> PresentationData::load(const QString &location,
                                                       const OpeningFilter &filter,
                                                       const QDate &asOf, QString *error,
                                                       const ProgressCallback &progress)
{
    Database *db = WorkerDatabase::forLocation(location, error);
    if (!db)
        return std::nullopt;
    PresentationData data;
    OpeningFilter f = filter;
    f.reference = asOf;
    auto computed = computeProgress(*db, f, asOf, error, progress);
    if (!computed)
        return std::nullopt;
    data.progress = *computed;

    // The oldest overdue items of the same selection.
    OpeningFilter overdue = f;
    overdue.onlyOverdue = true;
    QHash<qint64, PendingList> lists;
    if (!PendingOpenings::load(*db, overdue, maxListed, &lists, error, progress))
        return std::nullopt;
    for (auto it = lists.begin(); it != lists.end(); ++it)
        data.overdue.insert(it.key(), std::move(it->listed));
    return data;
}
