// ImportWriter: a Merge, which compares each row of the file with the table's
// opening of the same ministry, kind and title, and updates what differs.
#include "importwriter.h"

#include "database.h"

#include <QSqlError>

#include <utility>

ImportWriter::Compared ImportWriter::compared(const Opening &o)
{
    return Compared{o.title,
                    Domain::statusCode(o.status),
                    o.url,
                    o.description,
                    o.comment,
                    o.effectiveDate.isValid() ? o.effectiveDate.toString(Qt::ISODate) : QString(),
                    o.announced.key()};
}

quint64 ImportWriter::fingerprint(const Compared &c) const
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

ImportWriter::Outcome ImportWriter::merge(qint64 id, const ImportRow &row, QString *error)
{
    if (m_select.lastQuery().isEmpty() &&
        !prepare(m_select,
                 QStringLiteral("SELECT %1 FROM openings o JOIN ministries m ON m.id = "
                                "o.ministry_id WHERE o.id = ?")
                     .arg(OpeningRepository::selectColumns()),
                 error))
        return Outcome::Failed;
    m_select.addBindValue(id);
    if (!m_select.exec() || !m_select.next()) {
        if (error)
            *error = m_select.lastError().text();
        return Outcome::Failed;
    }
    const Opening current = OpeningRepository::row(m_select);
    m_select.finish();

    QVector<Field> fields = m_fields;
    if (row.firstAnnouncedGiven)
        fields << Field::FirstAnnounced;

    Opening next = current;
    bool changed = false;
    for (const Field f : std::as_const(fields)) {
        const QVariant oldValue = Domain::fieldValue(current, f);
        const QVariant newValue = Domain::fieldValue(row.opening, f);
        if (oldValue == newValue)
            continue;
        Domain::setFieldValue(next, f, newValue);
        if (!m_repository.logChange(id, Domain::fieldCode(f), oldValue, newValue, error, m_at))
            return Outcome::Failed;
        changed = true;
    }
    if (!changed)
        return Outcome::Unchanged;

    if (m_update.lastQuery().isEmpty() &&
        !prepare(m_update,
                 QStringLiteral("UPDATE openings SET title=?, description=?, url=?, announced_q=?, "
                                "first_announced_q=?, effective_date=?, status=?, comment=?, "
                                "search_key=?, updated_at=?, updated_by=?, version=version+1 "
                                "WHERE id=?"),
                 error))
        return Outcome::Failed;
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
        return Outcome::Failed;
    }
    return Outcome::Updated;
}
