#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>

// A calendar quarter (year, 1..4): the unit in which ministries announce openings.
class Quarter
{
public:
    Quarter() = default;
    Quarter(int year, int quarter);

    static Quarter fromDate(const QDate &date);
    // Inverse of key(); an invalid key gives an invalid quarter.
    static Quarter fromKey(int key);
    // Parses every notation of the published tables ("T3 2021", "2021-T3",
    // "Q3 2021", "3e trimestre 2021", "S2 2021", "2022", "fin 2021", "mi-2022",
    // "15/09/2021", "2021-09-15", machine form "2021-Q3"). Empty text gives an
    // invalid quarter and no error; unreadable text sets *error quoting it.
    static Quarter parse(const QString &text, QString *error = nullptr);

    bool isValid() const { return m_year > 0; }
    int year() const { return m_year; }
    int quarter() const { return m_quarter; }

    // A single integer that orders like the quarter (year * 4 + quarter - 1),
    // used as the stored form in the database.
    int key() const { return isValid() ? m_year * 4 + m_quarter - 1 : -1; }

    QDate firstDay() const;
    QDate lastDay() const;

    Quarter addQuarters(int n) const;
    // Number of quarters from other to this (this - other).
    int quartersSince(const Quarter &other) const { return key() - other.key(); }

    // "2021-Q3": stable, language independent.
    QString machineForm() const;
    // "T3 2021" in French, "Q3 2021" in English; follows the application language.
    QString display() const;
    QString display(const QLocale &locale) const;

    friend bool operator==(const Quarter &a, const Quarter &b)
    {
        return a.m_year == b.m_year && a.m_quarter == b.m_quarter;
    }
    friend bool operator!=(const Quarter &a, const Quarter &b) { return !(a == b); }
    friend bool operator<(const Quarter &a, const Quarter &b) { return a.key() < b.key(); }
    friend bool operator<=(const Quarter &a, const Quarter &b) { return a.key() <= b.key(); }
    friend bool operator>(const Quarter &a, const Quarter &b) { return a.key() > b.key(); }
    friend bool operator>=(const Quarter &a, const Quarter &b) { return a.key() >= b.key(); }

private:
    int m_year = 0;
    int m_quarter = 0;
};

Q_DECLARE_METATYPE(Quarter)
