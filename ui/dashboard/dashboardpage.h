#pragma once

#include "openingfilter.h"
#include "progress.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

class BackgroundTask;
class ChartView;
class KeyFigures;
class QDateEdit;
class QGridLayout;
class QLabel;
class QScrollArea;
class QTimer;
class QToolButton;
class Store;
struct ChartSelection;

// The dashboard page of the main window: key figures and four charts (burn-up, per
// ministry, per quarter, delays) of the openings the table's filter selects, judged on a
// reference date. Progress is computed in the thread pool (latest request wins) and only
// while the page is shown; a click on a bar asks the window to filter the table on it.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    enum class Chart { BurnUp, Ministries, Quarters, Delays };

    explicit DashboardPage(Store &store, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // The table's filter, its reference date included (invalid: today).
    void setFilter(const OpeningFilter &filter);
    OpeningFilter filter() const { return m_filter; }
    // Shows date in the "as of" selector without emitting referenceDateChanged.
    void setReferenceDate(const QDate &date);
    // Recomputes (the table changed); at once when shown, else when shown next.
    void refresh();

    // The progress the charts show; empty before the first computation ends.
    const std::optional<Progress> &progress() const { return m_progress; }
    bool isComputing() const;
    ChartView *chartView(Chart chart) const;
    KeyFigures *keyFigures() const { return m_figures; }

signals:
    // The charts and figures show a new computation.
    void chartsUpdated();
    // A bar was clicked: the table should show filter.
    void filterRequested(const OpeningFilter &filter);
    // The user chose another reference date (invalid: today).
    void referenceDateChanged(const QDate &date);
    void presentationRequested();
    void errorOccurred(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The bar's controls, the chart views' clicks and the store's changes.
    void connectSignals();
    // The bar above the key figures, then the charts in a scroll area.
    void layOut();
    // Names and looks of the bar's controls and the chart views.
    void setUpControls();
    void compute();
    void showProgress(const Progress &progress);
    void rebuildCharts();
    void buildNextChart();
    void buildChart(Chart which);
    void selectionClicked(Chart chart, const ChartSelection &selection);
    void updateSummary();
    void updateLayoutHeights();
    void retranslate();

    Store &m_store;
    OpeningFilter m_filter;
    std::optional<Progress> m_progress;
    BackgroundTask *m_task;
    QTimer *m_refreshTimer;
    QTimer *m_buildTimer;
    QList<Chart> m_pendingCharts; // built one per turn of the event loop
    bool m_dirty = true;

    QLabel *m_summary;
    QLabel *m_busy;
    QLabel *m_reading; // how to read the charts, beside the delays
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QToolButton *m_today;
    QToolButton *m_present;
    KeyFigures *m_figures;
    QScrollArea *m_scroll;
    QGridLayout *m_grid;
    ChartView *m_burnUp;
    ChartView *m_ministries;
    ChartView *m_quarters;
    ChartView *m_delays;
};
