#pragma once

#include "domain.h"
#include "error.h"
#include "importrecord.h"

#include <QChar>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

// One problem found in a file, where a spreadsheet shows it: the file, the physical line
// where the record starts (header = 1; 0 for the whole file), the column's header as in
// the file (empty for the whole row), the offending cell and the message.
using ImportIssue = Error;

// What a file would import, found without touching any database.
struct ImportPreview
{
    QString file;
    QString encoding; // as CsvReader::encodingName(): "UTF-8", "Windows-1252", "UTF-16 LE (BOM)"...
    QChar separator;
    QStringList headers;
    QStringList unknownColumns;
    // The first rows as parsed; ministryId is 0 and ministry the name as written.
    QVector<Opening> rows;
    int rowCount = 0; // data records in the file
    // At most maxImportIssues of each are kept; the counts are complete.
    QVector<ImportIssue> errors;
    QVector<ImportIssue> warnings;
    int errorCount = 0;
    int warningCount = 0;
    bool cancelled = false; // by the progress callback: the lists are partial

    bool ok() const { return errorCount == 0 && !cancelled; }
};

struct ImportSummary
{
    int imported = 0; // added
    int updated = 0;
    int unchanged = 0;
    int removed = 0; // Replace only
    int ministriesCreated = 0;
    bool cancelled = false;
    // Empty on success; otherwise names the file, and the rows and columns at fault.
    QString error;
    // Kept for the caller to show (a date on an unopened item, unknown columns...).
    QVector<ImportIssue> warnings;
    int warningCount = 0;

    bool ok() const { return error.isEmpty() && !cancelled; }
    // "imported 3, updated 9, unchanged 54" (", removed N" after a Replace).
    QString toString() const;
};

// Issues kept per list; a file with more still reports the total count.
constexpr int maxImportIssues = 1000;

// Reads the whole file and reports every error and warning, without touching
// any database. Thread-safe (no shared state).
// progress(done, total) counts bytes; returning false stops the reading.
ImportPreview previewImport(const QString &csvPath, int maxRows = 50,
                            const ProgressCallback &progress = {});

// Imports csvPath into the table at dbLocation in one transaction: all rows or
// none. It opens its own connection, so it can run in a worker thread; the
// GUI's Store must be reloaded afterwards. progress(done, total) counts bytes
// of the file; returning false cancels (rollback, summary.cancelled set).
// Rows of the file that share (ministry, title, kind) are an error naming both rows.
ImportSummary importFile(const QString &dbLocation, const QString &csvPath, ImportMode mode,
                         const ProgressCallback &progress = {});
