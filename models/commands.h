#pragma once

#include "domain.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVector>

class QUndoStack;
class Store;

// Undoable edits of the table, one QUndoCommand class per kind of edit
// (commands.cpp), reached through these functions. Each applies the edit at
// once; on refusal it returns false with the store's message and pushes nothing.
namespace Commands {

using FieldValues = QVector<QPair<Field, QVariant>>;

bool setFields(QUndoStack *stack, Store &store, qint64 id, const FieldValues &values,
               const QString &text, QString *error);
bool addOpening(QUndoStack *stack, Store &store, const Opening &opening, QString *error);
bool removeOpenings(QUndoStack *stack, Store &store, const QList<qint64> &ids, QString *error);

} // namespace Commands
