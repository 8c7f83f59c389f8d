#include "chartdata.h"

#include "chartpalette.h"
#include "progress.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

// The series names of the charts themselves, in their translation contexts.
struct BurnUpText
{
    Q_DECLARE_TR_FUNCTIONS(BurnUpChart)
};
struct QuarterText
{
    Q_DECLARE_TR_FUNCTIONS(QuarterChart)
};
struct DelayText
{
    Q_DECLARE_TR_FUNCTIONS(DelayChart)
};
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChartData)
};

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

QString ChartData::toTabSeparated() const
{
    QStringList lines{headers.join(QLatin1Char('\t'))};
    for (const QStringList &row : rows)
        lines << row.join(QLatin1Char('\t'));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

namespace Charts {

ChartData burnUpData(const Progress &p)
{
    ChartData data;
    data.headers = {BurnUpText::tr("Quarter"), BurnUpText::tr("Announced (cumulative)"),
                    BurnUpText::tr("Opened (cumulative)")};
    for (const QuarterProgress &q : p.byQuarter)
        data.rows.append(
            {q.quarter.display(), number(q.cumulativeAnnounced), number(q.cumulativeEffective)});
    return data;
}

ChartData quarterData(const Progress &p)
{
    ChartData data;
    data.headers = {QuarterText::tr("Quarter"), QuarterText::tr("Announced for the quarter"),
                    QuarterText::tr("Opened in the quarter")};
    for (const QuarterProgress &q : p.byQuarter)
        data.rows.append({q.quarter.display(), number(q.announced), number(q.effective)});
    return data;
}

ChartData ministryData(const Progress &p)
{
    ChartData data;
    data.headers << Text::tr("Ministry");
    for (ProgressState state : ChartPalette::barStates())
        data.headers << ChartPalette::label(state);
    data.headers << Text::tr("Announced");
    for (const MinistryProgress &m : p.byMinistry) {
        QStringList row{m.ministry};
        for (ProgressState state : ChartPalette::barStates())
            row << number(ChartPalette::count(m.counts, state));
        row << number(m.counts.announced);
        data.rows.append(row);
    }
    return data;
}

ChartData delayData(const Progress &p)
{
    ChartData data;
    data.headers = {Text::tr("Slip (quarters)"), DelayText::tr("On time or early"),
                    DelayText::tr("Late")};
    for (auto it = p.slipHistogram.cbegin(); it != p.slipHistogram.cend(); ++it)
        data.rows.append({number(it.key()), number(it.key() <= 0 ? it.value() : 0),
                          number(it.key() > 0 ? it.value() : 0)});
    return data;
}

} // namespace Charts
