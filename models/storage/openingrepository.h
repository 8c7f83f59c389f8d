#pragma once

#include "domain.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

class Database;

// One line of the change log.
struct Change
{
    qint64 id = 0;
    QDateTime at;
    QString who;
    qint64 openingId = 0;
    QString field; // a Domain::fieldCode, or "created", "deleted", "imported"
    QString oldValue;
    QString newValue;
};

// The SQL of the openings and change-log tables, on one connection. Statements
// are prepared once and reused, so bulk work (imports) stays fast. It does not
// start transactions: callers decide what is atomic.
class OpeningRepository
{
public:
    explicit OpeningRepository(Database &db);

    // The column list read by row(): used by every query that builds an Opening.
    static QString selectColumns();
    // Builds an Opening from a query positioned on a row selected with selectColumns().
    static Opening row(const QSqlQuery &query);
    static QString searchKey(const Opening &opening);
    static QString timestamp(const QDateTime &when);
    // Values as the columns store them: a quarter as its key, a date as ISO text (NULL
    // when invalid), text as '' rather than NULL (QtSql binds a null QString as NULL).
    static QVariant quarterValue(const Quarter &q);
    static QVariant dateValue(const QDate &d);
    static QString textValue(const QString &s);

    std::optional<Opening> find(qint64 id, QString *error = nullptr);
    // Inserts; o.id is used when set (undo of a delete), else a new id is returned.
    qint64 insert(const Opening &o, QString *error);
    // Writes every field of o (matched on o.id) if the stored row is still at o.version,
    // bumping its version. Returns the rows written: 0 when the row moved to another version
    // (or the server's row-level security hid it), -1 on error. *written: the row as written.
    int update(const Opening &o, QString *error, Opening *written = nullptr);
    // Returns the rows deleted (0: gone, or hidden by row-level security), -1 on error.
    int remove(qint64 id, QString *error);

    bool logChange(qint64 openingId, const QString &field, const QVariant &oldValue,
                   const QVariant &newValue, QString *error, const QDateTime &at = {});
    QVector<Change> changes(qint64 openingId, QString *error = nullptr);

private:
    Database &m_db;
    QSqlQuery m_insert;
    QSqlQuery m_insertWithId;
    QSqlQuery m_update;
    QSqlQuery m_remove;
    QSqlQuery m_log;
};
