#include "sqlitebulkinsert.h"

#include <QSqlDatabase>

#ifdef SUIVI_SQLITE_FAST_IMPORT

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace {

std::atomic<bool> disabledForTests{false};

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // QSQLITE hands its connection as a QVariant of this very type name.
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

SqliteBulkStatement::SqliteBulkStatement() = default;

SqliteBulkStatement::~SqliteBulkStatement()
{
    finalize();
}

bool SqliteBulkStatement::builtIn()
{
    return true;
}

void SqliteBulkStatement::setDisabled(bool disabled)
{
    disabledForTests = disabled;
}

bool SqliteBulkStatement::usable(const QSqlDatabase &db)
{
    if (disabledForTests || db.driverName() != QLatin1String("QSQLITE") || !handleOf(db))
        return false;
    // A driver carrying its own copy of SQLite (Qt's Windows installer does)
    // must never see our calls on its handle: the library answering through
    // QtSql has to be the one linked here, down to its source id.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_source_id()")) || !q.next())
        return false;
    return q.value(0).toString().toUtf8() == QByteArray(sqlite3_sourceid());
}

void SqliteBulkStatement::finalize()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = nullptr;
}

bool SqliteBulkStatement::prepare(const QSqlDatabase &db, const QString &sql, QString *error)
{
    finalize();
    sqlite3 *handle = handleOf(db);
    if (!handle) {
        if (error)
            *error = QStringLiteral("not an SQLite connection");
        return false;
    }
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(stmt);
        return false;
    }
    m_db = handle;
    m_stmt = stmt;
    m_slots.assign(size_t(sqlite3_bind_parameter_count(stmt)), Slot());
    return true;
}

void SqliteBulkStatement::bindNull(int index)
{
    Slot &slot = m_slots[size_t(index)];
    if (slot.kind == Slot::Kind::Null)
        return;
    slot.kind = Slot::Kind::Null;
    sqlite3_bind_null(m_stmt, index + 1);
}

void SqliteBulkStatement::bindInt(int index, qint64 value)
{
    Slot &slot = m_slots[size_t(index)];
    if (slot.kind == Slot::Kind::Int && slot.value == value)
        return;
    slot.kind = Slot::Kind::Int;
    slot.value = value;
    sqlite3_bind_int64(m_stmt, index + 1, value);
}

void SqliteBulkStatement::bindText(int index, QStringView text)
{
    // At most three bytes of UTF-8 per UTF-16 unit; the capacity stays.
    const qsizetype needed = text.size() * 3 + 1;
    if (m_scratch.size() < needed)
        m_scratch.resize(needed);
    char *out = m_scratch.data();
    const qsizetype size = text.isEmpty() ? 0 : m_utf8.appendToBuffer(out, text) - out;
    bindBuffered(index, m_scratch, size);
}

void SqliteBulkStatement::bindUtf8(int index, QByteArrayView utf8)
{
    Slot &slot = m_slots[size_t(index)];
    const qsizetype size = utf8.size();
    if (slot.kind == Slot::Kind::Text && slot.size == size &&
        memcmp(slot.text.constData(), utf8.data(), size_t(size)) == 0)
        return;
    // Rewritten in place: the parameter is bound again right away, before
    // SQLite reads it.
    if (slot.text.size() < size + 1)
        slot.text.resize(size + 1);
    if (size > 0)
        memcpy(slot.text.data(), utf8.data(), size_t(size));
    slot.kind = Slot::Kind::Text;
    slot.size = size;
    sqlite3_bind_text(m_stmt, index + 1, slot.text.constData(), int(size), SQLITE_STATIC);
}

// Binds the first size bytes of bytes (the scratch buffer), unless the
// parameter holds them already.
void SqliteBulkStatement::bindBuffered(int index, QByteArray &bytes, qsizetype size)
{
    Slot &slot = m_slots[size_t(index)];
    if (slot.kind == Slot::Kind::Text && slot.size == size &&
        memcmp(slot.text.constData(), bytes.constData(), size_t(size)) == 0)
        return;
    // The old buffer becomes the scratch one: SQLite no longer reads it.
    std::swap(slot.text, bytes);
    slot.kind = Slot::Kind::Text;
    slot.size = size;
    sqlite3_bind_text(m_stmt, index + 1, slot.text.constData(), int(size), SQLITE_STATIC);
}

bool SqliteBulkStatement::exec(QString *error)
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

qint64 SqliteBulkStatement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

#else // SUIVI_SQLITE_FAST_IMPORT

// Built without the option: never usable, callers take their QtSql path.
SqliteBulkStatement::SqliteBulkStatement() = default;
SqliteBulkStatement::~SqliteBulkStatement() = default;
bool SqliteBulkStatement::builtIn()
{
    return false;
}
void SqliteBulkStatement::setDisabled(bool) {}
bool SqliteBulkStatement::usable(const QSqlDatabase &)
{
    return false;
}
void SqliteBulkStatement::finalize() {}
bool SqliteBulkStatement::prepare(const QSqlDatabase &, const QString &, QString *error)
{
    if (error)
        *error = QStringLiteral("built without SUIVI_SQLITE_FAST_IMPORT");
    return false;
}
void SqliteBulkStatement::bindNull(int) {}
void SqliteBulkStatement::bindInt(int, qint64) {}
void SqliteBulkStatement::bindText(int, QStringView) {}
void SqliteBulkStatement::bindUtf8(int, QByteArrayView) {}
void SqliteBulkStatement::bindBuffered(int, QByteArray &, qsizetype) {}
bool SqliteBulkStatement::exec(QString *)
{
    return false;
}
qint64 SqliteBulkStatement::lastInsertId() const
{
    return 0;
}

#endif // SUIVI_SQLITE_FAST_IMPORT
