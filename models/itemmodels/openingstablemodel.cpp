#include "openingstablemodel.h"

#include "openingpages.h"
#include "openingstablecolumns.h"
#include "store.h"

#include <QLocale>
#include <QUndoStack>

#include <algorithm>

OpeningsTableModel::OpeningsTableModel(Store &store, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent), m_store(store),
      m_editor(new OpeningEditor(store, undoStack, this)),
      m_cache([this](qint64 offset, int count, QVector<Opening> *rows) {
          QString error;
          return OpeningPages::read(m_store.database(), m_filter, order(), offset, count, rows,
                                    &error);
      })
{
    connect(&m_store, &Store::openingChanged, this, &OpeningsTableModel::onOpeningChanged);
    // Show the row as the other user left it behind the conflict dialog.
    connect(m_editor, &OpeningEditor::conflictOccurred, this, &OpeningsTableModel::forgetPages);
    connect(&m_store, &Store::openingsReset, this, &OpeningsTableModel::refresh);
    connect(&m_store, &Store::ministriesChanged, this, [this] {
        if (m_rowCount > 0)
            emit dataChanged(index(0, MinistryColumn), index(m_rowCount - 1, MinistryColumn));
    });
    // Rows become editable or read-only: views ask the flags again on the next edit.
    connect(&m_store, &Store::rightsChanged, this, &OpeningsTableModel::forgetPages);
    refresh();
}

OpeningsTableModel::~OpeningsTableModel() = default;

int OpeningsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int OpeningsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Field OpeningsTableModel::fieldForColumn(int column, bool *ok)
{
    return OpeningsTableColumns::field(column, ok);
}

int OpeningsTableModel::columnForField(Field field)
{
    return OpeningsTableColumns::column(field);
}

QVariant OpeningsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(section + 1);
        return {};
    }
    return OpeningsTableColumns::header(section, role);
}

Qt::ItemFlags OpeningsTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != LastChangeColumn && !data(index, ReadOnlyRole).toBool())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant OpeningsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount)
        return {};
    const Opening *found = m_cache.at(index.row());
    if (!found)
        return {};
    const Opening &o = *found;
    const bool overdue = o.isOverdue(referenceDate());

    switch (role) {
    case OpeningIdRole:
        return o.id;
    case OverdueRole:
        return overdue;
    case StoredValueRole: {
        bool ok = false;
        const Field f = fieldForColumn(index.column(), &ok);
        return ok ? Domain::fieldValue(o, f) : QVariant();
    }
    case EditBaseRole:
        return QVariant::fromValue(o);
    case ReadOnlyRole:
        return !m_store.mayEdit(o.ministryId);
    case Qt::ToolTipRole:
        return toolTip(index, o, overdue);
    case Qt::EditRole:
        return editValue(o, index.column(), overdue);
    case Qt::DisplayRole:
        return shownValue(o, index.column(), role, overdue);
    default:
        return {};
    }
}

QVariant OpeningsTableModel::toolTip(const QModelIndex &index, const Opening &o, bool overdue) const
{
    if (!m_store.mayEdit(o.ministryId))
        return tr("Read only: your account may not change the openings of %1").arg(o.ministry);
    if (overdue)
        return tr("Overdue: announced for %1 and not opened").arg(o.announced.display());
    if (index.column() == TitleColumn || index.column() == CommentColumn ||
        index.column() == MinistryColumn)
        return data(index, Qt::DisplayRole);
    return {};
}

// The stored form where an editor needs it, else the text as shown.
QVariant OpeningsTableModel::editValue(const Opening &o, int column, bool overdue) const
{
    switch (column) {
    case MinistryColumn:
        return o.ministryId;
    case KindColumn:
        return Domain::kindCode(o.kind);
    case StatusColumn:
        return Domain::statusCode(o.status);
    case AnnouncedColumn:
        return o.announced.isValid() ? QVariant(o.announced.key()) : QVariant();
    case EffectiveDateColumn:
        return o.effectiveDate;
    default:
        return shownValue(o, column, Qt::EditRole, overdue);
    }
}

QVariant OpeningsTableModel::shownValue(const Opening &o, int column, int role, bool overdue) const
{
    switch (column) {
    case StatusColumn:
        return overdue ? tr("%1 — overdue").arg(Domain::statusLabel(o.status))
                       : Domain::statusLabel(o.status);
    case CommentColumn:
        // One line in the table; the editor takes the comment whole.
        return role == Qt::DisplayRole ? Domain::fieldText(o, Field::Comment) : o.comment;
    case LastChangeColumn:
        return QLocale().toString(o.updatedAt.toLocalTime(), QLocale::ShortFormat);
    default: {
        bool ok = false;
        const Field field = fieldForColumn(column, &ok);
        return ok ? QVariant(Domain::fieldText(o, field)) : QVariant();
    }
    }
}

void OpeningsTableModel::forgetPages()
{
    m_cache.clear();
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
}

void OpeningsTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

OpeningOrder OpeningsTableModel::order() const
{
    OpeningOrder order;
    order.ascending = m_sortOrder == Qt::AscendingOrder;
    order.key = OpeningsTableColumns::sortKey(m_sortColumn);
    return order;
}

void OpeningsTableModel::setFilter(const OpeningFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void OpeningsTableModel::refresh()
{
    beginResetModel();
    m_cache.clear();
    m_rowCount = 0;
    if (m_store.isOpen()) {
        QString error;
        const qint64 count = OpeningPages::count(m_store.database(), m_filter, &error);
        if (count >= 0)
            m_rowCount = int(count);
        else
            emit errorOccurred(error);
    }
    endResetModel();
    emit rowsRefreshed();
}

std::optional<Opening> OpeningsTableModel::openingAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return std::nullopt;
    const Opening *o = m_cache.at(row);
    if (!o)
        return std::nullopt;
    return *o;
}

qint64 OpeningsTableModel::idAt(int row) const
{
    const auto o = openingAt(row);
    return o ? o->id : 0;
}

int OpeningsTableModel::rowOf(qint64 id) const
{
    return m_cache.rowOf(id, m_rowCount);
}

void OpeningsTableModel::onOpeningChanged(qint64 id)
{
    // An edit may move the row out of the filter or the sort: re-read lazily.
    QString error;
    const qint64 count = OpeningPages::count(m_store.database(), m_filter, &error);
    if (count != m_rowCount) {
        refresh();
        return;
    }
    Q_UNUSED(id)
    forgetPages();
}
