#pragma once

#include "domain.h"
#include "editconflict.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVector>

#include <functional>

class QUndoStack;
class Store;

// Undoable edits of the table, one QUndoCommand class per kind of edit
// (commands.cpp), reached through these functions. Each applies the edit at
// once; on refusal it returns false with the store's message and pushes nothing.
namespace Commands {

using FieldValues = ::FieldValues;
// Told of a conflict met later, when an edit is undone or redone after another user
// changed the same fields: nothing was written, the user decides.
using ConflictHandler = std::function<void(const EditConflict &)>;

// Edits fields of an opening as the user saw it (seen: id, version and values). If another
// user saved the row meanwhile, the edit still applies when their changes touch other fields
// (nothing of theirs is overwritten); when they changed an edited field to something else,
// nothing is written and *conflict tells both sides. Returns the outcome.
SaveResult::Status editFields(QUndoStack *stack, Store &store, const Opening &seen,
                              const FieldValues &values, const QString &text, QString *error,
                              EditConflict *conflict, const ConflictHandler &onLaterConflict = {});
// The same on the row as stored now (no conflict possible).
bool setFields(QUndoStack *stack, Store &store, qint64 id, const FieldValues &values,
               const QString &text, QString *error);
bool addOpening(QUndoStack *stack, Store &store, const Opening &opening, QString *error);
bool removeOpenings(QUndoStack *stack, Store &store, const QList<qint64> &ids, QString *error);

} // namespace Commands
