// OpeningsTableModel: edits of the table through the undo stack, checked against the row
// as the user saw it, and conflicts with other users' changes (split by job).
#include "openingstablemodel.h"

#include "commands.h"
#include "editrules.h"
#include "store.h"

#include <QPointer>

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

    QString error;
    const std::optional<QVariant> stored = EditRules::storedValue(field, value, &error);
    if (!stored) {
        m_lastError = error;
        emit errorOccurred(error);
        return false;
    }
    if (Domain::fieldValue(*current, field) == *stored)
        return true;
    const FieldValues values = EditRules::changes(*current, field, *stored);
    return applyEdit(*current, values,
                     tr("Edit %1 of “%2”").arg(Domain::fieldLabel(field), current->title));
}

bool OpeningsTableModel::applyEdit(const Opening &seen, const FieldValues &values,
                                   const QString &text)
{
    QString error;
    EditConflict conflict;
    // A conflict met later (undo, redo) reaches the window the same way, if the model lives.
    const QPointer<OpeningsTableModel> self(this);
    const auto onLaterConflict = [self](const EditConflict &later) {
        if (self)
            emit self->conflictOccurred(later);
    };
    switch (Commands::editFields(m_undoStack, m_store, seen, values, text, &error, &conflict,
                                 onLaterConflict)) {
    case SaveResult::Status::Saved:
        return true;
    case SaveResult::Status::Conflict:
        // Show the row as the other user left it behind the dialog.
        forgetPages();
        emit conflictOccurred(conflict);
        return false;
    case SaveResult::Status::Failed:
        break;
    }
    m_lastError = error;
    emit errorOccurred(error);
    return false;
}

bool OpeningsTableModel::resolveConflict(const EditConflict &conflict, const FieldValues &values)
{
    FieldValues changes;
    for (const auto &[field, value] : values)
        if (Domain::fieldValue(conflict.theirs, field).toString() != value.toString())
            changes.append({field, value});
    if (changes.isEmpty())
        return true; // the other user's values are kept
    return applyEdit(conflict.theirs, changes, conflict.text);
}

bool OpeningsTableModel::addOpening(const Opening &opening, QString *error)
{
    return Commands::addOpening(m_undoStack, m_store, opening, error);
}

bool OpeningsTableModel::removeOpenings(const QList<qint64> &ids, QString *error)
{
    return Commands::removeOpenings(m_undoStack, m_store, ids, error);
}
