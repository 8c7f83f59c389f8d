#pragma once

#include <QDate>
#include <QObject>

class BackgroundTask;
class DashboardPage;
class FilterPanel;
class OpeningsTableModel;
class Store;
class TableOpener;
struct OpeningFilter;

// Carries the filter panel's choice, judged on the reference date, to the table and the
// dashboard; keeps each table's choice for the next session and brings it back when that
// table opens (a table never seen opens unfiltered), with the table's ministries and
// quarters listed in the panel.
class FilterBinding : public QObject
{
    Q_OBJECT

public:
    FilterBinding(Store &store, const TableOpener *opener, FilterPanel *panel,
                  OpeningsTableModel *model, DashboardPage *dashboard, QObject *parent);

    // The day "overdue" is judged on; today when invalid (--as-of, tests).
    void setReferenceDate(const QDate &date);
    QDate referenceDate() const { return m_referenceDate; }

    // A table was opened: the panel lists its ministries and quarters, with the filters
    // saved for that table (none for a table never seen).
    void restoreSaved();
    // The quarters the table speaks of, so the range filter lists them and a few around.
    void updateQuarterRange();

signals:
    // The table and the dashboard show a new filter.
    void applied();
    void errorOccurred(const QString &message);

private:
    void apply(const OpeningFilter &filter);
    void choose(const OpeningFilter &filter);

    Store &m_store;
    const TableOpener *m_opener;
    FilterPanel *m_panel;
    OpeningsTableModel *m_model;
    DashboardPage *m_dashboard;
    BackgroundTask *m_spanTask;
    QDate m_referenceDate;
};
