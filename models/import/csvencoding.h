#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

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

// The bytes of the valid UTF-8 sequences at the start of bytes (checked as
// checkUtf8 does): all of them, or up to the first invalid sequence (*invalid
// set), or, when !final, up to a sequence cut short by the end. *multibyte is
// increased by the sequences of two bytes or more read.
qsizetype validUtf8Prefix(const char *bytes, qsizetype size, bool final, bool *invalid,
                          qint64 *multibyte);

// What the UTF-8 check of a whole file found, block after block: the valid
// sequences of two bytes or more, the invalid bytes, and where the first one is.
struct Utf8Survey
{
    qint64 multibyte = 0;
    qint64 invalid = 0;
    qint64 firstInvalid = -1; // offset in the file

    // Surveys a block at offset of the file; *consumed is where the next block
    // starts (before a sequence the end of a non-final block cuts short).
    void add(const char *bytes, qsizetype size, bool final, qint64 offset, qsizetype *consumed);

    // The file is UTF-8 when it has no invalid byte, or when its valid accented
    // characters outnumber its invalid bytes (which are then errors): a
    // Windows-1252 file almost never holds a valid UTF-8 sequence.
    bool isUtf8() const { return invalid == 0 || multibyte > invalid; }
};

// The bytes at the end of a chunk that start a UTF-8 sequence it cuts
// short: they are read again with the next chunk.
qsizetype incompleteTail(const QByteArray &chunk);

// UTF-16 recognised without a BOM by the NUL bytes of its ASCII characters
// in the first bytes of a file: Utf16LE or Utf16BE, or nullopt when the bytes
// are not UTF-16 (text files in other encodings hold no NUL).
enum class Utf16Order { LittleEndian, BigEndian };
std::optional<Utf16Order> guessUtf16(const QByteArray &head);

// Field counts of the first maxRecords records of text split on sep (quotes
// respected, blank lines skipped).
QVector<int> fieldCounts(const QString &text, char16_t sep, int maxRecords);

} // namespace CsvEncoding
