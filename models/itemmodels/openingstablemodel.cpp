#include "openingstablemodel.h"

#include "openingpages.h"
#include "store.h"

#include <QLocale>
#include <QUndoStack>

#include <algorithm>

namespace {

constexpr int PageSize = 200;
constexpr int MaxCachedPages = 40;

} // namespace

OpeningsTableModel::OpeningsTableModel(Store &store, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_undoStack(undoStack)
{
    connect(&m_store, &Store::openingChanged, this, &OpeningsTableModel::onOpeningChanged);
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
    if (ok)
        *ok = true;
    switch (column) {
    case TitleColumn:
        return Field::Title;
    case MinistryColumn:
        return Field::Ministry;
    case KindColumn:
        return Field::Kind;
    case AnnouncedColumn:
        return Field::Announced;
    case EffectiveDateColumn:
        return Field::EffectiveDate;
    case StatusColumn:
        return Field::Status;
    case UrlColumn:
        return Field::Url;
    case CommentColumn:
        return Field::Comment;
    default:
        if (ok)
            *ok = false;
        return Field::Title;
    }
}

int OpeningsTableModel::columnForField(Field field)
{
    for (int c = 0; c < ColumnCount; ++c) {
        bool ok = false;
        if (fieldForColumn(c, &ok) == field && ok)
            return c;
    }
    return -1;
}

QVariant OpeningsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(section + 1);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case MinistryColumn:
        return tr("Ministry");
    case KindColumn:
        return tr("Kind");
    case AnnouncedColumn:
        return role == Qt::ToolTipRole ? tr("Quarter announced by the ministry") : tr("Announced");
    case EffectiveDateColumn:
        return role == Qt::ToolTipRole ? tr("Date the item was effectively opened")
                                       : tr("Opened on");
    case StatusColumn:
        return tr("Status");
    case UrlColumn:
        return tr("URL");
    case CommentColumn:
        return tr("Comment");
    case LastChangeColumn:
        return tr("Last change");
    }
    return {};
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
    const Page *p = page(index.row() / PageSize);
    if (!p || index.row() % PageSize >= p->size())
        return {};
    const Opening &o = p->at(index.row() % PageSize);
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
        if (!m_store.mayEdit(o.ministryId))
            return tr("Read only: your account may not change the openings of %1").arg(o.ministry);
        if (overdue)
            return tr("Overdue: announced for %1 and not opened").arg(o.announced.display());
        if (index.column() == TitleColumn || index.column() == CommentColumn ||
            index.column() == MinistryColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::EditRole:
        switch (index.column()) {
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
            break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return o.title;
        case MinistryColumn:
            return o.ministry;
        case KindColumn:
            return Domain::kindLabel(o.kind);
        case AnnouncedColumn:
            return o.announced.display();
        case EffectiveDateColumn:
            return QLocale().toString(o.effectiveDate, QLocale::ShortFormat);
        case StatusColumn:
            return overdue ? tr("%1 — overdue").arg(Domain::statusLabel(o.status))
                           : Domain::statusLabel(o.status);
        case UrlColumn:
            return o.url;
        case CommentColumn:
            return role == Qt::DisplayRole
                       ? QString(o.comment).replace(QLatin1Char('\n'), QLatin1Char(' '))
                       : o.comment;
        case LastChangeColumn:
            return QLocale().toString(o.updatedAt.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    default:
        return {};
    }
}

void OpeningsTableModel::forgetPages()
{
    m_pages.clear();
    m_pageAge.clear();
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
    switch (m_sortColumn) {
    case TitleColumn:
        order.key = OpeningOrder::Key::Title;
        break;
    case MinistryColumn:
        order.key = OpeningOrder::Key::Ministry;
        break;
    case KindColumn:
        order.key = OpeningOrder::Key::Kind;
        break;
    case AnnouncedColumn:
        order.key = OpeningOrder::Key::Announced;
        break;
    case EffectiveDateColumn:
        order.key = OpeningOrder::Key::EffectiveDate;
        break;
    case StatusColumn:
        order.key = OpeningOrder::Key::Status;
        break;
    case UrlColumn:
        order.key = OpeningOrder::Key::Url;
        break;
    case CommentColumn:
        order.key = OpeningOrder::Key::Comment;
        break;
    case LastChangeColumn:
        order.key = OpeningOrder::Key::UpdatedAt;
        break;
    default:
        order.key = OpeningOrder::Key::Id;
        break;
    }
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
    m_pages.clear();
    m_pageAge.clear();
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

const OpeningsTableModel::Page *OpeningsTableModel::page(int pageIndex) const
{
    auto it = m_pages.constFind(pageIndex);
    if (it != m_pages.constEnd()) {
        m_pageAge.removeOne(pageIndex);
        m_pageAge.append(pageIndex);
        return &*it;
    }
    Page rows;
    QString error;
    if (!OpeningPages::read(m_store.database(), m_filter, order(), qint64(pageIndex) * PageSize,
                            PageSize, &rows, &error))
        rows.clear(); // shown empty; the next refresh reports the failure

    if (m_pageAge.size() >= MaxCachedPages) {
        m_pages.remove(m_pageAge.takeFirst());
    }
    m_pageAge.append(pageIndex);
    return &*m_pages.insert(pageIndex, rows);
}

std::optional<Opening> OpeningsTableModel::openingAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return std::nullopt;
    const Page *p = page(row / PageSize);
    if (!p || row % PageSize >= p->size())
        return std::nullopt;
    return p->at(row % PageSize);
}

qint64 OpeningsTableModel::idAt(int row) const
{
    const auto o = openingAt(row);
    return o ? o->id : 0;
}

int OpeningsTableModel::rowOf(qint64 id) const
{
    // Small tables: look in the cache first.
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i)
            if (it->at(i).id == id)
                return it.key() * PageSize + i;
    }
    for (int p = 0; p * PageSize < m_rowCount; ++p) {
        const Page *rows = page(p);
        for (int i = 0; rows && i < rows->size(); ++i)
            if (rows->at(i).id == id)
                return p * PageSize + i;
    }
    return -1;
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
