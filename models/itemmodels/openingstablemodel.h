#pragma once

#include "domain.h"
#include "editconflict.h"
#include "openingeditor.h"
#include "openingfilter.h"
#include "openingpagecache.h"
#include "openingpages.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QVector>

class QUndoStack;
class Store;

// The openings of the table as rows, read lazily in pages from the store so a
// table of a million openings opens at once and stays light. Edits go through
// the undo stack; changes announced by the store refresh the affected rows.
class OpeningsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        MinistryColumn,
        KindColumn,
        AnnouncedColumn,
        EffectiveDateColumn,
        StatusColumn,
        UrlColumn,
        CommentColumn,
        LastChangeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        OpeningIdRole = Qt::UserRole + 1, // qint64
        OverdueRole, // bool: neither opened nor abandoned, announced before the reference quarter
        StoredValueRole, // the value in stored form (ministry id, codes, quarter key, ISO date)
        // The row as shown (an Opening): an editor takes it when it opens and gives it back
        // (setData with this role) just before its value, so the edit is checked against
        // what the user saw, even if another user's change refreshed the row meanwhile.
        EditBaseRole,
        ReadOnlyRole, // bool: the user may not change this row (another ministry's, on a server)
    };

    OpeningsTableModel(Store &store, QUndoStack *undoStack, QObject *parent = nullptr);
    ~OpeningsTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // EditRole takes: ministry id (qint64), Kind/Status codes (QString), quarter key (int) or
    // text, QDate for the effective date, QString for text columns.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static Field fieldForColumn(int column, bool *ok = nullptr);
    static int columnForField(Field field);

    OpeningFilter filter() const { return m_filter; }
    void setFilter(const OpeningFilter &filter);
    QDate referenceDate() const { return m_filter.referenceDate(); }

    // The opening shown at row, read from the page cache.
    std::optional<Opening> openingAt(int row) const;
    qint64 idAt(int row) const;
    // The row of an opening in the current filter and sort, or -1 (a query; for the few rows a user
    // selects).
    int rowOf(qint64 id) const;

    // The edit service the model's setData() goes through: additions, deletions and
    // conflict resolution go to it directly, and it reports refusals and conflicts.
    OpeningEditor &editor() const { return *m_editor; }

    // Re-reads the row count and forgets cached pages (after an import, a filter change).
    void refresh();

signals:
    // Reading the table failed (editing refusals come from editor()).
    void errorOccurred(const QString &message);
    // Emitted after the set of rows changed (filter, refresh, add, delete).
    void rowsRefreshed();

private:
    QVariant toolTip(const QModelIndex &index, const Opening &o, bool overdue) const;
    QVariant editValue(const Opening &o, int column, bool overdue) const;
    QVariant shownValue(const Opening &o, int column, int role, bool overdue) const;
    OpeningOrder order() const;
    void onOpeningChanged(qint64 id);
    void forgetPages();

    Store &m_store;
    OpeningEditor *m_editor; // a child of the model
    OpeningFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_rowCount = 0;
    mutable OpeningPageCache m_cache;
    std::optional<Opening> m_editBase; // given by the editor about to save
};
