#include "pendingopenings.h"

#include "exportsource.h"

#include <algorithm>

namespace {

bool olderFirst(const Opening &a, const Opening &b)
{
    const int c = PendingOpenings::compareAnnounced(a, b);
    return c != 0 ? c < 0 : a.id < b.id;
}

void keepFirst(QVector<Opening> *list, int count)
{
    std::partial_sort(list->begin(), list->begin() + count, list->end(), olderFirst);
    list->resize(count);
}

} // namespace

namespace PendingOpenings {

int compareAnnounced(const Opening &a, const Opening &b)
{
    const bool aDated = a.announced.isValid();
    const bool bDated = b.announced.isValid();
    if (aDated != bDated)
        return aDated ? -1 : 1;
    if (a.announced != b.announced)
        return a.announced < b.announced ? -1 : 1;
    return 0;
}

bool load(Database &db, const OpeningFilter &filter, int maxPerMinistry,
          QHash<qint64, PendingList> *byMinistry, QString *error, const ProgressCallback &progress,
          qint64 expected)
{
    OpeningCursor cursor(db);
    if (!cursor.open(filter, error))
        return false;
    qint64 done = 0;
    while (cursor.next()) {
        if ((++done % 500) == 0 && !keepGoing(progress, done, expected)) {
            if (error)
                error->clear();
            return false;
        }
        PendingList &m = (*byMinistry)[cursor.current().ministryId];
        ++m.total;
        m.listed.append(cursor.current());
        // Sorting a few times the limit at a time keeps both memory and time small.
        if (m.listed.size() > 4 * maxPerMinistry)
            keepFirst(&m.listed, maxPerMinistry);
    }
    if (!cursor.error().isEmpty()) {
        if (error)
            *error = cursor.error();
        return false;
    }
    for (PendingList &m : *byMinistry) {
        if (m.listed.size() > maxPerMinistry)
            keepFirst(&m.listed, maxPerMinistry);
        else
            std::sort(m.listed.begin(), m.listed.end(), olderFirst);
    }
    if (!keepGoing(progress, done, qMax(done, expected))) {
        if (error)
            error->clear();
        return false;
    }
    return true;
}

} // namespace PendingOpenings
