#pragma once

#include "domain.h"
#include "importrecord.h"
#include "openingkey.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QVector>

class Database;
class OpeningRepository;

// The Merge side of an import: the table's openings known by key, with a
// fingerprint of the fields the file states, and the update of an opening
// whose fields differ from the file's row, with a change-log row per field.
class ImportMerger
{
public:
    enum class Result { Absent, Unchanged, Updated, Failed };

    // stated: the optional fields the file has a column for; at stamps the change rows.
    ImportMerger(Database &db, OpeningRepository &repository, const QVector<Field> &stated,
                 const QDateTime &at);

    // Reads the keys and fingerprints of the table's openings; *maxId is the largest id.
    bool load(qint64 *maxId, QString *error);
    // Absent when the table has no opening of key; Failed: *error holds the database's message.
    Result merge(const OpeningKey &key, const ImportRow &row, QString *error);

private:
    // An opening of the table, as far as a merge needs to know it.
    struct Existing
    {
        qint64 id = 0;
        quint64 fingerprint = 0; // of the fields the file states
        int firstAnnounced = -1; // key
    };
    // The stored forms of the fields a merge compares.
    struct Compared
    {
        QString title, status, url, description, comment, effectiveDate;
        int announced = -1;
    };

    quint64 fingerprint(const Compared &c) const;
    static Compared compared(const Opening &o);

    Result update(qint64 id, const ImportRow &row, QString *error);
    std::optional<Opening> read(qint64 id, QString *error);
    bool logChanges(qint64 id, const ImportRow &row, const Opening &current, Opening &next,
                    bool *changed, QString *error);
    bool write(qint64 id, const Opening &next, const ImportRow &row, QString *error);

    Database &m_db;
    OpeningRepository &m_repository;
    const QDateTime m_at;
    QVector<Field> m_fields; // compared (and the first quarter when given)
    QHash<OpeningKey, Existing> m_existing;
    QSqlQuery m_select;
    QSqlQuery m_update;
};
