#include "burnupchart.h"

#include "chartpalette.h"
#include "chartsupport.h"
#include "progress.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <cmath>

namespace {

// At most this many quarters are added to reach a reference date outside the data.
constexpr int MaxExtension = 16;

// Messages of this file, in the "BurnUpChart" translation context (found by lupdate).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BurnUpChart)
};

// The cumulative counts of one selection, quarter by quarter.
struct Cumulative
{
    QVector<Quarter> quarters;
    QVector<int> announced;
    QVector<int> effective;
};

// Stretches the quarters to the reference quarter, so its marker is always on the axis:
// before the first quarter nothing was announced yet, after the last one nothing changes.
void extendTo(Cumulative *c, const Quarter &reference)
{
    if (c->quarters.isEmpty() || !reference.isValid())
        return;
    int added = 0;
    while (reference > c->quarters.last() && added++ < MaxExtension) {
        c->quarters.append(c->quarters.last().addQuarters(1));
        c->announced.append(c->announced.last());
        c->effective.append(c->effective.last());
    }
    added = 0;
    while (reference < c->quarters.first() && added++ < MaxExtension) {
        c->quarters.prepend(c->quarters.first().addQuarters(-1));
        c->announced.prepend(0);
        c->effective.prepend(0);
    }
}

QLineSeries *line(const QVector<int> &values)
{
    auto *series = new QLineSeries;
    for (int i = 0; i < values.size(); ++i)
        series->append(i, values.at(i));
    return series;
}

// The cumulated announced (dashed) or opened line, its points tagged for clicks.
QLineSeries *cumulativeLine(const QVector<int> &values, const QVector<Quarter> &quarters,
                            qint64 ministryId, const QString &ministry,
                            ChartSelection::QuarterRole role, qreal scale)
{
    QLineSeries *series = line(values);
    if (role == ChartSelection::QuarterRole::Announced) {
        series->setName(Text::tr("Announced (cumulative)"));
        QPen pen(ChartPalette::announcedColor(), 3 * scale, Qt::DashLine);
        pen.setCapStyle(Qt::FlatCap);
        series->setPen(pen);
    } else {
        series->setName(Text::tr("Opened (cumulative)"));
        series->setPen(QPen(ChartPalette::effectiveColor(), 3 * scale));
    }
    series->setPointsVisible(true);
    series->setMarkerSize(7 * scale);
    ChartSupport::tagSeries(series, quarters, ministryId, ministry, role);
    return series;
}

// The note on the counts at the reference quarter, where the gap is read.
void addReferenceNote(QChart *chart, const Cumulative &c, const Quarter &reference,
                      int referenceIndex, const ChartOptions &options)
{
    if (c.quarters.isEmpty()) {
        ChartSupport::addPlotNote(chart, Text::tr("No openings in this selection"), options);
    } else if (referenceIndex >= 0) {
        const int a = c.announced.at(referenceIndex);
        const int e = c.effective.at(referenceIndex);
        ChartSupport::addPlotNote(
            chart,
            Text::tr("At %1: %2 announced, %3 opened")
                .arg(Charts::quarterLabel(reference, options), options.locale.toString(a),
                     options.locale.toString(e)),
            options, Qt::AlignLeft); // a burn-up rises to the right: the top left is free
    }
}

QChart *build(Cumulative c, const Quarter &reference, const QString &title, qint64 ministryId,
              const QString &ministry, const ChartOptions &options)
{
    extendTo(&c, reference);
    auto *chart = new QChart;
    ChartPalette::applyStyle(chart, title, options);
    const qreal scale = options.fontScale;
    using Role = ChartSelection::QuarterRole;

    // The backlog first, so the lines are drawn over it.
    auto *backlog = new QAreaSeries(line(c.announced), line(c.effective));
    backlog->setName(Text::tr("Backlog"));
    backlog->setPen(Qt::NoPen);
    backlog->setBrush(ChartPalette::backlogColor());
    backlog->setColor(ChartPalette::backlogColor());
    backlog->setBorderColor(Qt::transparent);

    QLineSeries *announced =
        cumulativeLine(c.announced, c.quarters, ministryId, ministry, Role::Announced, scale);
    QLineSeries *effective =
        cumulativeLine(c.effective, c.quarters, ministryId, ministry, Role::Effective, scale);

    int top = 0;
    for (int i = 0; i < c.quarters.size(); ++i)
        top = std::max({top, c.announced.at(i), c.effective.at(i)});
    // Headroom for the last points and the note above them.
    QValueAxis *y = ChartSupport::countAxis(top * 1.15, Text::tr("Openings"), options);

    auto *marker = new QLineSeries;
    const int referenceIndex = int(c.quarters.indexOf(reference));
    marker->setName(Text::tr("Reference quarter"));
    marker->setPen(QPen(ChartPalette::referenceColor(), 2 * scale, Qt::DotLine));
    if (referenceIndex >= 0) {
        marker->append(referenceIndex, 0);
        marker->append(referenceIndex, y->max());
    }

    // Quarter names under their point: every n-th when there are many.
    QCategoryAxis *x = ChartSupport::quarterAxis(
        c.quarters, -0.3, std::max<qreal>(c.quarters.size() - 1, 1) + 0.3, options);
    x->setTitleText(Text::tr("Quarter"));

    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s :
         std::initializer_list<QAbstractSeries *>{backlog, announced, effective, marker}) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    // The brushes again: adding a series applies the theme's.
    backlog->setBrush(ChartPalette::backlogColor());
    backlog->setPen(Qt::NoPen);
    if (referenceIndex < 0)
        marker->setVisible(false);

    addReferenceNote(chart, c, reference, referenceIndex, options);
    return chart;
}

} // namespace

namespace Charts {

QChart *buildBurnUpChart(const Progress &progress, const ChartOptions &options)
{
    Cumulative c;
    for (const QuarterProgress &q : progress.byQuarter) {
        c.quarters.append(q.quarter);
        c.announced.append(q.cumulativeAnnounced);
        c.effective.append(q.cumulativeEffective);
    }
    return build(c, Quarter::fromDate(progress.asOf),
                 Text::tr("Announced and opened, cumulative by quarter"), 0, QString(), options);
}

QChart *buildMinistryBurnUpChart(const Progress &progress, qint64 ministryId,
                                 const ChartOptions &options)
{
    Cumulative c;
    QString name;
    for (const MinistryProgress &m : progress.byMinistry)
        if (m.ministryId == ministryId)
            name = m.ministry;
    QHash<int, std::pair<int, int>> perQuarter; // quarter key -> announced, effective
    for (const MinistryQuarterProgress &mq : progress.byMinistryQuarter) {
        if (mq.ministryId != ministryId)
            continue;
        perQuarter[mq.quarter.key()].first += mq.announced;
        perQuarter[mq.quarter.key()].second += mq.effective;
    }
    int announced = 0;
    int effective = 0;
    for (const QuarterProgress &q : progress.byQuarter) {
        const auto counts = perQuarter.value(q.quarter.key());
        announced += counts.first;
        effective += counts.second;
        c.quarters.append(q.quarter);
        c.announced.append(announced);
        c.effective.append(effective);
    }
    return build(c, Quarter::fromDate(progress.asOf),
                 Text::tr("%1: announced and opened, cumulative").arg(name), ministryId, name,
                 options);
}

} // namespace Charts
