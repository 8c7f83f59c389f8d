// OpeningsTableModel: what an editor gives back, handed to the edit service with the row
// as the user saw it (split by job).
#include "openingstablemodel.h"

#include "openingeditor.h"

bool OpeningsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    if (role == EditBaseRole) {
        m_editBase.reset();
        if (value.canConvert<Opening>() && value.value<Opening>().id == idAt(index.row()))
            m_editBase = value.value<Opening>();
        return m_editBase.has_value();
    }
    if (role != Qt::EditRole)
        return false;
    bool ok = false;
    const Field field = fieldForColumn(index.column(), &ok);
    // What the user saw when the editor opened, else the row as shown now.
    std::optional<Opening> current = std::move(m_editBase);
    m_editBase.reset();
    if (!current || current->id != idAt(index.row()))
        current = openingAt(index.row());
    if (!ok || !current)
        return false;

    return m_editor->editField(*current, field, value);
}
