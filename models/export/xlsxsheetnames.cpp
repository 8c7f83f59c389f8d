#include "xlsxsheetnames.h"

#include <QRegularExpression>

namespace {

// Cuts text to at most n UTF-16 units without splitting a surrogate pair.
QString cut(const QString &text, int n)
{
    if (text.size() <= n)
        return text;
    if (n > 0 && text.at(n - 1).isHighSurrogate())
        --n;
    return text.left(n);
}

bool isTaken(const QString &name, const QStringList &taken)
{
    const QString folded = name.toCaseFolded();
    for (const QString &t : taken)
        if (t.toCaseFolded() == folded)
            return true;
    return false;
}

// Words that cannot end a shortened name ("Économie, des Finances et de la").
bool isDangling(const QString &word)
{
    static const QStringList words = {
        QStringLiteral("de"),   QStringLiteral("la"), QStringLiteral("le"), QStringLiteral("les"),
        QStringLiteral("des"),  QStringLiteral("du"), QStringLiteral("et"), QStringLiteral("à"),
        QStringLiteral("aux"),  QStringLiteral("au"), QStringLiteral("en"), QStringLiteral("pour"),
        QStringLiteral("avec"), QStringLiteral("sur")};
    const QString w = word.toLower();
    // A lone "l'" or "d'" too (a word cut short was dropped already).
    if (w.size() == 2 && (w.at(1) == QLatin1Char('\'') || w.at(1) == QChar(0x2019)))
        return true;
    return words.contains(w);
}

// Forbidden and control characters replaced, spaces collapsed, no cut.
QString clean(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            continue;
        switch (c.unicode()) {
        case '[':
        case ']':
        case ':':
        case '*':
        case '?':
        case '/':
        case '\\':
            out += QLatin1Char(' ');
            break;
        default:
            out += c;
        }
    }
    return out.simplified();
}

// Excel refuses a name that begins or ends with an apostrophe.
QString trimApostrophes(QString name)
{
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    return name.trimmed();
}

} // namespace

namespace XlsxSheetNames {

QString sanitize(const QString &name)
{
    return trimApostrophes(cut(trimApostrophes(clean(name)), maxLength).trimmed());
}

QString forMinistry(const QString &ministry, const QString &fallback)
{
    // "Ministère" and what links it to the name: "de l'", "d'", "de la",
    // "des", "du", "de", or nothing. Elided forms first: "de" would match them.
    static const QRegularExpression prefix(
        QStringLiteral("^minist[eè]re(\\s+de\\s+[ld]['’]\\s*|\\s+d['’]\\s*|"
                       "\\s+(de\\s+la|des|du|de)(\\s+|$)|\\s+|$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString name = trimApostrophes(clean(ministry));
    const int before = int(name.size());
    name.remove(prefix);
    // What follows "Ministère de la" starts a name: capitalised ("mer" gives "Mer").
    if (!name.isEmpty() && name.size() < before)
        name[0] = name.at(0).toUpper();
    if (name.size() > maxLength) {
        // Cut at a word rather than mid-word, then drop what cannot end a name.
        const QString head = cut(name, maxLength);
        QStringList words = head.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (name.at(head.size()) != QLatin1Char(' ') && words.size() > 1)
            words.removeLast();
        while (words.size() > 1 && isDangling(words.last()))
            words.removeLast();
        name = words.join(QLatin1Char(' '));
        while (name.endsWith(QLatin1Char(',')) || name.endsWith(QLatin1Char(';')) ||
               name.endsWith(QLatin1Char('-')))
            name.chop(1);
    }
    name = sanitize(name);
    return name.isEmpty() ? sanitize(fallback) : name;
}

QString unique(const QString &name, QStringList *taken)
{
    QString candidate = name;
    for (int n = 2; isTaken(candidate, *taken); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = cut(name, maxLength - int(suffix.size())).trimmed() + suffix;
    }
    taken->append(candidate);
    return candidate;
}

} // namespace XlsxSheetNames
