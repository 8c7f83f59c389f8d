#pragma once

#include "csvencoding.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

class QFile;

// Reads a CSV table as found in the wild (UTF-8 with or without BOM,
// Windows-1252 from French Excel, or UTF-16 as Excel's "Unicode text": LE or
// BE, with a BOM or recognised by its NUL bytes; a UTF-8 file with a few invalid bytes is
// UTF-8 and the first one is an error; ",", ";" or tab; CRLF or LF; RFC 4180
// quoting) one record at a time, keeping for each record the line where it
// starts so that messages point at the right place. The file is checked for
// UTF-8 once, then read and decoded a chunk at a time and parsed by a
// hand-written state machine, so a million rows read fast in little memory.
class CsvReader
{
public:
    // One record and the physical line where it starts (header = 1).
    struct Record
    {
        int row = 0;
        QStringList fields;
    };

    CsvReader();
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Opens the file and finds its encoding and separator; false with *error
    // naming it when unreadable.
    bool open(const QString &path, QString *error);
    // Parses bytes already in memory; name is used in messages.
    void setData(const QByteArray &bytes, const QString &name = QString());

    // The file as named in messages (native separators).
    QString fileName() const { return m_name; }
    // "UTF-8", "UTF-8 (BOM)", "Windows-1252", or "UTF-16 LE" / "UTF-16 BE",
    // with " (BOM)" when the file starts with one.
    QString encodingName() const { return m_encoding; }
    // ',', ';' or '\t', detected on the first record outside quotes (',' when none).
    QChar separator() const { return m_separator; }
    // True for French Excel's CSV: ";" with a UTF-8 BOM (the csv-excel export) or in
    // Windows-1252 (saved by Excel). Only there is the export's apostrophe before a
    // formula-like cell taken off; an open data CSV is read as it is.
    bool isExcelDialect() const
    {
        return m_separator == u';' && (m_windows1252 || m_encoding == QLatin1String("UTF-8 (BOM)"));
    }

    // The next record, including the first one (the header). Records after the
    // first are padded with empty fields to its width; blank lines are skipped.
    // Returns false at the end of the data or on an error (see errorString()).
    bool next(QStringList &fields, int &row);
    bool atEnd() const { return m_sourceDone && m_pos >= m_text.size(); }
    bool hasError() const { return !m_errorReason.isEmpty(); }
    // Names the file and the row: "data.csv: row 12: ...".
    QString errorString() const;
    // The error without the file: its row (0 for the whole file) and reason.
    int errorRow() const { return m_errorRow; }
    QString errorReason() const { return m_errorReason; }

    // Progress in bytes of the file (estimated from the decoded position).
    qint64 bytesRead() const;
    qint64 totalBytes() const { return m_totalBytes; }

    // Every record at once (small files, tests); nullopt with *error on failure.
    static std::optional<QVector<Record>> readAll(const QByteArray &bytes, QString *error,
                                                  const QString &name = QString());

    // Decoding helpers, public for tests.
    static QString decodeWindows1252(const QByteArray &bytes);
    // True when bytes are UTF-8 as QStringDecoder reads it without error.
    static bool isValidUtf8(const char *bytes, qsizetype size);

    // Bytes read and decoded at a time (tests use tiny chunks to cross every
    // boundary); call before open() or setData().
    void setChunkSize(qsizetype bytes) { m_chunkSize = bytes; }

private:
    enum class Parsed { Record, End, NeedMore, Failed };

    void reset(const QString &name);
    bool start(QString *error);
    // After start() chose the encoding: the first chunks read, the position set.
    bool startUtf16(CsvEncoding::Utf16Order order, bool bom);
    bool startUtf8(bool bom);
    bool readSource(qint64 offset, qsizetype size, QByteArray &out);
    bool refill(qsizetype bytes);
    Parsed parse(QStringList &fields, int &row);
    void detectSeparator();
    void failOnInvalidByte();

    QString m_name;
    QString m_encoding;
    QString m_errorReason;
    int m_errorRow = 0;
    QChar m_separator = QLatin1Char(',');
    int m_width = -1; // field count of the first record

    // Where the bytes come from: a file read a chunk at a time, or setData's.
    std::unique_ptr<QFile> m_file;
    QByteArray m_data;
    QByteArray m_chunk;
    qint64 m_totalBytes = 0;
    qint64 m_sourcePos = 0; // bytes decoded so far
    bool m_sourceDone = true;
    bool m_windows1252 = false;
    // UTF-16 (LE or BE): decoded by m_utf16, which keeps a character cut by a
    // chunk's end for the next one.
    bool m_utf16 = false;
    QStringDecoder m_utf16Decoder;
    // In a UTF-8 file, the first byte that is not UTF-8 (-1: none): decoding
    // stops before it and reaching it is an error naming its row and column.
    qint64 m_invalidAt = -1;
    uchar m_invalidByte = 0;
    QStringList m_header;
    QStringDecoder m_utf8;
    qsizetype m_chunkSize = 1 << 20;

    // The decoded text not yet parsed, from m_pos; m_line is the physical
    // line at m_pos. Progress is estimated over the window's bytes.
    QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    qint64 m_windowStartByte = 0;
};
