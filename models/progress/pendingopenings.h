#pragma once

#include "domain.h"
#include "error.h"
#include "openingfilter.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <functional>

class Database;

// The openings still due of a selection, ministry by ministry, oldest announced
// quarter first (undated ones last, then by id): what the PDF report and the
// presentation list for a CIAD.
struct PendingList
{
    QVector<Opening> listed; // the first ones, at most the limit asked for
    int total = 0;           // every one of the ministry
};

namespace PendingOpenings {

// The order of the lists: dated announcements first, by announced quarter; 0 when a and b
// share their announced quarter (or both have none), for the caller to break the tie.
int compareAnnounced(const Opening &a, const Opening &b);

// Reads the openings matching filter, keeping the first maxPerMinistry of each ministry
// in that order and counting them all; memory stays small however many there are.
// progress(done, expected) is told every few hundred rows: false cancels (false
// returned, *error empty). False with *error set on a database failure.
bool load(Database &db, const OpeningFilter &filter, int maxPerMinistry,
          QHash<qint64, PendingList> *byMinistry, QString *error,
          const ProgressCallback &progress = {}, qint64 expected = 0);

} // namespace PendingOpenings
