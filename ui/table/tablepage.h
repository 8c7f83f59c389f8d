#pragma once

#include <QWidget>

class Banner;
class FilterPanel;
class OpeningDelegate;
class OpeningsTableModel;
class QPushButton;
class QTableView;
class Store;
struct OpeningFilter;

// The table page of the main window: the filter panel above the openings
// table, with its editors, sorting by header and column layout. While any filter
// narrows the table, a band between them says which, with "Show all".
class TablePage : public QWidget
{
    Q_OBJECT

public:
    TablePage(Store &store, OpeningsTableModel *model, QWidget *parent = nullptr);

    FilterPanel *filterPanel() const { return m_filters; }
    QTableView *view() const { return m_view; }
    OpeningDelegate *delegate() const { return m_delegate; }
    Banner *filterBanner() const { return m_filterBanner; }

    // Ids of the selected rows, in row order.
    QList<qint64> selectedIds() const;
    // Selects and shows an opening if the current filter lists it; false otherwise.
    bool selectOpening(qint64 id);

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Shows or hides the "Active filters" band for filter.
    void updateFilterBanner(const OpeningFilter &filter);
    void applyDefaultColumns();
    void fitTitleColumn();
    void showColumnMenu(const QPoint &pos);
    int statusWidth() const;

    Store &m_store;
    OpeningsTableModel *m_model;
    FilterPanel *m_filters;
    Banner *m_filterBanner;
    QPushButton *m_showAll;
    QTableView *m_view;
    OpeningDelegate *m_delegate;
    bool m_fitting = false;
};
