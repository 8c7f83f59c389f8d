#pragma once

#include "domain.h"
#include "error.h"
#include "openingfilter.h"

#include <QDate>
#include <QHash>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

class Database;

// What an export covers: one ministry or all of them, judged on a reference date.
struct ExportOptions
{
    std::optional<qint64> ministryId; // only this ministry; every ministry when empty
    QDate asOf;                       // the day overdue/planned are judged on; today when invalid

    QDate referenceDate() const { return asOf.isValid() ? asOf : QDate::currentDate(); }
    // The filter of the selection, for computeProgress and OpeningCursor.
    OpeningFilter filter() const;
};

// Told how many openings were written out of total, every few hundred rows and at
// the end; returning false cancels the export.
using ExportProgress = ProgressCallback;

namespace ExportSource {
// Checks that options name an existing ministry; sets *error otherwise.
bool checkOptions(Database &db, const ExportOptions &options, QString *error);

// How much a ministry's selected openings weigh, to plan a spreadsheet before writing it.
struct Volume
{
    qint64 rows = 0;
    qint64 webLinks = 0;       // rows whose URL starts with http:// or https://
    double textCharacters = 0; // of title, description, comment and twice the URL
};
// The volumes of the openings matching filter, per ministry id.
bool volumes(Database &db, const OpeningFilter &filter, QHash<qint64, Volume> *perMinistry,
             QString *error);
} // namespace ExportSource

// A forward-only read of the openings matching a filter, in table order (id), so
// an export holds one row at a time whatever the table size.
class OpeningCursor
{
public:
    explicit OpeningCursor(Database &db);

    // Runs the query; false with *error set on a database failure.
    bool open(const OpeningFilter &filter, QString *error);
    // Moves to the next opening; false at the end or on a failure (see error()).
    bool next();
    const Opening &current() const { return m_current; }
    // Empty unless reading failed.
    QString error() const { return m_error; }

private:
    Database &m_db;
    QSqlQuery m_query;
    Opening m_current;
    QString m_error;
};
