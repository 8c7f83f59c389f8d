#include "presentationdata.h"

#include "exportsource.h"
#include "workerdatabase.h"

#include <algorithm>

namespace {

bool olderFirst(const Opening &a, const Opening &b)
{
    if (a.announced != b.announced)
        return a.announced < b.announced;
    return a.id < b.id;
}

} // namespace

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

    // The overdue items of the same selection, keeping the oldest few per ministry: memory
    // stays small however many are overdue.
    OpeningFilter overdue = f;
    overdue.onlyOverdue = true;
    OpeningCursor cursor(*db);
    if (!cursor.open(overdue, error))
        return std::nullopt;
    qint64 read = 0;
    while (cursor.next()) {
        if ((++read & 0x3ff) == 0 && cancelled && cancelled()) {
            if (error)
                error->clear();
            return std::nullopt;
        }
        QVector<Opening> &list = data.overdue[cursor.current().ministryId];
        list.append(cursor.current());
        if (list.size() > 4 * maxListed) {
            std::partial_sort(list.begin(), list.begin() + maxListed, list.end(), olderFirst);
            list.resize(maxListed);
        }
    }
    if (!cursor.error().isEmpty()) {
        if (error)
            *error = cursor.error();
        return std::nullopt;
    }
    for (QVector<Opening> &list : data.overdue) {
        std::sort(list.begin(), list.end(), olderFirst);
        if (list.size() > maxListed)
            list.resize(maxListed);
    }
    return data;
}
