#include "textfold.h"

namespace TextFold {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        const QChar lower = c.toLower();
        const char16_t u = lower.unicode();
        if (u == u'\u2019' || u == u'\u2018' || u == u'\u02bc' || u == u'`')
            out.append(QLatin1Char('\''));
        else if (u == u'\u2013' || u == u'\u2014' || u == u'\u2010' || u == u'\u2011')
            out.append(QLatin1Char('-'));
        else if (u == u'\u0153') // œ has no decomposition
            out.append(QLatin1String("oe"));
        else if (u == u'\u00e6')
            out.append(QLatin1String("ae"));
        else if (c.isSpace())
            out.append(QLatin1Char(' '));
        else
            out.append(lower);
    }
    return out.simplified();
}

} // namespace TextFold
