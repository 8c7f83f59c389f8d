#pragma once

#include <QString>

class Database;

// The Database a background task uses: QtSql connections cannot cross
// threads, so each worker thread keeps its own connection per table,
// opened on first use and closed when the thread ends.
namespace WorkerDatabase {

// The calling thread's connection to location, or nullptr with *error set.
Database *forLocation(const QString &location, QString *error);

} // namespace WorkerDatabase
