#pragma once

#include "domain.h"
#include "editconflict.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QVariant>

class QUndoStack;
class Store;

// The edit service of the table: turns what a user typed into undoable edits
// checked against the row as the user saw it, and reports refusals and conflicts
// with other users' changes to whoever shows them. Views and item models call
// it; it never calls them.
class OpeningEditor : public QObject
{
    Q_OBJECT

public:
    OpeningEditor(Store &store, QUndoStack *undoStack, QObject *parent = nullptr);

    // Sets field of the opening the user saw (seen) from an editor's value (see
    // EditRules::storedValue). False when the value is refused (errorOccurred) or another
    // user changed the same field meanwhile (conflictOccurred; nothing written).
    bool editField(const Opening &seen, Field field, const QVariant &value);
    // Saves the user's choice after a conflict (the dialog's values, over the row as the other
    // user left it); a new conflict is signalled again.
    bool resolveConflict(const EditConflict &conflict, const FieldValues &values);
    // Each returns false with a message when the store refuses.
    bool addOpening(const Opening &opening, QString *error);
    bool removeOpenings(const QList<qint64> &ids, QString *error);

    // The last refusal, for the window to show.
    QString lastError() const { return m_lastError; }

signals:
    void errorOccurred(const QString &message);
    // An edit (or an undo, or a redo) met another user's change of the same field:
    // nothing was written; the window asks the user and calls resolveConflict().
    void conflictOccurred(const EditConflict &conflict);

private:
    bool apply(const Opening &seen, const FieldValues &values, const QString &text);
    void refuse(const QString &message);

    Store &m_store;
    QUndoStack *m_undoStack;
    QString m_lastError;
};
