#pragma once

#include <QString>

// Where the user's table lives when none is named: one SQLite file in the
// user's data folder, made from the bundled sample on first start so the
// application opens on real content.
namespace TableLocation {

QString defaultPath();
// Creates path from the bundled sample table if it does not exist yet.
bool ensureExists(const QString &path, QString *error);
// The user's own table, created if needed: its path, or empty with *error set.
QString userTable(QString *error);

} // namespace TableLocation
