#pragma once

#include <QWidget>

class FilterPanel;
class OpeningDelegate;
class OpeningsTableModel;
class QTableView;
class Store;

// The table page of the main window: the filter panel above the openings
// table, with its editors, sorting by header and column layout.
class TablePage : public QWidget
{
    Q_OBJECT

public:
    TablePage(Store &store, OpeningsTableModel *model, QWidget *parent = nullptr);

    FilterPanel *filterPanel() const { return m_filters; }
    QTableView *view() const { return m_view; }
    OpeningDelegate *delegate() const { return m_delegate; }

    // Ids of the selected rows, in row order.
    QList<qint64> selectedIds() const;
    // Selects and shows an opening if the current filter lists it; false otherwise.
    bool selectOpening(qint64 id);

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyDefaultColumns();
    void fitTitleColumn();
    void showColumnMenu(const QPoint &pos);
    int statusWidth() const;

    OpeningsTableModel *m_model;
    FilterPanel *m_filters;
    QTableView *m_view;
    OpeningDelegate *m_delegate;
    bool m_fitting = false;
};
