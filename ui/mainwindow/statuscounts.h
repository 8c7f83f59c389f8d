#pragma once

#include <QObject>

class BackgroundTask;
class FilterBinding;
class OpeningsTableModel;
class QLabel;
class QStatusBar;
class QTimer;
class Store;
struct FilterCounts;

// The status bar's counts of the rows the filters show (openings, opened, overdue),
// counted in the background once the edits of a burst have settled.
class StatusCounts : public QObject
{
    Q_OBJECT

public:
    StatusCounts(Store &store, OpeningsTableModel *model, const FilterBinding *filters,
                 QStatusBar *statusBar);

    // Counts again once the current burst of signals is over.
    void schedule();
    // Counts now (a table opened, the language changed).
    void update();

signals:
    void errorOccurred(const QString &message);

private:
    void show(const FilterCounts &counts, const QString &error);

    Store &m_store;
    OpeningsTableModel *m_model;
    const FilterBinding *m_filters;
    QLabel *m_label;
    QTimer *m_timer;
    BackgroundTask *m_task;
};
