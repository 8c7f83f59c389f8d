#pragma once

#include "domain.h"

#include <QAbstractTableModel>
#include <QVector>

// The first rows of a file about to be imported, as the importer read them, for
// the import dialog's preview table. Read-only.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The fields shown, one column each, in order.
    static QVector<Field> columns();
    // The column showing field, -1 when none does.
    static int columnOf(Field field) { return int(columns().indexOf(field)); }

    explicit ImportPreviewModel(QObject *parent = nullptr);

    // The file's first readable rows, in file order.
    void setRows(const QVector<Opening> &rows);
    void clear() { setRows({}); }
    const QVector<Opening> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<Opening> m_rows;
};
