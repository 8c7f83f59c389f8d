#include "textfold.h"

#include <array>

namespace TextFold {

namespace {

// Folding of one character through Unicode decomposition: base letters
// only, lower case, typographic apostrophes and dashes made plain.
QString foldSlow(QChar c)
{
    QString out;
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
    for (const QChar d : decomposed) {
        switch (d.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        const QChar lower = d.toLower();
        const char16_t u = lower.unicode();
        if (u == u'\u2019' || u == u'\u2018' || u == u'\u02bc' || u == u'`' || u == u'\u00b4')
            out.append(QLatin1Char('\''));
        else if (u == u'\u2013' || u == u'\u2014' || u == u'\u2010' || u == u'\u2011' ||
                 u == u'\u2012')
            out.append(QLatin1Char('-'));
        else if (u == u'\u0153') // œ has no decomposition
            out.append(QLatin1String("oe"));
        else if (u == u'\u00e6')
            out.append(QLatin1String("ae"));
        else if (lower.isSpace())
            out.append(QLatin1Char(' '));
        else
            out.append(lower);
    }
    return out;
}

// The folding of every character up to U+2FFF, computed once: imports fold
// millions of titles, and a table lookup is far cheaper than normalising.
constexpr int TableSize = 0x3000;

const std::array<QString, TableSize> &table()
{
    static const std::array<QString, TableSize> folded = [] {
        std::array<QString, TableSize> t;
        for (int i = 0; i < TableSize; ++i) {
            const QChar c{char16_t(i)};
            t[size_t(i)] = c.isSurrogate() ? QString(c) : foldSlow(c);
        }
        return t;
    }();
    return folded;
}

} // namespace

void appendFold(QString &out, QStringView text)
{
    const auto &folded = table();
    // Written through a pointer: QString::append per character costs more
    // than the folding itself. A character rarely folds to more than one
    // (œ, ligatures, fractions); the buffer grows then.
    const qsizetype start = out.size();
    out.resize(start + text.size());
    QChar *begin = out.data();
    QChar *dst = begin + start;
    QChar *end = begin + out.size();
    bool lastWasSpace = true; // drops leading spaces
    const QChar *src = text.data();
    const QChar *const srcEnd = src + text.size();
    for (; src != srcEnd; ++src) {
        const char16_t u = src->unicode();
        if (u < 0x80) {
            // ASCII: the common case, no lookup.
            if (u > ' ') {
                *dst++ = QChar(char16_t(u - 'A') < 26 ? char16_t(u + 32) : u);
                lastWasSpace = false;
                continue;
            }
            if (u == ' ' || (u >= '\t' && u <= '\r')) {
                if (!lastWasSpace)
                    *dst++ = QLatin1Char(' ');
                lastWasSpace = true;
                continue;
            }
            *dst++ = QChar(u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u);
            lastWasSpace = false;
            continue;
        }
        const QString slow = u < TableSize ? QString() : foldSlow(*src);
        const QString &f = u < TableSize ? folded[u] : slow;
        // Room for this folding and one character for each one left.
        const qsizetype needed = f.size() + (srcEnd - src - 1);
        if (end - dst < needed) {
            const qsizetype used = dst - begin;
            out.resize(used + needed + 16);
            begin = out.data();
            dst = begin + used;
            end = begin + out.size();
        }
        for (const QChar d : f) {
            if (d == QLatin1Char(' ')) {
                if (!lastWasSpace)
                    *dst++ = d;
                lastWasSpace = true;
            } else {
                *dst++ = d;
                lastWasSpace = false;
            }
        }
    }
    if (dst != begin + start && dst[-1] == QLatin1Char(' '))
        --dst;
    out.truncate(dst - begin);
}

QString fold(const QString &text)
{
    QString out;
    // Empty, not null, as callers have always had it.
    out.reserve(text.size());
    appendFold(out, text);
    return out;
}

} // namespace TextFold
