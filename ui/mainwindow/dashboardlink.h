#pragma once

#include <QObject>

class DashboardPage;
class FilterBinding;
class FilterPanel;
class OpeningsTableModel;
class QAction;
class QWidget;
class Store;

// The main window's links with the dashboard page (its reference date, a click on a bar
// that lists openings in the table) and with the presentation mode.
class DashboardLink : public QObject
{
    Q_OBJECT

public:
    DashboardLink(Store &store, OpeningsTableModel *model, DashboardPage *dashboard,
                  FilterBinding *filters, FilterPanel *panel, QAction *present, QWidget *window);

signals:
    // The table should show, listing the openings of a bar clicked.
    void tableRequested();
    void errorOccurred(const QString &message);

private:
    void startPresentation();

    Store &m_store;
    OpeningsTableModel *m_model;
    FilterBinding *m_filters;
    QWidget *m_window;
};
