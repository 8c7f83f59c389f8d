#include "openingeditor.h"

#include "commands.h"
#include "editrules.h"
#include "store.h"

#include <QCoreApplication>
#include <QPointer>

OpeningEditor::OpeningEditor(Store &store, QUndoStack *undoStack, QObject *parent)
    : QObject(parent), m_store(store), m_undoStack(undoStack)
{
}

bool OpeningEditor::editField(const Opening &seen, Field field, const QVariant &value)
{
    QString error;
    const std::optional<QVariant> stored = EditRules::storedValue(field, value, &error);
    if (!stored) {
        refuse(error);
        return false;
    }
    if (Domain::fieldValue(seen, field) == *stored)
        return true;
    // The undo text keeps the table's translation context, where users first met it.
    const QString text = QCoreApplication::translate("OpeningsTableModel", "Edit %1 of “%2”")
                             .arg(Domain::fieldLabel(field), seen.title);
    return apply(seen, EditRules::changes(seen, field, *stored), text);
}

bool OpeningEditor::resolveConflict(const EditConflict &conflict, const FieldValues &values)
{
    FieldValues changes;
    for (const auto &[field, value] : values)
        if (Domain::fieldValue(conflict.theirs, field).toString() != value.toString())
            changes.append({field, value});
    if (changes.isEmpty())
        return true; // the other user's values are kept
    return apply(conflict.theirs, changes, conflict.text);
}

bool OpeningEditor::addOpening(const Opening &opening, QString *error)
{
    return Commands::addOpening(m_undoStack, m_store, opening, error);
}

bool OpeningEditor::removeOpenings(const QList<qint64> &ids, QString *error)
{
    return Commands::removeOpenings(m_undoStack, m_store, ids, error);
}

bool OpeningEditor::apply(const Opening &seen, const FieldValues &values, const QString &text)
{
    QString error;
    EditConflict conflict;
    // A conflict met later (undo, redo) is reported the same way, if this editor lives.
    const QPointer<OpeningEditor> self(this);
    const auto onLaterConflict = [self](const EditConflict &later) {
        if (self)
            emit self->conflictOccurred(later);
    };
    switch (Commands::editFields(m_undoStack, m_store, seen, values, text, &error, &conflict,
                                 onLaterConflict)) {
    case SaveResult::Status::Saved:
        return true;
    case SaveResult::Status::Conflict:
        emit conflictOccurred(conflict);
        return false;
    case SaveResult::Status::Failed:
        break;
    }
    refuse(error);
    return false;
}

void OpeningEditor::refuse(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}
