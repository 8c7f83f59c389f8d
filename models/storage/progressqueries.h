#pragma once

#include "error.h"
#include "openingfilter.h"
#include "progressrules.h"
#include "quarter.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

#include <functional>

class Database;

// The aggregate reads behind the progress computation, the status bar and the
// quarter axis: small results whatever the table size.

// One class of openings: how many share a ministry, an announced quarter, an
// effective quarter, a state and whether their quarter moved.
struct ProgressGroup
{
    qint64 ministryId = 0;
    int announced = -1; // Quarter::key, -1 when unknown
    int effective = -1;
    Rules::State state = Rules::State::Pending;
    bool moved = false;
    int count = 0;
};

// The status bar's figures for a filter.
struct FilterCounts
{
    qint64 total = 0;
    qint64 opened = 0;
    qint64 overdue = 0;
};

// The first and last quarter the table speaks of (announced or effective).
struct QuarterSpan
{
    Quarter first;
    Quarter last;
};

namespace ProgressQueries {

// The classes of the openings matching filter. False with *error set on a database
// failure, or with *error empty when progress(rows read, 0) returned false.
bool groups(Database &db, const OpeningFilter &filter, QVector<ProgressGroup> *groups,
            QString *error, const ProgressCallback &progress = {});

// The names of every ministry, by id.
QHash<qint64, QString> ministryNames(Database &db, QString *error);

} // namespace ProgressQueries

// Total, opened and overdue openings matching filter on asOf (the filter's
// reference date when invalid), in one query. On failure returns zeros and
// sets *error; on success clears it.
FilterCounts countOpenings(Database &db, const OpeningFilter &filter, const QDate &asOf,
                           QString *error);

// The first and last quarter the table speaks of, in one pass without grouping;
// invalid quarters for an empty table.
QuarterSpan quarterSpan(Database &db, QString *error);
