#include "csvreader.h"

#include "csvencoding.h"
#include "messages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

using namespace CsvEncoding;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

// Characters of the first window, where the separator is looked for.
constexpr qsizetype separatorSample = 64 * 1024;
// Bytes checked for UTF-8 at a time when a file is opened.
constexpr qsizetype validationBlock = 4 << 20;

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

bool CsvReader::isValidUtf8(const char *bytes, qsizetype size)
{
    return checkUtf8(bytes, size, true) == size;
}

CsvReader::CsvReader() = default;
CsvReader::~CsvReader() = default;

QString CsvReader::errorString() const
{
    if (m_errorReason.isEmpty())
        return QString();
    if (m_errorRow <= 0)
        return withSubject(m_name, m_errorReason);
    return Text::tr("%1: row %2: %3").arg(m_name, QString::number(m_errorRow), m_errorReason);
}

void CsvReader::reset(const QString &name)
{
    m_name = name.isEmpty() ? Text::tr("CSV data") : name;
    m_errorReason.clear();
    m_errorRow = 0;
    m_width = -1;
    m_file.reset();
    m_data.clear();
    m_chunk.clear();
    m_totalBytes = 0;
    m_sourcePos = 0;
    m_sourceDone = true;
    m_windows1252 = false;
    m_text.clear();
    m_pos = 0;
    m_line = 1;
    m_windowStartByte = 0;
}

bool CsvReader::open(const QString &path, QString *error)
{
    reset(QDir::toNativeSeparators(path));
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_errorReason = Text::tr("cannot read the file: %1").arg(m_file->errorString());
        m_file.reset();
        if (error)
            *error = errorString();
        return false;
    }
    m_totalBytes = m_file->size();
    return start(error);
}

void CsvReader::setData(const QByteArray &bytes, const QString &name)
{
    reset(name);
    m_data = bytes;
    m_totalBytes = bytes.size();
    start(nullptr);
}

bool CsvReader::readSource(qint64 offset, qsizetype size, QByteArray &out)
{
    size = qsizetype(qMin<qint64>(size, m_totalBytes - offset));
    if (!m_file) {
        out = m_data.mid(offset, size);
        return true;
    }
    out.resize(size);
    if (!m_file->seek(offset) || m_file->read(out.data(), size) != size) {
        m_errorReason = Text::tr("cannot read the file: %1").arg(m_file->errorString());
        m_errorRow = 0;
        return false;
    }
    return true;
}

bool CsvReader::start(QString *error)
{
    const auto failed = [&] {
        if (error)
            *error = errorString();
        m_sourceDone = true;
        return false;
    };
    // The encoding holds for the whole file: valid UTF-8 is taken as such
    // (pure ASCII included); anything else comes from a Windows program
    // saving in the ANSI code page. So the file is checked before any record
    // is read, a block at a time.
    QByteArray block;
    if (!readSource(0, 3, block))
        return failed();
    if (block == "\xEF\xBB\xBF") {
        m_encoding = QStringLiteral("UTF-8 (BOM)");
        m_sourcePos = 3;
    } else {
        bool valid = true;
        qint64 offset = 0;
        while (valid && offset < m_totalBytes) {
            if (!readSource(offset, validationBlock, block))
                return failed();
            const bool final = offset + block.size() >= m_totalBytes;
            const qsizetype checked = checkUtf8(block.constData(), block.size(), final);
            valid = checked >= 0 && (checked > 0 || final);
            offset += checked;
        }
        m_windows1252 = !valid;
        m_encoding = valid ? QStringLiteral("UTF-8") : QStringLiteral("Windows-1252");
    }
    // Chunks end on whole characters and are decoded on their own, as the
    // file was when decoded whole: a BOM right after the first one is
    // dropped, any later one is text.
    m_utf8 = QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    m_sourceDone = m_sourcePos >= m_totalBytes;
    while (!m_sourceDone && m_text.size() < separatorSample) {
        if (!refill(m_chunkSize))
            return failed();
    }
    detectSeparator();
    return true;
}

bool CsvReader::refill(qsizetype bytes)
{
    // The window drops what was parsed and takes the next chunk.
    if (!m_text.isEmpty())
        m_windowStartByte = bytesRead();
    m_text.remove(0, m_pos);
    m_pos = 0;
    // Four bytes hold a whole character, so a chunk never ends up empty.
    if (!readSource(m_sourcePos, qMax<qsizetype>(bytes, 4), m_chunk))
        return false;
    if (!m_windows1252 && m_sourcePos + m_chunk.size() < m_totalBytes)
        m_chunk.truncate(m_chunk.size() - incompleteTail(m_chunk));
    m_sourcePos += m_chunk.size();
    m_sourceDone = m_sourcePos >= m_totalBytes;
    if (m_windows1252) {
        m_text += decodeWindows1252(m_chunk);
    } else {
        const qsizetype kept = m_text.size();
        m_text.resize(kept + m_utf8.requiredSpace(m_chunk.size()));
        QChar *end = m_utf8.appendToBuffer(m_text.data() + kept, m_chunk);
        m_text.resize(end - m_text.constData());
        m_utf8 =
            QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless |
                                                       QStringConverter::Flag::ConvertInitialBom);
    }
    return true;
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
    if (m_pos >= m_text.size())
        return m_sourcePos;
    return m_windowStartByte + (m_sourcePos - m_windowStartByte) * m_pos / m_text.size();
}

bool CsvReader::next(QStringList &fields, int &row)
{
    if (hasError()) {
        fields.clear();
        return false;
    }
    for (;;) {
        switch (parse(fields, row)) {
        case Parsed::Record:
            if (m_width < 0)
                m_width = int(fields.size());
            while (fields.size() < m_width)
                fields.append(QString());
            return true;
        case Parsed::End:
        case Parsed::Failed:
            fields.clear();
            return false;
        case Parsed::NeedMore:
            // The record goes past the window: parsed again with more text.
            // The window at least doubles, so a huge record (an unclosed
            // quote) costs linear time.
            if (!refill(qMax(m_chunkSize, m_text.size() - m_pos))) {
                fields.clear();
                m_pos = m_text.size();
                m_sourceDone = true;
                return false;
            }
            break;
        }
    }
}

// One record from m_pos. Until the source is done, reaching the end of the
// window (or a CR or quote whose meaning depends on the next character)
// asks for more text and leaves the reader as it was.
CsvReader::Parsed CsvReader::parse(QStringList &fields, int &row)
{
    const QChar *data = m_text.constData();
    const qsizetype size = m_text.size();
    const bool final = m_sourceDone;
    const char16_t sep = m_separator.unicode();
    qsizetype pos = m_pos;
    int line = m_line;
    // The fields of the previous record are overwritten in place when no one
    // else holds them (the cells a parser only reads): no allocation then.
    int count = 0;
    const auto put = [&](QString &&value) {
        if (count < fields.size())
            fields[count] = std::move(value);
        else
            fields.append(std::move(value));
        ++count;
    };
    const auto putText = [&](const QChar *text, qsizetype size) {
        if (count < fields.size() && fields.at(count).isDetached() &&
            fields.at(count).capacity() >= size) {
            QString &field = fields[count];
            field.resize(size);
            memcpy(static_cast<void *>(field.data()), text, size_t(size) * sizeof(QChar));
            ++count;
        } else {
            put(QString(text, size));
        }
    };

    // Blank lines carry nothing; skipping them also drops the trailing one.
    while (pos < size) {
        const char16_t c = data[pos].unicode();
        if (c == u'\n') {
            ++line;
            ++pos;
        } else if (c == u'\r') {
            if (pos + 1 >= size && !final)
                return Parsed::NeedMore;
            ++line;
            ++pos;
            if (pos < size && data[pos] == u'\n')
                ++pos;
        } else {
            break;
        }
    }
    if (pos >= size) {
        if (!final)
            return Parsed::NeedMore;
        m_pos = pos;
        m_line = line;
        return Parsed::End;
    }
    row = line;

    for (;;) {
        if (pos < size && data[pos] == u'"') {
            const int openedAt = line;
            ++pos;
            QString value;
            qsizetype chunk = pos;
            for (;;) {
                if (pos >= size) {
                    if (!final)
                        return Parsed::NeedMore;
                    m_errorRow = openedAt;
                    m_errorReason = Text::tr("a quoted field is never closed (missing \")");
                    m_pos = size;
                    return Parsed::Failed;
                }
                const char16_t c = data[pos].unicode();
                if (c > u'"') { // neither a quote nor a line end
                    ++pos;
                    continue;
                }
                if (c == u'"') {
                    if (pos + 1 >= size && !final)
                        return Parsed::NeedMore;
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
                    ++line;
                } else if (c == u'\r') {
                    if (pos + 1 >= size && !final)
                        return Parsed::NeedMore;
                    // A line break inside a cell is kept as LF, however the file ends its lines.
                    value.append(data + chunk, pos - chunk);
                    if (pos + 1 < size && data[pos + 1] == u'\n') {
                        chunk = pos + 1;
                    } else {
                        value.append(QLatin1Char('\n'));
                        chunk = pos + 1;
                        ++line;
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
            if (pos >= size && !final)
                return Parsed::NeedMore;
            if (pos > rest)
                value.append(data + rest, pos - rest);
            put(std::move(value));
        } else {
            const qsizetype start = pos;
            while (pos < size) {
                const char16_t c = data[pos].unicode();
                // Separators and line ends all come before '<': letters skip the tests.
                if (c > u';') {
                    ++pos;
                    continue;
                }
                if (c == sep || c == u'\n' || c == u'\r')
                    break;
                ++pos;
            }
            if (pos >= size && !final)
                return Parsed::NeedMore;
            putText(data + start, pos - start);
        }
        if (pos >= size)
            break;
        const char16_t c = data[pos].unicode();
        ++pos;
        if (c == sep)
            continue;
        ++line;
        if (c == u'\r') {
            if (pos >= size && !final)
                return Parsed::NeedMore;
            if (pos < size && data[pos] == u'\n')
                ++pos;
        }
        break;
    }
    fields.resize(count);
    m_pos = pos;
    m_line = line;
    return Parsed::Record;
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
