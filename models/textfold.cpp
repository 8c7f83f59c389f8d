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

QString fold(const QString &text)
{
    const auto &folded = table();
    QString out;
    out.reserve(text.size());
    bool lastWasSpace = true; // drops leading spaces
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            // ASCII: the common case, no lookup.
            if (u == ' ' || (u >= '\t' && u <= '\r')) {
                if (!lastWasSpace)
                    out.append(QLatin1Char(' '));
                lastWasSpace = true;
                continue;
            }
            out.append(u >= 'A' && u <= 'Z' ? QChar(char16_t(u + 32)) : c);
            lastWasSpace = false;
            continue;
        }
        const QString &f = u < TableSize ? folded[u] : foldSlow(c);
        for (const QChar d : f) {
            if (d == QLatin1Char(' ')) {
                if (!lastWasSpace)
                    out.append(d);
                lastWasSpace = true;
            } else {
                out.append(d);
                lastWasSpace = false;
            }
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

} // namespace TextFold
