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

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Opening &o = m_rows.at(index.row());
    if (role == Qt::ToolTipRole) {
        // Long titles and comments are cut by the column width; the tooltip shows them whole.
        if (index.column() == TitleColumn)
            return o.title;
        if (index.column() == CommentColumn)
            return o.comment;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return o.title;
    case MinistryColumn:
        return o.ministry;
    case KindColumn:
        return Domain::kindLabel(o.kind);
    case StatusColumn:
        return Domain::statusLabel(o.status);
    case AnnouncedColumn:
        return o.announced.isValid() ? o.announced.display() : QString();
    case EffectiveDateColumn:
        return o.effectiveDate.isValid() ? QLocale().toString(o.effectiveDate, QLocale::ShortFormat)
                                         : QString();
    case CommentColumn:
        // One line per row in the preview; the tooltip keeps the line breaks.
        return QString(o.comment).replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return QLocale().toString(section + 1);
    switch (section) {
    case TitleColumn:
        return Domain::fieldLabel(Field::Title);
    case MinistryColumn:
        return Domain::fieldLabel(Field::Ministry);
    case KindColumn:
        return Domain::fieldLabel(Field::Kind);
    case StatusColumn:
        return Domain::fieldLabel(Field::Status);
    case AnnouncedColumn:
        return Domain::fieldLabel(Field::Announced);
    case EffectiveDateColumn:
        return Domain::fieldLabel(Field::EffectiveDate);
    case CommentColumn:
        return Domain::fieldLabel(Field::Comment);
    }
    return {};
}
