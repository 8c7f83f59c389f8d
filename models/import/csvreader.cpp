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
// Bytes at the start of a file looked at for UTF-16's BOM and NUL bytes.
constexpr qsizetype utf16Sample = 4096;

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
    m_utf16 = false;
    m_utf16Decoder = QStringDecoder();
    m_invalidAt = -1;
    m_invalidByte = 0;
    m_header.clear();
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
    // The encoding holds for the whole file: UTF-8 (pure ASCII included) when
    // it has no invalid byte, or when its valid accented characters outnumber
    // its invalid bytes, which are then errors (a stray Windows-1252 byte in a
    // UTF-8 file must not turn every accent into mojibake); anything else comes
    // from a Windows program saving in the ANSI code page. A BOM means UTF-8.
    // UTF-16 (Excel's "Unicode text") is told by its BOM or, without one, by
    // the NUL bytes of its first characters.
    QByteArray block;
    bool ok = readSource(0, utf16Sample, block);
    if (ok) {
        if (block.startsWith("\xFF\xFE") && !block.startsWith(QByteArray("\xFF\xFE\0\0", 4)))
            ok = startUtf16(Utf16Order::LittleEndian, true);
        else if (block.startsWith("\xFE\xFF"))
            ok = startUtf16(Utf16Order::BigEndian, true);
        else if (const std::optional<Utf16Order> order = guessUtf16(block))
            ok = startUtf16(*order, false);
        else
            ok = startUtf8(block.startsWith("\xEF\xBB\xBF"));
    }
    if (!ok) {
        if (error)
            *error = errorString();
        m_sourceDone = true;
        return false;
    }
    detectSeparator();
    return true;
}

bool CsvReader::startUtf16(Utf16Order order, bool bom)
{
    // Its chunks are decoded by one decoder that keeps a character cut short for the
    // next chunk.
    m_utf16 = true;
    const bool little = order == Utf16Order::LittleEndian;
    m_sourcePos = bom ? 2 : 0;
    m_encoding = QLatin1String(little ? "UTF-16 LE" : "UTF-16 BE") +
                 (bom ? QLatin1String(" (BOM)") : QLatin1String());
    m_utf16Decoder = QStringDecoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                                    QStringConverter::Flag::ConvertInitialBom);
    m_sourceDone = m_sourcePos >= m_totalBytes;
    while (!m_sourceDone && m_text.size() < separatorSample) {
        if (!refill(m_chunkSize))
            return false;
    }
    return true;
}

bool CsvReader::startUtf8(bool bom)
{
    // The whole file is checked before any record is read, a block at a time.
    if (bom)
        m_sourcePos = 3;
    QByteArray block;
    Utf8Survey survey;
    for (qint64 offset = m_sourcePos; offset < m_totalBytes;) {
        if (!readSource(offset, validationBlock, block))
            return false;
        const bool final = offset + block.size() >= m_totalBytes;
        qsizetype consumed = 0;
        survey.add(block.constData(), block.size(), final, offset, &consumed);
        if (consumed == 0 && !final)
            break; // cannot happen with blocks of more than four bytes
        offset += consumed;
    }
    m_windows1252 = !bom && !survey.isUtf8();
    m_encoding = bom             ? QStringLiteral("UTF-8 (BOM)")
                 : m_windows1252 ? QStringLiteral("Windows-1252")
                                 : QStringLiteral("UTF-8");
    if (!m_windows1252 && survey.firstInvalid >= 0) {
        if (!readSource(survey.firstInvalid, 1, block))
            return false;
        m_invalidAt = survey.firstInvalid;
        m_invalidByte = uchar(block.at(0));
    }
    // Chunks end on whole characters and are decoded on their own, as the
    // file was when decoded whole: a BOM right after the first one is
    // dropped, any later one is text.
    m_utf8 = QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    m_sourceDone = m_sourcePos >= m_totalBytes;
    while (!m_sourceDone && m_sourcePos != m_invalidAt && m_text.size() < separatorSample) {
        if (!refill(m_chunkSize))
            return false;
    }
    return true;
}

bool CsvReader::refill(qsizetype bytes)
{
    // The window drops what was parsed and takes the next chunk.
    if (!m_text.isEmpty())
        m_windowStartByte = bytesRead();
    m_text.remove(0, m_pos);
    m_pos = 0;
    // Decoding stops at an invalid byte: the record holding it is an error.
    if (m_sourcePos == m_invalidAt) {
        failOnInvalidByte();
        return false;
    }
    // Four bytes hold a whole character, so a chunk never ends up empty.
    if (!readSource(m_sourcePos, qMax<qsizetype>(bytes, 4), m_chunk))
        return false;
    if (m_invalidAt >= 0 && m_sourcePos + m_chunk.size() > m_invalidAt)
        m_chunk.truncate(m_invalidAt - m_sourcePos); // whole characters before it
    else if (!m_windows1252 && !m_utf16 && m_sourcePos + m_chunk.size() < m_totalBytes)
        m_chunk.truncate(m_chunk.size() - incompleteTail(m_chunk));
    m_sourcePos += m_chunk.size();
    m_sourceDone = m_sourcePos >= m_totalBytes;
    if (m_utf16) {
        m_text += m_utf16Decoder.decode(m_chunk);
    } else if (m_windows1252) {
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

void CsvReader::failOnInvalidByte()
{
    // The window holds the text from the record being parsed up to the byte:
    // its row, the cell the byte is in and the cell's text before it.
    int line = m_line;
    int row = m_line;
    int column = 1;
    qsizetype cellStart = m_pos;
    bool quoted = false;
    const QChar sep = m_separator;
    for (qsizetype i = m_pos; i < m_text.size(); ++i) {
        const QChar c = m_text.at(i);
        const bool lineEnd =
            c == u'\n' || (c == u'\r' && (i + 1 >= m_text.size() || m_text.at(i + 1) != u'\n'));
        if (c == u'"') {
            quoted = !quoted;
        } else if (lineEnd) {
            ++line;
            if (!quoted) {
                row = line;
                column = 1;
                cellStart = i + 1;
            }
        } else if (!quoted && c == sep) {
            ++column;
            cellStart = i + 1;
        }
    }
    QString before = m_text.mid(cellStart);
    if (before.startsWith(u'"'))
        before = before.mid(1).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    if (before.size() > 40)
        before = QChar(0x2026) + before.right(39);
    const QString where = column <= m_header.size() && !m_header.at(column - 1).isEmpty()
                              ? Text::tr("column “%1”").arg(m_header.at(column - 1))
                              : Text::tr("column %1").arg(column);
    const QString byte =
        QStringLiteral("0x") +
        QStringLiteral("%1").arg(uint(m_invalidByte), 2, 16, QLatin1Char('0')).toUpper();
    m_errorRow = row;
    m_errorReason =
        before.isEmpty()
            ? Text::tr("%1: the byte %2 at the start of the cell is not UTF-8, unlike the rest "
                       "of the file; type this character again or save the file as UTF-8")
                  .arg(where, byte)
            : Text::tr("%1: the byte %2 after “%3” is not UTF-8, unlike the rest of the file; "
                       "type this character again or save the file as UTF-8")
                  .arg(where, byte, before);
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
            if (m_width < 0) {
                m_width = int(fields.size());
                m_header = fields;
            }
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
