#pragma once

#include <QString>

#include <functional>

// What went wrong, where: the one error type of every layer. A file problem names
// the file, the row and the column, and quotes the offending text; a database or
// system failure keeps its own words as the cause.
struct Error
{
    QString file;    // the file or table concerned; empty when none
    int row = 0;     // physical line where the record starts, header = 1; 0 for none
    QString column;  // the column as its header names it; empty for the whole row
    QString text;    // the offending cell, quoted in the message by the caller
    QString message; // in the application language
    QString cause;   // what the database or the system said, when it said something

    bool isEmpty() const { return message.isEmpty() && cause.isEmpty(); }
    // "table.csv: row 12, column “Statut”: unknown status “Dispo”" (spacing of the
    // language in force), with the cause after the message when there is one.
    QString toString() const;
};

// Long work tells how far it got: done out of total (rows, bytes), and stops when
// this returns false (cancelled). Empty: nobody is watching, nothing cancels.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

// Reports progress if anybody watches; false when the work is to stop.
inline bool keepGoing(const ProgressCallback &progress, qint64 done, qint64 total)
{
    return !progress || progress(done, total);
}
