#pragma once

#include <QStyledItemDelegate>

class Store;

// Cell editors of the openings table: lists for ministry, kind and status, a
// quarter list that also takes typed notations ("T3 2021", "2021-T3", "fin
// 2021"…), a date field that can be emptied, a multi-line comment; and the
// warning marker on overdue rows, so lateness is not told by colour alone.
class OpeningDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit OpeningDelegate(Store &store, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    // Effective dates as typed in the table: dd/mm/yyyy (or d/m/yy, yyyy-mm-dd).
    static QDate parseDate(const QString &text);

signals:
    // A typed value could not be read; the message says what and how to write it.
    void errorOccurred(const QString &message) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    // The effective date's editor: dd/mm/yyyy, empty while not opened.
    static QWidget *dateEditor(QWidget *parent);
    static constexpr const char *EditBaseProperty = "suiviEditBase";
    // Saves an editor's value with the row it was opened on (OpeningsTableModel::EditBaseRole).
    static void save(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index,
                     const QVariant &value);

    Store &m_store;
};
