#pragma once

#include <QString>

// Table files as a whole: a new, empty table written where the user chose.
namespace TableFile {

// Writes an empty SQLite table (the current schema, no openings) at path, replacing a
// file already there: the table is made in a temporary folder, then its bytes go to path
// through a QSaveFile (temporary file and rename), so a failure leaves path as it was.
// Returns false with *error naming the file.
bool createEmpty(const QString &path, QString *error);

} // namespace TableFile
