#pragma once

#include "domain.h"

#include <QMetaType>
#include <QPair>
#include <QVariant>
#include <QVector>

#include <optional>

// Some fields of an opening with values in stored form (Domain::fieldValue).
using FieldValues = QVector<QPair<Field, QVariant>>;

// What a guarded save of an opening came to. A save made on a version other
// than the stored one changes nothing: another user saved the row meanwhile.
struct SaveResult
{
    enum class Status { Saved, Conflict, Failed };
    Status status = Status::Failed;
    // Saved: the row as written; Conflict: the row as the other user left it.
    std::optional<Opening> current;
    QString error; // Failed: why, for the user

    bool ok() const { return status == Status::Saved; }
    bool isConflict() const { return status == Status::Conflict; }
};

// An edit refused because the row changed since the user saw it, with what
// is needed to show both sides per field and to save the user's choice.
struct EditConflict
{
    qint64 id = 0;
    QString text;     // the edit, as the undo history names it
    FieldValues seen; // the edited fields as the user saw them
    FieldValues mine; // what the user wanted to write
    Opening theirs;   // the row as it is now (version, who, when)

    // Edited fields the other user changed to something else than mine: what the user must
    // decide. Empty: the other changes touch other fields, mine apply on top of them.
    QVector<Field> contested() const;
    QVariant mineValue(Field field) const;
    QVariant seenValue(Field field) const;
};

Q_DECLARE_METATYPE(EditConflict)
// An opening as a user saw it, carried by an editor until its value is saved.
Q_DECLARE_METATYPE(Opening)
