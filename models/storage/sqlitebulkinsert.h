#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringConverter>
#include <QStringView>

#include <vector>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

// Runs one prepared statement many times through SQLite's C API on the handle
// of a QtSql connection, for bulk imports: binding through QtSql (QVariant,
// UTF-16 text converted by SQLite at each step) costs more than SQLite's
// insert itself. This is only sound when Qt's SQLite driver uses the very
// libsqlite3 this program links, which the build checks (CMake option
// SUIVI_SQLITE_FAST_IMPORT) and usable() checks again at run time; callers
// keep their QtSql path for the other cases (and for PostgreSQL).
class SqliteBulkStatement
{
public:
    SqliteBulkStatement();
    ~SqliteBulkStatement();
    SqliteBulkStatement(const SqliteBulkStatement &) = delete;
    SqliteBulkStatement &operator=(const SqliteBulkStatement &) = delete;

    // True when db is an open SQLite connection whose handle this build may
    // use: built with the option, the driver's handle is a "sqlite3*", and
    // the library behind the driver is the one linked here (same source id).
    static bool usable(const QSqlDatabase &db);
    // True when built with SUIVI_SQLITE_FAST_IMPORT (else usable() is always false).
    static bool builtIn();
    // For tests comparing both paths: makes usable() false in this process.
    static void setDisabled(bool disabled);

    // Prepares sql (positional "?" parameters) on db's handle; usable(db) must hold.
    bool prepare(const QSqlDatabase &db, const QString &sql, QString *error);
    bool isPrepared() const { return m_stmt != nullptr; }

    // Parameters count from 0, as QSqlQuery's. Values stay bound from one
    // exec() to the next until bound again.
    void bindNull(int index);
    void bindInt(int index, qint64 value);
    // Stored as UTF-8 text; a null view binds '' (not NULL).
    void bindText(int index, QStringView text);
    // The same with text already in UTF-8 (copied: it may go before exec()).
    void bindUtf8(int index, QByteArrayView utf8);
    // Runs the statement once and makes it ready for the next values.
    bool exec(QString *error);
    // The rowid of the last row inserted through this connection.
    qint64 lastInsertId() const;

private:
    void finalize();
    void bindBuffered(int index, QByteArray &bytes, qsizetype size);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    // What each parameter holds. Text is kept in a UTF-8 buffer per
    // parameter, reused from row to row: SQLite reads it in place
    // (SQLITE_STATIC) until the parameter is bound again. A value equal to
    // the bound one is not bound again (user, time stamp, empty cells).
    struct Slot
    {
        enum class Kind { Unbound, Null, Int, Text } kind = Kind::Unbound;
        qint64 value = 0;
        QByteArray text;
        qsizetype size = 0;
    };
    std::vector<Slot> m_slots;
    QByteArray m_scratch;
    QStringEncoder m_utf8{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
};
