#include "importpreviewmodel.h"

#include <QLocale>

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setRows(const QVector<Opening> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVector<Field> ImportPreviewModel::columns()
{
    return {Field::Title,     Field::Ministry,      Field::Kind,   Field::Status,
            Field::Announced, Field::EffectiveDate, Field::Comment};
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(columns().size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Opening &o = m_rows.at(index.row());
    const Field field = columns().at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return Domain::fieldText(o, field);
    case Qt::ToolTipRole:
        // Long titles and comments are cut by the column width; the tooltip shows them whole.
        if (field == Field::Title)
            return o.title;
        if (field == Field::Comment)
            return o.comment;
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return QLocale().toString(section + 1);
    if (section < 0 || section >= columns().size())
        return {};
    return Domain::fieldLabel(columns().at(section));
}
