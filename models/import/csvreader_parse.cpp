// CsvReader: the RFC 4180 record parser, over the decoded window of text.
#include "csvreader.h"

#include <QCoreApplication>

#include <utility>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

} // namespace

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
