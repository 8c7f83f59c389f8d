#include "chartoptions.h"

#include "chartsupport.h"

#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLocale>
#include <QVariant>
#include <QXYSeries>
#include <cmath>

namespace {

// Dynamic properties the builders set on their objects; read back by selectionAt().
const char *const MinistryIdsProperty = "suiviMinistryIds";
const char *const MinistriesProperty = "suiviMinistries";
const char *const QuartersProperty = "suiviQuarters";
const char *const StateProperty = "suiviState";
const char *const RoleProperty = "suiviQuarterRole";
const char *const TitleProperty = "suiviTitle";

// Messages of this file, in the "Charts" translation context (found by lupdate).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Charts)
};

} // namespace

namespace ChartSupport {

void tagSet(QBarSet *set, const Categories &categories, std::optional<ProgressState> state,
            ChartSelection::QuarterRole role)
{
    QVariantList ids;
    for (qint64 id : categories.ministryIds)
        ids.append(id);
    QVariantList quarters;
    for (const Quarter &q : categories.quarters)
        quarters.append(q.key());
    set->setProperty(MinistryIdsProperty, ids);
    set->setProperty(MinistriesProperty, categories.ministries);
    set->setProperty(QuartersProperty, quarters);
    set->setProperty(StateProperty, state ? int(*state) : -1);
    set->setProperty(RoleProperty, int(role));
}

void tagSeries(QXYSeries *series, const QVector<Quarter> &quarters, qint64 ministryId,
               const QString &ministry, ChartSelection::QuarterRole role)
{
    QVariantList keys;
    for (const Quarter &q : quarters)
        keys.append(q.key());
    series->setProperty(QuartersProperty, keys);
    series->setProperty(MinistryIdsProperty,
                        ministryId ? QVariantList{ministryId} : QVariantList());
    series->setProperty(MinistriesProperty, ministryId ? QStringList{ministry} : QStringList());
    series->setProperty(RoleProperty, int(role));
}

void setChartTitle(QChart *chart, const QString &title)
{
    chart->setProperty(TitleProperty, title);
}

} // namespace ChartSupport

namespace Charts {

ChartSelection selectionAt(const QBarSet *set, int index)
{
    ChartSelection s;
    if (!set || index < 0 || index >= set->count() || !set->property(StateProperty).isValid())
        return s;
    const QVariantList ids = set->property(MinistryIdsProperty).toList();
    const QStringList names = set->property(MinistriesProperty).toStringList();
    const QVariantList quarters = set->property(QuartersProperty).toList();
    if (index < ids.size()) {
        s.ministryId = ids.at(index).toLongLong();
        s.ministry = names.value(index);
    }
    if (index < quarters.size())
        s.quarter = Quarter::fromKey(quarters.at(index).toInt());
    const int state = set->property(StateProperty).toInt();
    if (state >= 0)
        s.state = ProgressState(state);
    s.quarterRole = ChartSelection::QuarterRole(set->property(RoleProperty).toInt());
    s.value = set->at(index);
    return s;
}

ChartSelection selectionAtPoint(const QXYSeries *series, const QPointF &point)
{
    ChartSelection s;
    if (!series || !series->property(QuartersProperty).isValid())
        return s;
    const QVariantList quarters = series->property(QuartersProperty).toList();
    const int index = int(std::lround(point.x()));
    if (index < 0 || index >= quarters.size())
        return s;
    s.quarter = Quarter::fromKey(quarters.at(index).toInt());
    const QVariantList ids = series->property(MinistryIdsProperty).toList();
    if (!ids.isEmpty()) {
        s.ministryId = ids.first().toLongLong();
        s.ministry = series->property(MinistriesProperty).toStringList().value(0);
    }
    s.quarterRole = ChartSelection::QuarterRole(series->property(RoleProperty).toInt());
    // The value of the series at that quarter, not where the pointer happens to be.
    const QList<QPointF> points = series->points();
    for (const QPointF &p : points)
        if (int(std::lround(p.x())) == index)
            s.value = p.y();
    return s;
}

QString chartTitle(const QChart *chart)
{
    return chart ? chart->property(TitleProperty).toString() : QString();
}

QString quarterLabel(const Quarter &quarter, const ChartOptions &options)
{
    return quarter.display(options.locale);
}

QString percentText(double ratio)
{
    return Text::tr("%1%").arg(QLocale().toString(std::lround(ratio * 100)));
}

int quarterLabelsFor(qreal width, qreal fontScale)
{
    // "T3 2021" at 12 px is about 50 px wide; the rest is the gap between names and the
    // room the count axis and margins take.
    const qreal usable = width - 90 * fontScale;
    return std::max(2, int(usable / (65 * std::max<qreal>(fontScale, 0.5))));
}

QString shortName(const QString &name, int maxChars)
{
    QString simplified = name.simplified();
    if (maxChars < 4 || simplified.size() <= maxChars)
        return simplified;
    // Nearly every name starts alike: abbreviating the start keeps the part that differs.
    for (const char *prefix : {"Ministère ", "Ministry "}) {
        const QString p = QString::fromUtf8(prefix);
        if (simplified.startsWith(p, Qt::CaseInsensitive)) {
            simplified = QStringLiteral("Min. ") + simplified.mid(p.size());
            break;
        }
    }
    if (simplified.size() <= maxChars)
        return simplified;
    // Cut on the last space that leaves a readable start, else in the middle of a word.
    QString cut = simplified.left(maxChars - 1);
    const int space = cut.lastIndexOf(QLatin1Char(' '));
    if (space >= maxChars / 2)
        cut = cut.left(space);
    while (cut.endsWith(QLatin1Char(',')) || cut.endsWith(QLatin1Char(' ')) ||
           cut.endsWith(QLatin1Char('-')))
        cut.chop(1);
    return cut + QChar(0x2026);
}

} // namespace Charts
