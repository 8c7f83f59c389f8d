#pragma once

#include "bulkopeninginserter.h"
#include "importmerger.h"
#include "importrecord.h"
#include "ministrydirectory.h"
#include "openingrepository.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

#include <array>
#include <memory>

class Database;

// Writes the parsed rows of one file into a table, inside a transaction the
// caller opened and will commit or roll back: ministries created on demand,
// rows merged on (ministry, folded title, kind) or added, and a change-log row
// for every creation, field change and deletion, all stamped with one time.
class ImportWriter
{
public:
    enum class Outcome { Inserted, Updated, Unchanged, Duplicate, Failed };

    // stated: the optional fields the file has a column for (URL, description, comment,
    // effective date); a merge leaves the others alone.
    ImportWriter(Database &db, const QVector<Field> &stated, ImportMode mode);

    // Loads the ministries, then the keys of the openings (Merge) or deletes
    // them all with a "deleted" change row each (Replace).
    bool begin(QString *error);
    // Uses the row's prepared fields (ImportRow::prepare), prepared here when missing.
    // Duplicate: *firstRow is the earlier row of the file with the same key.
    // Failed: *error holds the database's message.
    Outcome write(ImportRow &row, int *firstRow, QString *error);
    // Logs the "created" change rows of the added openings not logged yet.
    bool finish(QString *error);

    int removed() const { return m_removed; }
    int ministriesCreated() const { return m_ministriesCreated; }

private:
    bool clearTable(QString *error);
    qint64 insert(const Opening &o, const QString &searchKey, QString *error);
    const QString &stamp(const Opening &o);
    void bind(int index, const QVariant &value);
    bool prepare(QSqlQuery &query, const QString &sql, QString *error);
    void startBulkInserts(qint64 maxId);
    bool dropIndexes(QString *error);
    bool logCreated(QString *error);

    Database &m_db;
    ImportMode m_mode;
    MinistryDirectory m_ministries;
    OpeningRepository m_repository;
    const QDateTime m_at;
    ImportMerger m_merger; // Merge: the openings of the table
    QDateTime m_stamped;   // the last updated_at written, and its text
    QString m_stampText;
    QHash<QString, qint64> m_ministryIds; // ids by the names as written in the file
    QHash<OpeningKey, int> m_seen;        // rows of the file
    QVector<qint64> m_inserted;
    QSqlQuery m_insert;
    // Inserts through SQLite's C API, when this build and the driver allow it.
    std::unique_ptr<BulkOpeningInserter> m_bulk;
    std::array<QVariant, 13> m_bound; // what m_insert holds from the previous row
    QStringList m_droppedIndexes;     // Replace: their CREATE statements
    int m_removed = 0;
    int m_ministriesCreated = 0;
};
