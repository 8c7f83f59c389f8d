#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

// The low-level work of CsvReader: checking UTF-8 the way Qt's decoder
// reads it (so the choice between UTF-8 and Windows-1252 is made on the
// whole file before any record is read), cutting chunks on whole
// characters, Windows-1252 without ICU, and counting fields to find the
// separator.
namespace CsvEncoding {

// Windows-1252 by table (Qt's codec needs ICU, missing from some builds).
QString windows1252Table(const QByteArray &bytes);

// Checks UTF-8 as QStringDecoder does (no overlong forms, surrogates or code
// points past U+10FFFF). Returns the bytes checked: all of them, or fewer
// when the data ends inside a sequence and !final (the rest is checked with
// the next block); -1 at the first invalid sequence.
qsizetype checkUtf8(const char *bytes, qsizetype size, bool final);

// The bytes at the end of a chunk that start a UTF-8 sequence it cuts
// short: they are read again with the next chunk.
qsizetype incompleteTail(const QByteArray &chunk);

// Field counts of the first maxRecords records of text split on sep (quotes
// respected, blank lines skipped).
QVector<int> fieldCounts(const QString &text, char16_t sep, int maxRecords);

} // namespace CsvEncoding
