#include "importwriter.h"

#include "database.h"

#include <QSqlError>

#include <algorithm>
#include <utility>

namespace {

// Openings added between two writes of their "created" change rows (Replace).
constexpr int createdChunk = 16384;

} // namespace

ImportWriter::ImportWriter(Database &db, const QVector<Field> &stated, ImportMode mode)
    : m_db(db), m_mode(mode), m_ministries(db), m_repository(db),
      // Millisecond precision, as the stored timestamps.
      m_at(QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC)),
      m_merger(db, m_repository, stated, m_at), m_insert(db.connection())
{
}

bool ImportWriter::prepare(QSqlQuery &query, const QString &sql, QString *error)
{
    return m_db.prepare(query, sql, error);
}

bool ImportWriter::begin(QString *error)
{
    if (!m_ministries.load(error))
        return false;
    if (m_mode == ImportMode::Replace)
        return clearTable(error);
    qint64 maxId = 0;
    if (!m_merger.load(&maxId, error))
        return false;
    startBulkInserts(maxId);
    return true;
}

bool ImportWriter::clearTable(QString *error)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM openings")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    m_removed = q.value(0).toInt();
    q.finish();
    // One statement for all the deletion rows: a million openings are
    // logged as fast as they are deleted.
    if (!m_db.exec(QStringLiteral("INSERT INTO changes (at, who, opening_id, field, "
                                  "old_value, new_value) SELECT CAST(? AS TEXT), "
                                  "CAST(? AS TEXT), id, 'deleted', title, NULL "
                                  "FROM openings ORDER BY id"),
                   {OpeningRepository::timestamp(m_at), m_db.userName()}, error) ||
        !m_db.exec(QStringLiteral("DELETE FROM openings"), {}, error) || !dropIndexes(error))
        return false;
    startBulkInserts(0);
    return true;
}

void ImportWriter::startBulkInserts(qint64 maxId)
{
    if (m_db.backend() != Database::Backend::SQLite ||
        !SqliteBulkStatement::usable(m_db.connection()))
        return;
    // New rows take the ids after the largest one, in order, unless the
    // largest is SQLite's limit (then they are random): far from it, the ids
    // of a many-row statement are known from its last one.
    constexpr qint64 farFromLimit = qint64(1) << 62;
    m_bulk = std::make_unique<BulkOpeningInserter>(
        m_db.connection(), m_db.userName(),
        maxId < farFromLimit ? BulkOpeningInserter::rowsPerStatement : 1);
}

ImportWriter::Outcome ImportWriter::write(ImportRow &row, int *firstRow, QString *error)
{
    if (row.searchKey.isNull())
        row.prepare();
    const QString &searchKey = row.searchKey;
    Opening &o = row.opening;
    auto ministry = m_ministryIds.constFind(o.ministry);
    if (ministry == m_ministryIds.constEnd()) {
        bool created = false;
        const qint64 id = m_ministries.ensure(o.ministry, error, &created);
        if (id <= 0)
            return Outcome::Failed;
        if (created)
            ++m_ministriesCreated;
        ministry = m_ministryIds.insert(o.ministry, id);
    }
    o.ministryId = *ministry;

    const OpeningKey key = row.titleKey.withMinistryId(*ministry);
    const auto seen = m_seen.constFind(key);
    if (seen != m_seen.constEnd()) {
        if (firstRow)
            *firstRow = *seen;
        return Outcome::Duplicate;
    }
    m_seen.insert(key, row.row);

    if (m_mode == ImportMode::Merge) {
        switch (m_merger.merge(key, row, error)) {
        case ImportMerger::Result::Absent:
            break;
        case ImportMerger::Result::Unchanged:
            return Outcome::Unchanged;
        case ImportMerger::Result::Updated:
            return Outcome::Updated;
        case ImportMerger::Result::Failed:
            return Outcome::Failed;
        }
    }
    if (m_bulk) {
        if (!m_bulk->add(o, row.utf8, stamp(o), &m_inserted, error))
            return Outcome::Failed;
    } else {
        const qint64 id = insert(o, searchKey, error);
        if (id <= 0)
            return Outcome::Failed;
        m_inserted.append(id);
    }
    // A Replace adds every row: their "created" change rows are logged as
    // they come, while the rows just written are still in SQLite's cache and
    // while the reading thread keeps the other core busy. (A Merge logs them
    // at the end, after the change rows of its updates, as it always has.)
    if (m_mode == ImportMode::Replace && m_inserted.size() >= createdChunk && !logCreated(error))
        return Outcome::Failed;
    return Outcome::Inserted;
}

void ImportWriter::bind(int index, const QVariant &value)
{
    // QSqlQuery keeps bound values from one execution to the next, and
    // binding costs more than SQLite's insert itself: only changes are bound,
    // by name (cheaper in QtSql than by position).
    static const QString names[] = {
        QStringLiteral(":ministry"), QStringLiteral(":kind"),   QStringLiteral(":title"),
        QStringLiteral(":desc"),     QStringLiteral(":url"),    QStringLiteral(":announced"),
        QStringLiteral(":first"),    QStringLiteral(":date"),   QStringLiteral(":status"),
        QStringLiteral(":comment"),  QStringLiteral(":search"), QStringLiteral(":at"),
        QStringLiteral(":by"),
    };
    QVariant &bound = m_bound[size_t(index)];
    if (bound.isValid() && bound.isNull() == value.isNull() && bound == value)
        return;
    m_insert.bindValue(names[index], value);
    bound = value;
}

qint64 ImportWriter::insert(const Opening &o, const QString &searchKey, QString *error)
{
    // A server numbers rows with a sequence: the repository's RETURNING form.
    if (m_db.backend() != Database::Backend::SQLite) {
        Opening stamped = o;
        if (!stamped.updatedAt.isValid())
            stamped.updatedAt = m_at;
        return m_repository.insert(stamped, error);
    }
    if (m_insert.lastQuery().isEmpty() &&
        !prepare(m_insert,
                 QStringLiteral("INSERT INTO openings (ministry_id, kind, title, description, url, "
                                "announced_q, first_announced_q, effective_date, status, comment, "
                                "search_key, updated_at, updated_by, version) VALUES (:ministry, "
                                ":kind, :title, :desc, :url, :announced, :first, :date, :status, "
                                ":comment, :search, :at, :by, 1)"),
                 error))
        return 0;
    const QString &at = stamp(o);
    bind(0, o.ministryId);
    bind(1, Domain::kindCode(o.kind));
    bind(2, OpeningRepository::textValue(o.title));
    bind(3, OpeningRepository::textValue(o.description));
    bind(4, OpeningRepository::textValue(o.url));
    bind(5, OpeningRepository::quarterValue(o.announced));
    bind(6, OpeningRepository::quarterValue(o.firstAnnounced.isValid() ? o.firstAnnounced
                                                                       : o.announced));
    bind(7, OpeningRepository::dateValue(o.effectiveDate));
    bind(8, Domain::statusCode(o.status));
    bind(9, OpeningRepository::textValue(o.comment));
    bind(10, searchKey);
    bind(11, at);
    bind(12, m_db.userName());
    if (!m_insert.exec()) {
        if (error)
            *error = m_insert.lastError().text();
        return 0;
    }
    return m_insert.lastInsertId().toLongLong();
}

// The text of a row's updated_at, kept while rows share it (they mostly do).
const QString &ImportWriter::stamp(const Opening &o)
{
    const QDateTime &when = o.updatedAt.isValid() ? o.updatedAt : m_at;
    if (m_stampText.isEmpty() || when != m_stamped) {
        m_stamped = when;
        m_stampText = OpeningRepository::timestamp(when);
    }
    return m_stampText;
}

// SQLite fills an empty table faster without its indexes, built again at
// the end from the rows in one sort. They are part of the transaction: a
// rolled back import leaves them as they were.
bool ImportWriter::dropIndexes(QString *error)
{
    if (m_db.backend() != Database::Backend::SQLite)
        return true;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                               "tbl_name = 'openings' AND sql IS NOT NULL"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        m_droppedIndexes << q.value(1).toString();
    }
    q.finish();
    // A name is an identifier, not a value: quoted, as it cannot be bound.
    for (QString name : std::as_const(names)) {
        name.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if (!m_db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name), {}, error))
            return false;
    }
    return true;
}

bool ImportWriter::finish(QString *error)
{
    if (m_bulk && !m_bulk->flush(&m_inserted, error))
        return false;
    for (const QString &sql : std::as_const(m_droppedIndexes)) {
        if (!m_db.exec(sql, {}, error))
            return false;
    }
    m_droppedIndexes.clear();
    return logCreated(error);
}

bool ImportWriter::logCreated(QString *error)
{
    if (m_inserted.isEmpty())
        return true;
    const QString sql = QStringLiteral(
        "INSERT INTO changes (at, who, opening_id, field, old_value, new_value) "
        "SELECT CAST(? AS TEXT), CAST(? AS TEXT), id, 'created', NULL, title FROM openings "
        "WHERE id BETWEEN ? AND ? ORDER BY id");
    const QString at = OpeningRepository::timestamp(m_at);
    const QVector<qint64> ids = std::exchange(m_inserted, {});
    const qint64 first = ids.constFirst();
    const qint64 last = ids.constLast();
    // SQLite numbers new rows one after the other: one statement logs them
    // all. Should ids not be consecutive (a server with concurrent writers),
    // each id is logged on its own, so no other session's row is claimed.
    if (last - first + 1 == ids.size() && std::is_sorted(ids.cbegin(), ids.cend()))
        return m_db.exec(sql, {at, m_db.userName(), first, last}, error);
    QSqlQuery q(m_db.connection());
    if (!prepare(q, sql, error))
        return false;
    for (const qint64 id : ids) {
        q.addBindValue(at);
        q.addBindValue(m_db.userName());
        q.addBindValue(id);
        q.addBindValue(id);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}
