#pragma once

#include "charts/chartoptions.h"

#include <QList>
#include <QRectF>
#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QBarSet;
class QChart;
QT_END_NAMESPACE

// The bar segments of a chart in reading order, and which one the keyboard is on:
// what a ChartView's arrow keys move through, say and select.
class BarSegments
{
public:
    // The category name of a bar, as the axis shows it (the delay chart's slip).
    static QString categoryName(QAbstractBarSeries *series, int index);

    // Reads the segments (non-empty bars) of chart, keeping the current one by position.
    void collect(QChart *chart);

    bool isEmpty() const { return m_segments.isEmpty(); }
    int count() const { return int(m_segments.size()); }
    int current() const { return m_current; }
    bool hasCurrent() const { return m_current >= 0 && m_current < m_segments.size(); }
    // Makes segment current, kept within the segments.
    void setCurrent(int segment);
    // True when the chart's bars lie horizontally (the ministry chart).
    bool horizontal() const;
    // The segment of the next bar up (step +1) or down (-1) of the same series that has
    // one: of the same state as the current one, else the nearest; -1 when none.
    int across(int step) const;

    // "Ministère de la Culture, en retard : 4": what a screen reader says of the current one.
    QString currentText(const ChartOptions &options) const;
    // Where the current segment is drawn, in chart coordinates.
    QRectF currentRect(QChart *chart) const;
    // What a click on the current segment selects.
    ChartSelection currentSelection() const;

private:
    struct Segment
    {
        QAbstractBarSeries *series;
        QBarSet *set;
        int setIndex;
        int category;
    };

    QList<Segment> m_segments;
    int m_current = -1; // -1: none yet
};
