#pragma once

#include "domain.h"
#include "openingfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// The controls above the table that narrow it: ministry, kind, status,
// announced quarter range, text search and "only overdue", plus the selection a
// click on a dashboard bar made (shown as a button that removes it). Every change ends
// in one filterChanged signal; typing is debounced so a long table is not
// re-queried at each key.
class FilterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FilterPanel(QWidget *parent = nullptr);

    // Fills the ministry combo, keeping the current choice when it still exists.
    void setMinistries(const QVector<Ministry> &ministries);
    // Lists the quarters from first to last (each widened by a few quarters) in the range combos.
    void setQuarterRange(const Quarter &first, const Quarter &last);

    // The filter the controls show (without a reference date: the window sets it).
    OpeningFilter filter() const;
    // Shows filter in the controls (settings restore, dashboard clicks); values the controls
    // cannot show are dropped, except a chart selection (timing, effective quarter). Emits
    // filterChanged if the shown filter differs from the last one emitted.
    void setFilter(const OpeningFilter &filter);

    QLineEdit *searchEdit() const { return m_search; }
    // Puts the keyboard in the search box with its text selected (Ctrl+F).
    void focusSearch();

public slots:
    // Back to the whole table.
    void reset();

signals:
    void filterChanged(const OpeningFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    // A change of any control updates the filter (the search after a pause).
    void connectControls();
    // Two rows of labelled controls: what to show, then how to search.
    void layOut();
    // Names, sizes and buddies of the controls.
    void setUpControls();
    void retranslate();
    void fillKinds();
    void fillStatuses();
    void fillQuarters(QComboBox *combo, const Quarter &keep);
    void emitIfChanged();
    void updateChartChip();

    QLabel *m_ministryLabel;
    QComboBox *m_ministry;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_fromLabel;
    QComboBox *m_from;
    QLabel *m_toLabel;
    QComboBox *m_to;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QCheckBox *m_overdue;
    QPushButton *m_chartChip;
    QPushButton *m_reset;
    QTimer *m_searchTimer;

    QVector<Ministry> m_ministries;
    Quarter m_first;
    Quarter m_last;
    OpeningFilter m_emitted;
    OpeningFilter::Timing m_timing = OpeningFilter::Timing::Any;
    Quarter m_effectiveIn;
    bool m_updating = false;
};
