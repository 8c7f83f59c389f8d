#pragma once

#include "domain.h"
#include "openingpages.h"

#include <QVariant>

// What each column of OpeningsTableModel stands for: its header, the field it
// shows and edits, and the order it sorts the table in.
namespace OpeningsTableColumns {

// The field a column shows; *ok false (and Title returned) for a column with none.
Field field(int column, bool *ok = nullptr);
// The column showing field, or -1.
int column(Field field);
// The key of the order the table takes when sorted by column (the id for none).
OpeningOrder::Key sortKey(int column);
// A column's header text (Qt::DisplayRole) or tool tip (Qt::ToolTipRole).
QVariant header(int column, int role);

} // namespace OpeningsTableColumns
