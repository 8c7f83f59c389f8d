#pragma once

#include "charts/chartoptions.h"
#include "openingfilter.h"
#include "presentationdata.h"

#include <QWidget>

#include <optional>

class BackgroundTask;
class ChartView;
class KeyFigures;
class QLabel;
class QStackedWidget;

// The presentation mode (F5): full screen, large type, one chart per slide for a CIAD
// meeting. Slides: the key figures, the burn-up, the per-ministry bars, then one slide per
// ministry (its burn-up and its overdue items). Arrows, Page Up/Down and space move,
// Home/End jump, Escape leaves. The selection and reference date are fixed when it opens.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    PresentationWindow(const QString &location, const OpeningFilter &filter, const QDate &asOf,
                       QWidget *parent = nullptr);

    // Shows the window full screen and starts reading its data.
    void start();

    bool isReady() const { return m_data.has_value(); }
    int slideCount() const;
    int currentSlide() const { return m_current; }
    // The title of the slide shown ("Progress by ministry", a ministry's name…).
    QString slideTitle() const;
    // The chart of the slide shown; nullptr on the key figures slide.
    ChartView *currentChart() const;

public slots:
    void next();
    void previous();
    void showSlide(int index);

signals:
    void ready();
    void slideChanged(int index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    // The chart slides, and a ministry's slide: its chart beside its list.
    void buildChartPages();
    // The first slide: title, key figures and the breakdown by state.
    void buildOverview();
    void buildPages();
    void showOverview();
    void showChart(int kind);
    void showMinistry(int index);
    void updateCounter();
    ChartOptions slideOptions() const;
    QFont scaledFont(qreal pixels, bool bold = false) const;

    QString m_location;
    OpeningFilter m_filter;
    QDate m_asOf;
    std::optional<PresentationData> m_data;
    QVector<MinistryProgress> m_ministries; // the ministry slides, most overdue first
    BackgroundTask *m_task;
    int m_current = 0;
    qreal m_scale = 1.0;

    QStackedWidget *m_pages;
    QLabel *m_waiting;
    QWidget *m_overview;
    QLabel *m_overviewTitle;
    QLabel *m_overviewSubtitle;
    KeyFigures *m_figures;
    QLabel *m_breakdown;
    ChartView *m_chart;
    QWidget *m_ministryPage;
    QLabel *m_ministryTitle;
    ChartView *m_ministryChart;
    QLabel *m_ministryList;
    QLabel *m_counter;
    QLabel *m_hint;
};
