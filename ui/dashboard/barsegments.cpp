#include "barsegments.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>

#include <algorithm>

namespace {

// In the chart view's context, where these texts were first translated.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChartView)
};

bool isHorizontal(const QAbstractBarSeries *series)
{
    const auto type = series->type();
    return type == QAbstractSeries::SeriesTypeHorizontalBar ||
           type == QAbstractSeries::SeriesTypeHorizontalStackedBar ||
           type == QAbstractSeries::SeriesTypeHorizontalPercentBar;
}

} // namespace

QString BarSegments::categoryName(QAbstractBarSeries *series, int index)
{
    for (QAbstractAxis *axis : series->attachedAxes())
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->at(index).remove(QChar(0x200B));
    return QString();
}

void BarSegments::collect(QChart *chart)
{
    m_segments.clear();
    for (QAbstractSeries *series : chart->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        if (!bars || bars->barSets().isEmpty())
            continue;
        const QList<QBarSet *> sets = bars->barSets();
        const int categories = int(sets.first()->count());
        // Reading order: a horizontal chart draws its first category at the bottom.
        const bool horizontal = isHorizontal(bars);
        for (int i = 0; i < categories; ++i) {
            const int c = horizontal ? categories - 1 - i : i;
            for (int s = 0; s < sets.size(); ++s)
                if (c < sets.at(s)->count() && sets.at(s)->at(c) > 0)
                    m_segments.append({bars, sets.at(s), s, c});
        }
    }
    if (m_current >= m_segments.size())
        m_current = int(m_segments.size()) - 1;
}

void BarSegments::setCurrent(int segment)
{
    if (!m_segments.isEmpty())
        m_current = std::clamp(segment, 0, int(m_segments.size()) - 1);
}

bool BarSegments::horizontal() const
{
    return !m_segments.isEmpty() && isHorizontal(m_segments.first().series);
}

int BarSegments::across(int step) const
{
    if (!hasCurrent())
        return m_segments.isEmpty() ? -1 : 0;
    const Segment here = m_segments.at(m_current);
    int categories = 0;
    for (const Segment &s : m_segments)
        if (s.series == here.series)
            categories = std::max(categories, s.category + 1);
    for (int c = here.category + step; c >= 0 && c < categories; c += step) {
        int best = -1;
        for (int i = 0; i < m_segments.size(); ++i) {
            const Segment &s = m_segments.at(i);
            if (s.series != here.series || s.category != c)
                continue;
            if (best < 0 || std::abs(s.setIndex - here.setIndex) <
                                std::abs(m_segments.at(best).setIndex - here.setIndex))
                best = i;
        }
        if (best >= 0)
            return best;
    }
    return -1;
}

QString BarSegments::currentText(const ChartOptions &options) const
{
    if (!hasCurrent())
        return QString();
    const Segment &segment = m_segments.at(m_current);
    const ChartSelection s = Charts::selectionAt(segment.set, segment.category);
    QString where;
    if (!s.ministry.isEmpty())
        where = s.ministry;
    else if (s.quarter.isValid())
        where = Charts::quarterLabel(s.quarter, options);
    else
        where = Text::tr("%1 quarter(s)").arg(categoryName(segment.series, segment.category));
    QString label = segment.set->label();
    if (!label.isEmpty() && !s.ministry.isEmpty())
        label[0] = label.at(0).toLower(); // "Ministère de la Culture, en retard : 4"
    return QStringLiteral("%1, %2").arg(
        where, Text::tr("%1: %2").arg(
                   label, options.locale.toString(qint64(segment.set->at(segment.category)))));
}

QRectF BarSegments::currentRect(QChart *chart) const
{
    if (!hasCurrent())
        return QRectF();
    const Segment &segment = m_segments.at(m_current);
    QAbstractBarSeries *series = segment.series;
    const QList<QBarSet *> sets = series->barSets();
    const int c = segment.category;
    const bool stacked = series->type() == QAbstractSeries::SeriesTypeStackedBar ||
                         series->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar;
    const qreal width = series->barWidth();
    qreal from = c - width / 2;
    qreal to = c + width / 2;
    qreal low = 0;
    if (stacked) {
        for (int s = 0; s < segment.setIndex; ++s)
            low += sets.at(s)->at(c);
    } else {
        const qreal each = width / std::max<qsizetype>(1, sets.size());
        from += segment.setIndex * each;
        to = from + each;
    }
    const qreal high = low + segment.set->at(c);
    const bool horizontal = isHorizontal(series);
    const QPointF a = horizontal ? QPointF(low, from) : QPointF(from, low);
    const QPointF b = horizontal ? QPointF(high, to) : QPointF(to, high);
    return QRectF(chart->mapToPosition(a, series), chart->mapToPosition(b, series)).normalized();
}

ChartSelection BarSegments::currentSelection() const
{
    if (!hasCurrent())
        return ChartSelection();
    const Segment &segment = m_segments.at(m_current);
    return Charts::selectionAt(segment.set, segment.category);
}
