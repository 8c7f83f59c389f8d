#include "chartsupport.h"

#include "chartpalette.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>
#include <QValueAxis>

#include <cmath>

namespace ChartSupport {

namespace {

// The step of a count axis: 1, 2, 2.5 or 5 times a power of ten, for five to eight
// intervals, so the axis ends close above the largest value.
double niceStep(double max)
{
    if (max <= 6)
        return 1;
    const double raw = max / 6;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const double step = f * magnitude;
        // Counts are whole: no step of 2.5 below 10.
        if (raw <= step && (step >= 1 && std::floor(step) == step))
            return step;
    }
    return 10 * magnitude;
}

} // namespace

QValueAxis *countAxis(double max, const QString &title, const ChartOptions &options)
{
    auto *axis = new QValueAxis;
    const double step = niceStep(std::max(max, 1.0));
    const double top = std::max(1.0, std::ceil(std::max(max, 1.0) / step)) * step;
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(int(std::lround(top / step)) + 1);
    axis->setMinorTickCount(0);
    // "%.0f": the only integer form Qt Charts localizes (digit grouping of the locale).
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(title);
    styleAxis(axis, options);
    return axis;
}

void styleAxis(QAbstractAxis *axis, const ChartOptions &options)
{
    axis->setLabelsFont(ChartPalette::axisFont(options));
    axis->setLabelsColor(ChartPalette::textColor());
    QFont titleFont = ChartPalette::axisFont(options);
    titleFont.setBold(true);
    axis->setTitleFont(titleFont);
    axis->setTitleBrush(ChartPalette::textColor());
    axis->setGridLineColor(ChartPalette::gridColor());
    axis->setLinePenColor(ChartPalette::gridColor().darker(130));
}

QCategoryAxis *quarterAxis(const QVector<Quarter> &quarters, qreal start, qreal end,
                           const ChartOptions &options)
{
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setStartValue(start);
    const int shown = std::max(1, options.maxQuarterLabels);
    const int step = std::max(1, int(std::ceil(double(quarters.size()) / shown)));
    for (int i = 0; i < quarters.size(); i += step)
        x->append(Charts::quarterLabel(quarters.at(i), options), i);
    x->setRange(start, end);
    x->setGridLineVisible(false);
    styleAxis(x, options);
    return x;
}

ValueLabel::ValueLabel(const QString &text, const QFont &font, QGraphicsItem *parent)
    : QGraphicsObject(parent), m_text(text), m_font(font)
{
    const QFontMetricsF fm(font);
    m_size = QSizeF(fm.horizontalAdvance(text) + 6, fm.height() + 2);
    setZValue(20);
    setVisible(false);
}

QRectF ValueLabel::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size);
}

void ValueLabel::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(ChartPalette::labelPlateColor());
    painter->drawRoundedRect(boundingRect(), 3, 3);
    painter->setFont(m_font);
    painter->setPen(ChartPalette::textColor());
    painter->drawText(boundingRect(), Qt::AlignCenter, m_text);
}

QSizeF ValueLabel::textSize() const
{
    return m_size;
}

void ValueLabel::placeCentred(const QPointF &point)
{
    setPos(point - QPointF(m_size.width() / 2, m_size.height() / 2));
}

void ValueLabel::placeLeft(const QPointF &point)
{
    setPos(point - QPointF(0, m_size.height() / 2));
}

void onLayout(QChart *chart, std::function<void()> layout)
{
    QObject::connect(chart, &QChart::plotAreaChanged, chart,
                     [layout](const QRectF &) { layout(); });
}

namespace {

// A bar label of addBarLabels().
struct Placed
{
    ValueLabel *label;
    int category;
    int set; // -1: the total of the category
};

// Places one label of addBarLabels() at the current layout, and shows it only if it fits.
void placeBarLabel(const Placed &p, QChart *chart, QAbstractBarSeries *series,
                   const QList<QBarSet *> &sets, BarLabelMode mode, double barWidth, int setCount)
{
    auto at = [chart, series](double x, double y) {
        return chart->mapToPosition(QPointF(x, y), series);
    };
    const QRectF plot = chart->plotArea();
    const QSizeF size = p.label->textSize();
    double before = 0; // stacked: sum of the segments before this one
    double total = 0;
    for (int s = 0; s < setCount; ++s) {
        if (p.set >= 0 && s < p.set)
            before += sets.at(s)->at(p.category);
        total += sets.at(s)->at(p.category);
    }
    bool fits = true;
    const double c = p.category;
    switch (mode) {
    case BarLabelMode::StackedHorizontal: {
        const double thickness =
            std::abs(at(0, c + barWidth / 2).y() - at(0, c - barWidth / 2).y());
        if (p.set >= 0) {
            const double v = sets.at(p.set)->at(p.category);
            const QPointF from = at(before, c);
            const QPointF to = at(before + v, c);
            fits = to.x() - from.x() >= size.width() + 2 && thickness + 4 >= size.height();
            p.label->placeCentred((from + to) / 2);
        } else {
            const double row = std::abs(at(0, c + 1).y() - at(0, c).y());
            fits = row + 2 >= size.height();
            p.label->placeLeft(at(total, c) + QPointF(4, 0));
        }
        break;
    }
    case BarLabelMode::StackedVertical:
        p.label->placeCentred(at(c, total) - QPointF(0, size.height() / 2 + 2));
        fits = total > 0;
        break;
    case BarLabelMode::Grouped: {
        const double left = c - barWidth / 2 + barWidth * p.set / setCount;
        const double right = left + barWidth / setCount;
        const double v = sets.at(p.set)->at(p.category);
        const double width = at(right, 0).x() - at(left, 0).x();
        fits = size.width() <= width * 1.3 + 2;
        p.label->placeCentred(at((left + right) / 2, v) - QPointF(0, size.height() / 2 + 2));
        break;
    }
    }
    // Never outside the plot: a label cut by the border would mislead.
    const QRectF box(p.label->pos(), size);
    fits = fits && plot.adjusted(-2, -size.height(), size.width(), 2).contains(box);
    p.label->setVisible(fits);
}

} // namespace

void addBarLabels(QChart *chart, QAbstractBarSeries *series, BarLabelMode mode,
                  const ChartOptions &options)
{
    const QList<QBarSet *> sets = series->barSets();
    if (sets.isEmpty())
        return;
    const int categories = sets.first()->count();
    const QFont font = ChartPalette::labelFont(options);
    const QLocale locale = options.locale;
    auto text = [&locale](double v) { return locale.toString(qint64(std::llround(v))); };

    // One label per segment (or bar) and one per total, made once and placed at each layout.
    QVector<Placed> labels;
    for (int c = 0; c < categories; ++c) {
        double total = 0;
        for (int s = 0; s < sets.size(); ++s) {
            const double v = sets.at(s)->at(c);
            total += v;
            if (v > 0 && mode != BarLabelMode::StackedVertical)
                labels.append({new ValueLabel(text(v), font, chart), c, s});
        }
        if (mode != BarLabelMode::Grouped)
            labels.append({new ValueLabel(text(total), font, chart), c, -1});
    }

    const double barWidth = series->barWidth();
    const int setCount = int(sets.size());
    QPointer<QAbstractBarSeries> guard(series);
    onLayout(chart, [chart, guard, sets, labels, mode, barWidth, setCount] {
        if (!guard)
            return;
        QAbstractBarSeries *series = guard;
        for (const Placed &p : labels)
            placeBarLabel(p, chart, series, sets, mode, barWidth, setCount);
    });
}

void addPlotNote(QChart *chart, const QString &text, const ChartOptions &options,
                 Qt::Alignment corner)
{
    QFont font = ChartPalette::axisFont(options);
    auto *note = new ValueLabel(text, font, chart);
    onLayout(chart, [chart, note, corner] {
        const QRectF plot = chart->plotArea();
        const qreal x =
            corner & Qt::AlignLeft ? plot.left() + 6 : plot.right() - note->textSize().width() - 6;
        note->setPos(x, plot.top() + 6);
        note->setVisible(plot.width() > note->textSize().width());
    });
}

} // namespace ChartSupport
