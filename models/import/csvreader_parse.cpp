// CsvReader: the RFC 4180 record parser, over the decoded window of text.
//
// The hot loop of an import: the helpers below live in this translation unit
// and are inlined into CsvReader::parse, so the split costs nothing per field.
#include "csvreader.h"

#include <QCoreApplication>

#include <cstring>
#include <utility>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

// How a piece of a record was read: whole, cut short by the end of a window
// that more text may extend, or a quoted field the data never closes.
enum class Scan { Done, NeedMore, Unclosed };

// The window of text being parsed and a cursor in it. The reader itself moves
// only once a whole record is read, so a NeedMore leaves it as it was.
struct Window
{
    const QChar *data;
    qsizetype size;
    bool final; // no more text will come
    char16_t sep;
    qsizetype pos;
    int line;

    char16_t at(qsizetype i) const { return data[i].unicode(); }
    // The character after i decides what i means, and it may still come.
    bool undecided(qsizetype i) const { return i + 1 >= size && !final; }
};

// Writes the fields of a record over those of the previous record when no
// one else holds them (the cells a parser only reads): no allocation then.
class FieldSink
{
public:
    explicit FieldSink(QStringList &fields) : m_fields(fields) {}

    void put(QString &&value)
    {
        if (m_count < m_fields.size())
            m_fields[m_count] = std::move(value);
        else
            m_fields.append(std::move(value));
        ++m_count;
    }

    Q_ALWAYS_INLINE void putText(const QChar *text, qsizetype size)
    {
        if (m_count < m_fields.size() && m_fields.at(m_count).isDetached() &&
            m_fields.at(m_count).capacity() >= size) {
            QString &field = m_fields[m_count];
            field.resize(size);
            memcpy(static_cast<void *>(field.data()), text, size_t(size) * sizeof(QChar));
            ++m_count;
        } else {
            put(QString(text, size));
        }
    }

    void finish() { m_fields.resize(m_count); }

private:
    QStringList &m_fields;
    int m_count = 0;
};

// Blank lines carry nothing; skipping them also drops the trailing one.
inline Scan skipBlankLines(Window &w)
{
    while (w.pos < w.size) {
        const char16_t c = w.at(w.pos);
        if (c == u'\n') {
            ++w.line;
            ++w.pos;
        } else if (c == u'\r') {
            if (w.undecided(w.pos))
                return Scan::NeedMore;
            ++w.line;
            ++w.pos;
            if (w.pos < w.size && w.at(w.pos) == u'\n')
                ++w.pos;
        } else {
            break;
        }
    }
    return Scan::Done;
}

// Text after the closing quote is kept as is, as spreadsheets do.
inline Scan readAfterQuote(Window &w, QString &value)
{
    const qsizetype rest = w.pos;
    qsizetype pos = rest;
    while (pos < w.size) {
        const char16_t c = w.at(pos);
        if (c == w.sep || c == u'\n' || c == u'\r')
            break;
        ++pos;
    }
    if (pos >= w.size && !w.final)
        return Scan::NeedMore;
    if (pos > rest)
        value.append(w.data + rest, pos - rest);
    w.pos = pos;
    return Scan::Done;
}

// A quoted field from its opening quote. Unclosed leaves the window at its
// end and w.line at the line where the quote opened, for the message.
inline Scan readQuoted(Window &w, QString &value)
{
    const int openedAt = w.line;
    qsizetype pos = w.pos + 1;
    int line = w.line;
    qsizetype chunk = pos;
    for (;;) {
        if (pos >= w.size) {
            if (!w.final)
                return Scan::NeedMore;
            w.pos = w.size;
            w.line = openedAt;
            return Scan::Unclosed;
        }
        const char16_t c = w.at(pos);
        if (c > u'"') { // neither a quote nor a line end
            ++pos;
            continue;
        }
        if (c == u'"') {
            if (w.undecided(pos))
                return Scan::NeedMore;
            value.append(w.data + chunk, pos - chunk);
            if (pos + 1 < w.size && w.at(pos + 1) == u'"') {
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
            if (w.undecided(pos))
                return Scan::NeedMore;
            // A line break inside a cell is kept as LF, however the file ends its lines.
            value.append(w.data + chunk, pos - chunk);
            if (pos + 1 < w.size && w.at(pos + 1) == u'\n') {
                chunk = pos + 1;
            } else {
                value.append(QLatin1Char('\n'));
                chunk = pos + 1;
                ++line;
            }
        }
        ++pos;
    }
    w.pos = pos;
    w.line = line;
    return readAfterQuote(w, value);
}

// An unquoted field, up to the next separator or line end.
Q_ALWAYS_INLINE Scan readPlain(Window &w, FieldSink &sink)
{
    const qsizetype start = w.pos;
    qsizetype pos = start;
    const qsizetype size = w.size;
    const char16_t sep = w.sep;
    while (pos < size) {
        const char16_t c = w.at(pos);
        // Separators and line ends all come before '<': letters skip the tests.
        if (c > u';') {
            ++pos;
            continue;
        }
        if (c == sep || c == u'\n' || c == u'\r')
            break;
        ++pos;
    }
    if (pos >= size && !w.final)
        return Scan::NeedMore;
    sink.putText(w.data + start, pos - start);
    w.pos = pos;
    return Scan::Done;
}

// What follows a field: a separator (*more set) or the end of the record.
inline Scan readFieldEnd(Window &w, bool *more)
{
    *more = false;
    if (w.pos >= w.size)
        return Scan::Done;
    const char16_t c = w.at(w.pos);
    ++w.pos;
    if (c == w.sep) {
        *more = true;
        return Scan::Done;
    }
    ++w.line;
    if (c == u'\r') {
        if (w.pos >= w.size && !w.final)
            return Scan::NeedMore;
        if (w.pos < w.size && w.at(w.pos) == u'\n')
            ++w.pos;
    }
    return Scan::Done;
}

} // namespace

// One record from m_pos. Until the source is done, reaching the end of the
// window (or a CR or quote whose meaning depends on the next character)
// asks for more text and leaves the reader as it was.
CsvReader::Parsed CsvReader::parse(QStringList &fields, int &row)
{
    Window w{m_text.constData(), m_text.size(), m_sourceDone, m_separator.unicode(), m_pos, m_line};
    if (skipBlankLines(w) == Scan::NeedMore)
        return Parsed::NeedMore;
    if (w.pos >= w.size) {
        if (!w.final)
            return Parsed::NeedMore;
        m_pos = w.pos;
        m_line = w.line;
        return Parsed::End;
    }
    row = w.line;

    FieldSink sink(fields);
    for (bool more = true; more;) {
        Scan scan;
        if (w.pos < w.size && w.at(w.pos) == u'"') {
            QString value;
            scan = readQuoted(w, value);
            if (scan == Scan::Done)
                sink.put(std::move(value));
        } else {
            scan = readPlain(w, sink);
        }
        if (scan == Scan::Done)
            scan = readFieldEnd(w, &more);
        if (scan == Scan::NeedMore)
            return Parsed::NeedMore;
        if (scan == Scan::Unclosed) {
            m_errorRow = w.line;
            m_errorReason = Text::tr("a quoted field is never closed (missing \")");
            m_pos = w.pos;
            return Parsed::Failed;
        }
    }
    sink.finish();
    m_pos = w.pos;
    m_line = w.line;
    return Parsed::Record;
}
