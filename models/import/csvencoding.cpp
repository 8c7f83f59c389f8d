#include "csvencoding.h"

#include <QVector>
#include <QtEndian>

namespace CsvEncoding {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F; its five undefined
// bytes are kept as the C1 controls of the same value, as ICU does.
const char16_t windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

} // namespace

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

namespace {

bool isContinuation(uchar b)
{
    return (b & 0xC0) == 0x80;
}

} // namespace

qsizetype checkUtf8(const char *bytes, qsizetype size, bool final)
{
    bool invalid = false;
    qint64 multibyte = 0;
    const qsizetype checked = validUtf8Prefix(bytes, size, final, &invalid, &multibyte);
    return invalid ? -1 : checked;
}

namespace {

// What a UTF-8 lead byte announces: the sequence's length (0: not a lead byte) and
// the allowed range of its second byte (no overlong form, surrogate or code point
// past U+10FFFF).
struct LeadByte
{
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
};

inline LeadByte leadByte(uchar b)
{
    LeadByte lead;
    if (b < 0xC2 || b >= 0xF5)
        return lead;
    if (b < 0xE0) {
        lead.length = 2;
    } else if (b < 0xF0) {
        lead.length = 3;
        if (b == 0xE0)
            lead.low = 0xA0; // overlong
        else if (b == 0xED)
            lead.high = 0x9F; // surrogates
    } else {
        lead.length = 4;
        if (b == 0xF0)
            lead.low = 0x90; // overlong
        else if (b == 0xF4)
            lead.high = 0x8F; // past U+10FFFF
    }
    return lead;
}

} // namespace

qsizetype validUtf8Prefix(const char *bytes, qsizetype size, bool final, bool *invalid,
                          qint64 *multibyte)
{
    *invalid = false;
    const auto stop = [invalid](qsizetype at) {
        *invalid = true;
        return at;
    };
    const auto *p = reinterpret_cast<const uchar *>(bytes);
    constexpr quint64 highBits = 0x8080808080808080ULL;
    qsizetype i = 0;
    while (i < size) {
        // ASCII runs, eight bytes at a time; the first other byte is found
        // from the word's high bits.
        if (i + 8 <= size) {
            const quint64 high = qFromLittleEndian<quint64>(p + i) & highBits;
            if (high == 0) {
                i += 8;
                continue;
            }
            i += qCountTrailingZeroBits(high) / 8;
        } else if (p[i] < 0x80) {
            ++i;
            continue;
        }
        const uchar b = p[i];
        // Two-byte characters (accented Latin letters) first: most of French text.
        if (b >= 0xC2 && b < 0xE0 && i + 1 < size) {
            if (!isContinuation(p[i + 1]))
                return stop(i);
            i += 2;
            ++*multibyte;
            continue;
        }
        const LeadByte lead = leadByte(b);
        if (lead.length == 0)
            return stop(i);
        const qsizetype available = size - i - 1;
        for (int k = 1; k < lead.length; ++k) {
            if (k > available)
                return final ? stop(i) : i; // ends inside a sequence
            const uchar c = p[i + k];
            if (k == 1 ? (c < lead.low || c > lead.high) : !isContinuation(c))
                return stop(i);
        }
        i += lead.length;
        ++*multibyte;
    }
    return size;
}

void Utf8Survey::add(const char *bytes, qsizetype size, bool final, qint64 offset,
                     qsizetype *consumed)
{
    qsizetype pos = 0;
    for (;;) {
        bool invalid = false;
        pos += validUtf8Prefix(bytes + pos, size - pos, final, &invalid, &multibyte);
        if (!invalid)
            break;
        if (firstInvalid < 0)
            firstInvalid = offset + pos;
        ++this->invalid;
        ++pos; // the next byte may start a valid sequence
    }
    *consumed = pos;
}

qsizetype incompleteTail(const QByteArray &chunk)
{
    const auto *p = reinterpret_cast<const uchar *>(chunk.constData());
    const qsizetype size = chunk.size();
    qsizetype lead = size - 1;
    while (lead >= 0 && lead > size - 4 && isContinuation(p[lead]))
        --lead;
    if (lead < 0)
        return 0;
    const uchar b = p[lead];
    const qsizetype length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    return length > size - lead ? size - lead : 0;
}

std::optional<Utf16Order> guessUtf16(const QByteArray &head)
{
    // In UTF-16 text, ASCII and Latin-1 characters have one NUL byte, always
    // on the same side: at odd offsets in LE, at even ones in BE.
    const qsizetype pairs = head.size() / 2;
    if (pairs < 2)
        return std::nullopt;
    qsizetype even = 0, odd = 0;
    for (qsizetype i = 0; i + 1 < head.size(); i += 2) {
        even += head.at(i) == '\0';
        odd += head.at(i + 1) == '\0';
    }
    if (odd * 2 >= pairs && even * 10 <= odd)
        return Utf16Order::LittleEndian;
    if (even * 2 >= pairs && odd * 10 <= even)
        return Utf16Order::BigEndian;
    return std::nullopt;
}

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

} // namespace CsvEncoding
