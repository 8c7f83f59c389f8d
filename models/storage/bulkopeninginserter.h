#pragma once

#include "domain.h"
#include "sqlitebulkinsert.h"
#include "utf8opening.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <vector>

// Inserts the openings an import adds into an SQLite table many rows per
// statement, through SQLite's C API (SqliteBulkStatement): a statement's
// fixed cost (cursors, foreign key check set-up, halt) is then shared by
// its rows. Rows are queued until a statement is full; flush() inserts the
// rest. Ids come back in file order.
class BulkOpeningInserter
{
public:
    static constexpr int rowsPerStatement = 32;

    // rows: rows per statement (1 when ids might not follow each other, see
    // ImportWriter::begin); userName fills updated_by.
    BulkOpeningInserter(const QSqlDatabase &db, const QString &userName,
                        int rows = rowsPerStatement);

    // Queues an opening with its texts in UTF-8 (see Utf8Opening) and the
    // updated_at text to write when it states none; inserts the queue when
    // full, appending the new ids to *ids.
    bool add(const Opening &o, const Utf8Opening &utf8, const QString &stamp, QVector<qint64> *ids,
             QString *error);
    // Inserts what is queued.
    bool flush(QVector<qint64> *ids, QString *error);

    // yyyy-MM-dd, as QDate::toString(Qt::ISODate) writes it, without its
    // formatting machinery (a million dates in a big import).
    static QString isoDate(const QDate &date);

private:
    struct Pending
    {
        qint64 ministryId = 0;
        Kind kind = Kind::Dataset;
        Status status = Status::Planned;
        int announced = -1; // quarter keys
        int firstAnnounced = -1;
        Utf8Opening utf8;
        QString stamp;
    };

    bool insert(SqliteBulkStatement &statement, int rows, QVector<qint64> *ids, QString *error);

    QSqlDatabase m_db;
    QString m_userName;
    int m_rows;
    std::vector<Pending> m_pending;
    SqliteBulkStatement m_full; // m_rows rows
    SqliteBulkStatement m_tail; // the last, shorter statement
};
