#include "importmerger.h"

#include "database.h"
#include "openingrepository.h"

#include <QSqlError>

#include <utility>

ImportMerger::ImportMerger(Database &db, OpeningRepository &repository,
                           const QVector<Field> &stated, const QDateTime &at)
    : m_db(db), m_repository(repository), m_at(at), m_select(db.connection()),
      m_update(db.connection())
{
    // Only what the file states is compared: a column it lacks leaves the
    // field alone, and so does an empty first announced quarter (the slip
    // history stays).
    m_fields = {Field::Title, Field::Status, Field::Announced};
    for (Field f : {Field::Url, Field::Description, Field::Comment, Field::EffectiveDate})
        if (stated.contains(f))
            m_fields << f;
}

ImportMerger::Compared ImportMerger::compared(const Opening &o)
{
    return Compared{o.title,
                    Domain::statusCode(o.status),
                    o.url,
                    o.description,
                    o.comment,
                    o.effectiveDate.isValid() ? o.effectiveDate.toString(Qt::ISODate) : QString(),
                    o.announced.key()};
}

quint64 ImportMerger::fingerprint(const Compared &c) const
{
    QString joined;
    joined.reserve(c.title.size() + c.url.size() + c.comment.size() + c.description.size() + 64);
    for (const Field f : m_fields) {
        switch (f) {
        case Field::Title:
            joined += c.title;
            break;
        case Field::Status:
            joined += c.status;
            break;
        case Field::Announced:
            joined += QString::number(c.announced);
            break;
        case Field::Url:
            joined += c.url;
            break;
        case Field::Description:
            joined += c.description;
            break;
        case Field::Comment:
            joined += c.comment;
            break;
        case Field::EffectiveDate:
            joined += c.effectiveDate;
            break;
        default:
            break;
        }
        joined += QChar(0x1f);
    }
    return quint64(qHash(QStringView(joined), size_t(0x2545F4914F6CDD1DULL)));
}

bool ImportMerger::load(qint64 *maxId, QString *error)
{
    // Keys and a fingerprint of the compared fields, read once: rows the
    // file leaves as they are are then recognised without a query each.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, ministry_id, kind, title, status, announced_q, "
                               "first_announced_q, url, description, comment, effective_date "
                               "FROM openings ORDER BY id"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    *maxId = 0;
    while (q.next()) {
        *maxId = qMax(*maxId, q.value(0).toLongLong());
        const auto kind = Domain::kindFromCode(q.value(2).toString());
        if (!kind)
            continue;
        const Compared stored{q.value(3).toString(),
                              q.value(4).toString(),
                              q.value(7).toString(),
                              q.value(8).toString(),
                              q.value(9).toString(),
                              q.value(10).toString(),
                              q.isNull(5) ? -1 : q.value(5).toInt()};
        const OpeningKey key = OpeningKey::make(q.value(1).toLongLong(), *kind, stored.title);
        // Should the table already hold twins, the oldest one is the one updated.
        if (!m_existing.contains(key))
            m_existing.insert(key, Existing{q.value(0).toLongLong(), fingerprint(stored),
                                            q.isNull(6) ? -1 : q.value(6).toInt()});
    }
    return true;
}

ImportMerger::Result ImportMerger::merge(const OpeningKey &key, const ImportRow &row,
                                         QString *error)
{
    const auto existing = m_existing.constFind(key);
    if (existing == m_existing.constEnd())
        return Result::Absent;
    const Opening &o = row.opening;
    if (existing->fingerprint == fingerprint(compared(o)) &&
        (!row.firstAnnouncedGiven || existing->firstAnnounced == o.firstAnnounced.key()))
        return Result::Unchanged;
    return update(existing->id, row, error);
}

// Compares the row with the stored opening field by field.
ImportMerger::Result ImportMerger::update(qint64 id, const ImportRow &row, QString *error)
{
    const std::optional<Opening> current = read(id, error);
    if (!current)
        return Result::Failed;
    Opening next = *current;
    bool changed = false;
    if (!logChanges(id, row, *current, next, &changed, error))
        return Result::Failed;
    if (!changed)
        return Result::Unchanged;
    return write(id, next, row, error) ? Result::Updated : Result::Failed;
}

std::optional<Opening> ImportMerger::read(qint64 id, QString *error)
{
    if (m_select.lastQuery().isEmpty() &&
        !m_db.prepare(m_select,
                      QStringLiteral("SELECT %1 FROM openings o JOIN ministries m ON m.id = "
                                     "o.ministry_id WHERE o.id = ?")
                          .arg(OpeningRepository::selectColumns()),
                      error))
        return std::nullopt;
    m_select.addBindValue(id);
    if (!m_select.exec() || !m_select.next()) {
        if (error)
            *error = m_select.lastError().text();
        return std::nullopt;
    }
    const Opening current = OpeningRepository::row(m_select);
    m_select.finish();
    return current;
}

// Sets on next the fields of the row that differ from current, one change-log row each.
bool ImportMerger::logChanges(qint64 id, const ImportRow &row, const Opening &current,
                              Opening &next, bool *changed, QString *error)
{
    QVector<Field> fields = m_fields;
    if (row.firstAnnouncedGiven)
        fields << Field::FirstAnnounced;
    for (const Field f : std::as_const(fields)) {
        const QVariant oldValue = Domain::fieldValue(current, f);
        const QVariant newValue = Domain::fieldValue(row.opening, f);
        if (oldValue == newValue)
            continue;
        Domain::setFieldValue(next, f, newValue);
        if (!m_repository.logChange(id, Domain::fieldCode(f), oldValue, newValue, error, m_at))
            return false;
        *changed = true;
    }
    return true;
}

bool ImportMerger::write(qint64 id, const Opening &next, const ImportRow &row, QString *error)
{
    if (m_update.lastQuery().isEmpty() &&
        !m_db.prepare(
            m_update,
            QStringLiteral("UPDATE openings SET title=?, description=?, url=?, announced_q=?, "
                           "first_announced_q=?, effective_date=?, status=?, comment=?, "
                           "search_key=?, updated_at=?, updated_by=?, version=version+1 "
                           "WHERE id=?"),
            error))
        return false;
    m_update.addBindValue(OpeningRepository::textValue(next.title));
    m_update.addBindValue(OpeningRepository::textValue(next.description));
    m_update.addBindValue(OpeningRepository::textValue(next.url));
    m_update.addBindValue(OpeningRepository::quarterValue(next.announced));
    m_update.addBindValue(OpeningRepository::quarterValue(next.firstAnnounced));
    m_update.addBindValue(OpeningRepository::dateValue(next.effectiveDate));
    m_update.addBindValue(Domain::statusCode(next.status));
    m_update.addBindValue(OpeningRepository::textValue(next.comment));
    m_update.addBindValue(OpeningRepository::searchKey(next));
    m_update.addBindValue(OpeningRepository::timestamp(
        row.opening.updatedAt.isValid() ? row.opening.updatedAt : m_at));
    m_update.addBindValue(m_db.userName());
    m_update.addBindValue(id);
    if (!m_update.exec()) {
        if (error)
            *error = m_update.lastError().text();
        return false;
    }
    return true;
}
