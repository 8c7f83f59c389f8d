#pragma once

#include <QString>

// Writes a deterministic tracking table of any size in the application's
// extended CSV form (the 2021 published columns plus effective date, first
// announced quarter and comment): realistic ministries, kinds, quarters and
// statuses, with some quoted comments holding commas, quotes and line breaks.
namespace TableGenerator {

// Returns false with *error naming the file when it cannot be written.
bool write(const QString &path, qint64 rows, QString *error, quint64 seed = 20211);

} // namespace TableGenerator
