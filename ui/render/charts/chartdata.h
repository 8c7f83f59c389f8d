#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

struct Progress;

// The numbers a chart draws, as a table: what "Show the data" displays and copies, so
// that a chart can be read without seeing it.
struct ChartData
{
    QStringList headers;
    QVector<QStringList> rows;

    // Tab-separated lines, the header first: what a spreadsheet pastes as cells.
    QString toTabSeparated() const;
};

namespace Charts {

ChartData burnUpData(const Progress &progress);
ChartData quarterData(const Progress &progress);
ChartData ministryData(const Progress &progress);
ChartData delayData(const Progress &progress);

} // namespace Charts
