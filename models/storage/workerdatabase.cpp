#include "workerdatabase.h"

#include "database.h"

#include <memory>

namespace WorkerDatabase {

Database *forLocation(const QString &location, QString *error)
{
    thread_local std::unique_ptr<Database> db;
    if (db && db->isOpen() && db->location() == location)
        return db.get();
    db = std::make_unique<Database>();
    if (!db->open(location, error)) {
        db.reset();
        return nullptr;
    }
    return db.get();
}

} // namespace WorkerDatabase
