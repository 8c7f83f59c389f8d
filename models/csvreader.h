#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// Reads a CSV table as found in the wild (UTF-8 with or without BOM, or
// Windows-1252 from French Excel; ",", ";" or tab; CRLF or LF; RFC 4180
// quoting) one record at a time, keeping for each record the line where it
// starts so that messages point at the right place. The whole file is decoded
// once and parsed by a hand-written state machine, so a million rows read fast.
class CsvReader
{
public:
    // One record and the physical line where it starts (header = 1).
    struct Record
    {
        int row = 0;
        QStringList fields;
    };

    CsvReader() = default;

    // Reads and decodes the file; false with *error naming it when unreadable.
    bool open(const QString &path, QString *error);
    // Parses bytes already in memory; name is used in messages.
    void setData(const QByteArray &bytes, const QString &name = QString());

    // The file as named in messages (native separators).
    QString fileName() const { return m_name; }
    // "UTF-8", "UTF-8 (BOM)" or "Windows-1252".
    QString encodingName() const { return m_encoding; }
    // ',', ';' or '\t', detected on the first record outside quotes (',' when none).
    QChar separator() const { return m_separator; }

    // The next record, including the first one (the header). Records after the
    // first are padded with empty fields to its width; blank lines are skipped.
    // Returns false at the end of the data or on an error (see errorString()).
    bool next(QStringList &fields, int &row);
    bool atEnd() const { return m_pos >= m_text.size(); }
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

private:
    void detectSeparator();

    QString m_name;
    QString m_text;
    QString m_encoding;
    QString m_errorReason;
    int m_errorRow = 0;
    QChar m_separator = QLatin1Char(',');
    qsizetype m_pos = 0;
    qint64 m_totalBytes = 0;
    int m_line = 1;
    int m_width = -1; // field count of the first record
};
