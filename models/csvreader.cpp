#include "csvreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

// Windows-1252 differs from Latin-1 only in 0x80..0x9F; its five undefined
// bytes are kept as the C1 controls of the same value, as ICU does.
const char16_t windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString windows1252Table(const QByteArray &bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *dst++ = QChar(b >= 0x80 && b < 0xA0 ? windows1252High[b - 0x80] : char16_t(b));
    }
    return out;
}

// Field counts of the first records of text split on sep (quotes respected).
QVector<int> fieldCounts(const QString &text, char16_t sep, int maxRecords)
{
    QVector<int> counts;
    int fields = 1;
    bool quoted = false;
    bool empty = true;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'"') {
            quoted = !quoted;
            empty = false;
        } else if (quoted) {
            continue;
        } else if (c == u'\n' || c == u'\r') {
            if (!empty)
                counts.append(fields);
            if (counts.size() >= maxRecords)
                return counts;
            fields = 1;
            empty = true;
        } else {
            empty = false;
            if (c == sep)
                ++fields;
        }
    }
    if (!empty)
        counts.append(fields);
    return counts;
}

} // namespace

QString CsvReader::decodeWindows1252(const QByteArray &bytes)
{
    // Qt's codec needs ICU; the table keeps builds without it (some Windows
    // packages) reading French Excel files the same way.
    QStringDecoder decoder("windows-1252", QStringConverter::Flag::Stateless);
    if (decoder.isValid()) {
        QString text = decoder.decode(bytes);
        if (!decoder.hasError())
            return text;
    }
    return windows1252Table(bytes);
}

QString CsvReader::errorString() const
{
    if (m_errorReason.isEmpty())
        return QString();
    if (m_errorRow <= 0)
        return QStringLiteral("%1: %2").arg(m_name, m_errorReason);
    return Text::tr("%1: row %2: %3").arg(m_name, QString::number(m_errorRow), m_errorReason);
}

bool CsvReader::open(const QString &path, QString *error)
{
    setData(QByteArray(), QDir::toNativeSeparators(path));
    QFile file(path);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    if (!file.isOpen() || file.error() != QFileDevice::NoError) {
        m_errorReason = Text::tr("cannot read the file: %1").arg(file.errorString());
        if (error)
            *error = errorString();
        return false;
    }
    setData(bytes, m_name);
    return true;
}

void CsvReader::setData(const QByteArray &bytes, const QString &name)
{
    m_name = name.isEmpty() ? Text::tr("CSV data") : name;
    m_errorReason.clear();
    m_errorRow = 0;
    m_pos = 0;
    m_line = 1;
    m_width = -1;
    m_totalBytes = bytes.size();
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        m_text = QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
        m_encoding = QStringLiteral("UTF-8 (BOM)");
    } else {
        // Valid UTF-8 is taken as such (pure ASCII included); anything else
        // comes from a Windows program saving in the ANSI code page.
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        m_text = utf8.decode(bytes);
        if (utf8.hasError()) {
            m_text = decodeWindows1252(bytes);
            m_encoding = QStringLiteral("Windows-1252");
        } else {
            m_encoding = QStringLiteral("UTF-8");
        }
    }
    detectSeparator();
}

void CsvReader::detectSeparator()
{
    // The separator splitting the first records into as many fields as the
    // header wins. Header counts alone mislead: French Excel leaves commas
    // unquoted in ";" files ("Données, API ou code source;..."). On a tie,
    // tab and ";" win over ",", which header names contain far more often.
    const QString head = m_text.left(64 * 1024);
    constexpr int sampled = 20;
    m_separator = QLatin1Char(',');
    int bestScore = -1;
    for (const char16_t sep : {u'\t', u';', u','}) {
        const QVector<int> counts = fieldCounts(head, sep, sampled + 1);
        if (counts.isEmpty() || counts.first() < 2)
            continue;
        const int score = int(std::count(counts.cbegin() + 1, counts.cend(), counts.first()));
        if (score > bestScore) {
            bestScore = score;
            m_separator = QChar(sep);
        }
    }
}

qint64 CsvReader::bytesRead() const
{
    if (m_text.isEmpty())
        return m_totalBytes;
    return qint64(m_pos) * m_totalBytes / m_text.size();
}

bool CsvReader::next(QStringList &fields, int &row)
{
    fields.clear();
    if (hasError())
        return false;
    const QChar *data = m_text.constData();
    const qsizetype size = m_text.size();
    const char16_t sep = m_separator.unicode();
    qsizetype pos = m_pos;

    // Blank lines carry nothing; skipping them also drops the trailing one.
    while (pos < size) {
        const char16_t c = data[pos].unicode();
        if (c == u'\n') {
            ++m_line;
            ++pos;
        } else if (c == u'\r') {
            ++m_line;
            ++pos;
            if (pos < size && data[pos] == u'\n')
                ++pos;
        } else {
            break;
        }
    }
    m_pos = pos;
    if (pos >= size)
        return false;
    row = m_line;

    for (;;) {
        if (pos < size && data[pos] == u'"') {
            const int openedAt = m_line;
            ++pos;
            QString value;
            qsizetype chunk = pos;
            for (;;) {
                if (pos >= size) {
                    m_errorRow = openedAt;
                    m_errorReason = Text::tr("a quoted field is never closed (missing \")");
                    m_pos = size;
                    return false;
                }
                const char16_t c = data[pos].unicode();
                if (c == u'"') {
                    value.append(data + chunk, pos - chunk);
                    if (pos + 1 < size && data[pos + 1] == u'"') {
                        value.append(QLatin1Char('"'));
                        pos += 2;
                        chunk = pos;
                        continue;
                    }
                    ++pos;
                    break;
                }
                if (c == u'\n') {
                    ++m_line;
                } else if (c == u'\r') {
                    // A line break inside a cell is kept as LF, however the file ends its lines.
                    value.append(data + chunk, pos - chunk);
                    if (pos + 1 < size && data[pos + 1] == u'\n') {
                        chunk = pos + 1;
                    } else {
                        value.append(QLatin1Char('\n'));
                        chunk = pos + 1;
                        ++m_line;
                    }
                }
                ++pos;
            }
            // Text after the closing quote is kept as is, as spreadsheets do.
            const qsizetype rest = pos;
            while (pos < size) {
                const char16_t c = data[pos].unicode();
                if (c == sep || c == u'\n' || c == u'\r')
                    break;
                ++pos;
            }
            if (pos > rest)
                value.append(data + rest, pos - rest);
            fields.append(value);
        } else {
            const qsizetype start = pos;
            while (pos < size) {
                const char16_t c = data[pos].unicode();
                if (c == sep || c == u'\n' || c == u'\r')
                    break;
                ++pos;
            }
            fields.append(QString(data + start, pos - start));
        }
        if (pos >= size)
            break;
        const char16_t c = data[pos].unicode();
        ++pos;
        if (c == sep)
            continue;
        ++m_line;
        if (c == u'\r' && pos < size && data[pos] == u'\n')
            ++pos;
        break;
    }
    m_pos = pos;

    if (m_width < 0)
        m_width = int(fields.size());
    while (fields.size() < m_width)
        fields.append(QString());
    return true;
}

std::optional<QVector<CsvReader::Record>> CsvReader::readAll(const QByteArray &bytes,
                                                             QString *error, const QString &name)
{
    CsvReader reader;
    reader.setData(bytes, name);
    QVector<Record> records;
    Record record;
    while (reader.next(record.fields, record.row))
        records.append(record);
    if (reader.hasError()) {
        if (error)
            *error = reader.errorString();
        return std::nullopt;
    }
    return records;
}
