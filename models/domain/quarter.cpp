#include "quarter.h"

#include "textfold.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <optional>

namespace {

constexpr int MinYear = 1900;
constexpr int MaxYear = 2999;

bool validYear(int y)
{
    return y >= MinYear && y <= MaxYear;
}

// Messages in one translation context that lupdate sees.
struct QuarterText
{
    Q_DECLARE_TR_FUNCTIONS(Quarter)
};

// The notations of nearly every cell ("T3 2021", "Q3 2021", "2021 T3",
// "2021-Q3"), read without the cascade of patterns below; anything else, and
// anything invalid, is left to it, which reads these the same way.
Quarter parseCommon(const QString &text)
{
    if (text.size() != 7)
        return {};
    const auto digit = [&](int i) {
        const char16_t c = text.at(i).unicode();
        return c >= u'0' && c <= u'9' ? int(c - u'0') : -1;
    };
    const auto letter = [&](int i) {
        const char16_t c = text.at(i).unicode();
        return c == u'T' || c == u't' || c == u'Q' || c == u'q';
    };
    const auto year = [&](int i) {
        int y = 0;
        for (int k = i; k < i + 4; ++k) {
            const int d = digit(k);
            if (d < 0)
                return -1;
            y = y * 10 + d;
        }
        return y;
    };
    // T3 2021
    if (letter(0) && text.at(2) == QLatin1Char(' ') && digit(1) >= 1 && digit(1) <= 4)
        return Quarter(year(3), digit(1));
    // 2021 T3, 2021-Q3
    if ((text.at(4) == QLatin1Char(' ') || text.at(4) == QLatin1Char('-')) && letter(5) &&
        digit(6) >= 1 && digit(6) <= 4)
        return Quarter(year(0), digit(6));
    return {};
}

// The patterns below work on folded text: lower case, no accents. Each
// family returns nullopt when none of its patterns matches; a match decides,
// even on an invalid quarter ("T3 1850").
using Match = std::optional<Quarter>;

Quarter make(const QString &year, int quarter)
{
    return Quarter(year.toInt(), quarter);
}

// "T3 2021", "trimestre 3 2021", "2021-Q3", "3e trimestre 2021"...
Match parseQuarterWords(const QString &text)
{
    static const QRegularExpression quarterFirst(
        QStringLiteral(R"(^(?:t|q|trim\.?|trimestre)\s*-?\s*([1-4])\s*[-/ ]?\s*(\d{4})$)"));
    static const QRegularExpression yearFirst(
        QStringLiteral(R"(^(\d{4})\s*[-/ ]?\s*(?:t|q)\s*-?\s*([1-4])$)"));
    static const QRegularExpression ordinal(QStringLiteral(
        R"(^([1-4])\s*(?:e|er|eme|re|nd|d|st|th|rd)?\s+trimestre\s*(?:de\s+)?(\d{4})$)"));
    QRegularExpressionMatch m;
    if ((m = quarterFirst.match(text)).hasMatch())
        return make(m.captured(2), m.captured(1).toInt());
    if ((m = yearFirst.match(text)).hasMatch())
        return make(m.captured(1), m.captured(2).toInt());
    if ((m = ordinal.match(text)).hasMatch())
        return make(m.captured(2), m.captured(1).toInt());
    return std::nullopt;
}

// A half-year is read as its last quarter: "S1 2021" is T2 2021.
Match parseSemesterWords(const QString &text)
{
    static const QRegularExpression semester(
        QStringLiteral(R"(^(?:s|semestre\s*)([12])\s*[-/ ]?\s*(\d{4})$)"));
    static const QRegularExpression semesterYearFirst(
        QStringLiteral(R"(^(\d{4})\s*[-/ ]?\s*s([12])$)"));
    static const QRegularExpression ordinalSemester(
        QStringLiteral(R"(^([12])\s*(?:e|er|eme|re|nd|d|st)?\s+semestre\s*(?:de\s+)?(\d{4})$)"));
    QRegularExpressionMatch m;
    if ((m = semester.match(text)).hasMatch())
        return make(m.captured(2), m.captured(1).toInt() * 2);
    if ((m = semesterYearFirst.match(text)).hasMatch())
        return make(m.captured(1), m.captured(2).toInt() * 2);
    if ((m = ordinalSemester.match(text)).hasMatch())
        return make(m.captured(2), m.captured(1).toInt() * 2);
    return std::nullopt;
}

// "2021", "fin 2021", "mi-2021", "début 2021".
Match parseYearWords(const QString &text)
{
    static const QRegularExpression yearOnly(QStringLiteral(R"(^(\d{4})$)"));
    static const QRegularExpression endOfYear(
        QStringLiteral(R"(^(?:fin|fin d'annee|fin de l'annee|fin annee)\s*-?\s*(\d{4})$)"));
    static const QRegularExpression midYear(
        QStringLiteral(R"(^(?:mi|milieu)\s*-?\s*(?:annee\s*)?(\d{4})$)"));
    static const QRegularExpression startOfYear(QStringLiteral(R"(^(?:debut)\s*-?\s*(\d{4})$)"));
    QRegularExpressionMatch m;
    if ((m = yearOnly.match(text)).hasMatch())
        return make(m.captured(1), 4);
    if ((m = endOfYear.match(text)).hasMatch())
        return make(m.captured(1), 4);
    if ((m = midYear.match(text)).hasMatch())
        return make(m.captured(1), 2);
    if ((m = startOfYear.match(text)).hasMatch())
        return make(m.captured(1), 1);
    return std::nullopt;
}

// A date's quarter: "20/09/2021", "2021-09-20" (a time after it allowed).
Match parseDateWords(const QString &text)
{
    static const QRegularExpression frenchDate(
        QStringLiteral(R"(^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$)"));
    static const QRegularExpression isoDate(
        QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][0-9:.]+z?)?$)"));
    QRegularExpressionMatch m;
    if ((m = frenchDate.match(text)).hasMatch())
        return Quarter::fromDate(
            QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt()));
    if ((m = isoDate.match(text)).hasMatch())
        return Quarter::fromDate(
            QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    return std::nullopt;
}

} // namespace

Quarter::Quarter(int year, int quarter)
{
    if (validYear(year) && quarter >= 1 && quarter <= 4) {
        m_year = year;
        m_quarter = quarter;
    }
}

Quarter Quarter::fromDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return Quarter(date.year(), (date.month() - 1) / 3 + 1);
}

Quarter Quarter::fromKey(int key)
{
    if (key < 0)
        return {};
    return Quarter(key / 4, key % 4 + 1);
}

QDate Quarter::firstDay() const
{
    return isValid() ? QDate(m_year, (m_quarter - 1) * 3 + 1, 1) : QDate();
}

QDate Quarter::lastDay() const
{
    return isValid() ? firstDay().addMonths(3).addDays(-1) : QDate();
}

Quarter Quarter::addQuarters(int n) const
{
    return isValid() ? fromKey(key() + n) : Quarter();
}

QString Quarter::machineForm() const
{
    return isValid() ? QStringLiteral("%1-Q%2").arg(m_year).arg(m_quarter) : QString();
}

QString Quarter::display() const
{
    return display(QLocale());
}

QString Quarter::display(const QLocale &locale) const
{
    if (!isValid())
        return QString();
    const bool french = locale.language() == QLocale::French;
    return QStringLiteral("%1%2 %3")
        .arg(french ? QLatin1Char('T') : QLatin1Char('Q'))
        .arg(m_quarter)
        .arg(m_year);
}

Quarter Quarter::parse(const QString &input, QString *error)
{
    const Quarter common = parseCommon(input);
    if (common.isValid()) {
        if (error)
            error->clear();
        return common;
    }
    const QString text = TextFold::fold(input).simplified();
    if (error)
        error->clear();
    if (text.isEmpty())
        return {};

    Match match = parseQuarterWords(text);
    if (!match)
        match = parseSemesterWords(text);
    if (!match)
        match = parseYearWords(text);
    if (!match)
        match = parseDateWords(text);
    const Quarter result = match.value_or(Quarter());
    if (!result.isValid() && error)
        *error =
            QuarterText::tr("“%1” is not a quarter (expected e.g. “T3 2021”)").arg(input.trimmed());
    return result;
}
