#pragma once

#include "domain.h"
#include "editconflict.h"

#include <QString>
#include <QVariant>

#include <optional>

// What a new value must be, and what else an edit changes with it: the same for
// the table's editors, the add dialog and every later way of editing.
namespace EditRules {

// Empty, or an http:// or https:// address with a host. *error says why not.
bool checkUrl(const QString &text, QString *error);

// An editor's value for field in its stored form (quarter key, ISO date, trimmed URL);
// nullopt with *error set when the value is not acceptable.
std::optional<QVariant> storedValue(Field field, const QVariant &value, QString *error);

// The fields an edit of field to stored (its stored form) writes on current: the field
// itself, and the status Available when an effective date is entered on an item not
// yet opened (an effective date means the item was opened).
FieldValues changes(const Opening &current, Field field, const QVariant &stored);

} // namespace EditRules
