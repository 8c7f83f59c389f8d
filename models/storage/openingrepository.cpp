#include "openingrepository.h"

#include "database.h"
#include "textfold.h"

#include <QSqlError>

namespace {

QVariant nullable(const QVariant &v)
{
    return v.isValid() ? v : QVariant(QMetaType::fromType<QString>());
}

const QString insertColumns =
    QStringLiteral("ministry_id, kind, title, description, url, announced_q, first_announced_q, "
                   "effective_date, status, comment, search_key, updated_at, updated_by, version");

void bindOpening(QSqlQuery &q, const Opening &o, const QString &user)
{
    q.addBindValue(o.ministryId);
    q.addBindValue(Domain::kindCode(o.kind));
    q.addBindValue(OpeningRepository::textValue(o.title));
    q.addBindValue(OpeningRepository::textValue(o.description));
    q.addBindValue(OpeningRepository::textValue(o.url));
    q.addBindValue(OpeningRepository::quarterValue(o.announced));
    q.addBindValue(OpeningRepository::quarterValue(o.firstAnnounced.isValid() ? o.firstAnnounced
                                                                              : o.announced));
    q.addBindValue(OpeningRepository::dateValue(o.effectiveDate));
    q.addBindValue(Domain::statusCode(o.status));
    q.addBindValue(OpeningRepository::textValue(o.comment));
    q.addBindValue(OpeningRepository::searchKey(o));
    q.addBindValue(OpeningRepository::timestamp(
        o.updatedAt.isValid() ? o.updatedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(o.updatedBy.isEmpty() ? user : o.updatedBy);
    q.addBindValue(o.version > 0 ? o.version : 1);
}

} // namespace

QVariant OpeningRepository::quarterValue(const Quarter &q)
{
    return q.isValid() ? QVariant(q.key()) : QVariant(QMetaType::fromType<int>());
}

QVariant OpeningRepository::dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType::fromType<QString>());
}

QString OpeningRepository::textValue(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

OpeningRepository::OpeningRepository(Database &db)
    : m_db(db), m_insert(db.connection()), m_insertWithId(db.connection()),
      m_update(db.connection()), m_remove(db.connection()), m_log(db.connection())
{
}

QString OpeningRepository::selectColumns()
{
    return QStringLiteral(
        "o.id, o.ministry_id, m.name, o.kind, o.title, o.description, o.url, o.announced_q, "
        "o.first_announced_q, o.effective_date, o.status, o.comment, o.updated_at, "
        "o.updated_by, o.version");
}

Opening OpeningRepository::row(const QSqlQuery &q)
{
    Opening o;
    o.id = q.value(0).toLongLong();
    o.ministryId = q.value(1).toLongLong();
    o.ministry = q.value(2).toString();
    o.kind = Domain::kindFromCode(q.value(3).toString()).value_or(Kind::Dataset);
    o.title = q.value(4).toString();
    o.description = q.value(5).toString();
    o.url = q.value(6).toString();
    o.announced = q.value(7).isNull() ? Quarter() : Quarter::fromKey(q.value(7).toInt());
    o.firstAnnounced = q.value(8).isNull() ? Quarter() : Quarter::fromKey(q.value(8).toInt());
    o.effectiveDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    o.status = Domain::statusFromCode(q.value(10).toString()).value_or(Status::Planned);
    o.comment = q.value(11).toString();
    o.updatedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    o.updatedBy = q.value(13).toString();
    o.version = q.value(14).toInt();
    return o;
}

QString OpeningRepository::searchKey(const Opening &o)
{
    QString key;
    key.reserve(o.title.size() + o.description.size() + o.comment.size() + o.url.size() + 3);
    TextFold::appendFold(key, o.title);
    for (const QString *part : {&o.description, &o.comment, &o.url}) {
        if (!part->isEmpty()) {
            key += QLatin1Char('\n');
            TextFold::appendFold(key, *part);
        }
    }
    return key;
}

QString OpeningRepository::timestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<Opening> OpeningRepository::find(qint64 id, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!m_db.prepare(q,
                      QStringLiteral("SELECT %1 FROM openings o JOIN ministries m ON m.id = "
                                     "o.ministry_id WHERE o.id = ?")
                          .arg(selectColumns()),
                      error))
        return std::nullopt;
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return row(q);
}

qint64 OpeningRepository::insert(const Opening &o, QString *error)
{
    QSqlQuery &q = o.id > 0 ? m_insertWithId : m_insert;
    if (q.lastQuery().isEmpty()) {
        const QString sql = o.id > 0
                                ? QStringLiteral("INSERT INTO openings (id, %1) VALUES "
                                                 "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id")
                                : QStringLiteral("INSERT INTO openings (%1) VALUES "
                                                 "(?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
        if (!m_db.prepare(q, sql.arg(insertColumns), error))
            return 0;
    }
    if (o.id > 0)
        q.addBindValue(o.id);
    bindOpening(q, o, m_db.userName());
    // RETURNING (SQLite 3.35+, PostgreSQL) gives the id on both backends;
    // QPSQL's lastInsertId() would only give an OID.
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return 0;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

int OpeningRepository::update(const Opening &o, QString *error, Opening *written)
{
    // Prepared once and kept: also, on PostgreSQL, a statement freed inside a failed
    // transaction would warn.
    QSqlQuery &q = m_update;
    if (q.lastQuery().isEmpty() &&
        !m_db.prepare(
            q,
            QStringLiteral("UPDATE openings SET ministry_id=?, kind=?, title=?, description=?, "
                           "url=?, announced_q=?, first_announced_q=?, effective_date=?, status=?, "
                           "comment=?, search_key=?, updated_at=?, updated_by=?, version=? "
                           "WHERE id=? AND version=? RETURNING updated_at, updated_by, version"),
            error))
        return -1;
    Opening next = o;
    next.version = o.version + 1;
    next.updatedAt = QDateTime::currentDateTimeUtc();
    next.updatedBy = m_db.userName();
    bindOpening(q, next, m_db.userName());
    q.addBindValue(o.id);
    q.addBindValue(o.version);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    if (!q.next())
        return 0;
    // A server stamps the row itself (time, user, version): what it wrote.
    next.updatedAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    next.updatedBy = q.value(1).toString();
    next.version = q.value(2).toInt();
    q.finish();
    if (written)
        *written = next;
    return 1;
}

int OpeningRepository::remove(qint64 id, QString *error)
{
    QSqlQuery &q = m_remove;
    if (q.lastQuery().isEmpty() &&
        !m_db.prepare(q, QStringLiteral("DELETE FROM openings WHERE id = ?"), error))
        return -1;
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.numRowsAffected();
}

bool OpeningRepository::logChange(qint64 openingId, const QString &field, const QVariant &oldValue,
                                  const QVariant &newValue, QString *error, const QDateTime &at)
{
    if (m_log.lastQuery().isEmpty() &&
        !m_db.prepare(m_log,
                      QStringLiteral("INSERT INTO changes (at, who, opening_id, field, old_value, "
                                     "new_value) VALUES (?, ?, ?, ?, ?, ?)"),
                      error))
        return false;
    m_log.addBindValue(timestamp(at.isValid() ? at : QDateTime::currentDateTimeUtc()));
    m_log.addBindValue(m_db.userName());
    m_log.addBindValue(openingId > 0 ? QVariant(openingId)
                                     : QVariant(QMetaType::fromType<qint64>()));
    m_log.addBindValue(field);
    m_log.addBindValue(nullable(oldValue.isNull() ? QVariant() : QVariant(oldValue.toString())));
    m_log.addBindValue(nullable(newValue.isNull() ? QVariant() : QVariant(newValue.toString())));
    if (!m_log.exec()) {
        if (error)
            *error = m_log.lastError().text();
        return false;
    }
    return true;
}

QVector<Change> OpeningRepository::changes(qint64 openingId, QString *error)
{
    QVector<Change> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!m_db.prepare(q,
                      QStringLiteral("SELECT id, at, who, opening_id, field, old_value, new_value "
                                     "FROM changes WHERE opening_id = ? ORDER BY id"),
                      error))
        return list;
    q.addBindValue(openingId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return list;
    }
    while (q.next()) {
        list.append(Change{q.value(0).toLongLong(),
                           QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                           q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toString(),
                           q.value(5).toString(), q.value(6).toString()});
    }
    return list;
}
