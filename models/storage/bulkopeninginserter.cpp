#include "bulkopeninginserter.h"

#include <array>
#include <utility>

namespace {

constexpr int columns = 13;

QString insertSql(int rows)
{
    QString sql = QStringLiteral(
        "INSERT INTO openings (ministry_id, kind, title, description, url, announced_q, "
        "first_announced_q, effective_date, status, comment, search_key, updated_at, updated_by, "
        "version) VALUES ");
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QLatin1Char(',');
        sql += QLatin1String("(?,?,?,?,?,?,?,?,?,?,?,?,?,1)");
    }
    return sql;
}

} // namespace

BulkOpeningInserter::BulkOpeningInserter(const QSqlDatabase &db, const QString &userName, int rows)
    : m_db(db), m_userName(userName), m_rows(qMax(rows, 1))
{
    m_pending.reserve(size_t(m_rows));
}

QString BulkOpeningInserter::isoDate(const QDate &date)
{
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (y < 0 || y > 9999)
        return date.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t(u'0' + y / 1000),
                               char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10),
                               u'-',
                               char16_t(u'0' + m / 10),
                               char16_t(u'0' + m % 10),
                               u'-',
                               char16_t(u'0' + d / 10),
                               char16_t(u'0' + d % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

bool BulkOpeningInserter::add(const Opening &o, const Utf8Opening &utf8, const QString &stamp,
                              QVector<qint64> *ids, QString *error)
{
    const Quarter first = o.firstAnnounced.isValid() ? o.firstAnnounced : o.announced;
    m_pending.push_back(Pending{o.ministryId, o.kind, o.status, o.announced.key(), first.key(),
                                utf8, utf8.hasUpdatedAt ? QString() : stamp});
    if (int(m_pending.size()) < m_rows)
        return true;
    if (!m_full.isPrepared() && !m_full.prepare(m_db, insertSql(m_rows), error))
        return false;
    return insert(m_full, m_rows, ids, error);
}

bool BulkOpeningInserter::flush(QVector<qint64> *ids, QString *error)
{
    const int rows = int(m_pending.size());
    if (rows == 0)
        return true;
    if (!m_tail.prepare(m_db, insertSql(rows), error))
        return false;
    return insert(m_tail, rows, ids, error);
}

bool BulkOpeningInserter::insert(SqliteBulkStatement &statement, int rows, QVector<qint64> *ids,
                                 QString *error)
{
    // Kinds and statuses are a handful of codes: encoded once.
    static const auto codes = [] {
        std::array<QByteArray, 8> kinds, statuses;
        for (const Kind k : Domain::allKinds())
            kinds[size_t(k)] = Domain::kindCode(k).toUtf8();
        for (const Status st : Domain::allStatuses())
            statuses[size_t(st)] = Domain::statusCode(st).toUtf8();
        return std::make_pair(kinds, statuses);
    }();
    for (int i = 0; i < rows; ++i) {
        const Pending &p = m_pending[size_t(i)];
        const Utf8Opening &u = p.utf8;
        const int at = i * columns;
        const auto bindQuarter = [&](int index, int key) {
            if (key >= 0)
                statement.bindInt(at + index, key);
            else
                statement.bindNull(at + index);
        };
        statement.bindInt(at, p.ministryId);
        statement.bindUtf8(at + 1, codes.first[size_t(p.kind)]);
        statement.bindUtf8(at + 2, u.field(Utf8Opening::Title));
        statement.bindUtf8(at + 3, u.field(Utf8Opening::Description));
        statement.bindUtf8(at + 4, u.field(Utf8Opening::Url));
        bindQuarter(5, p.announced);
        bindQuarter(6, p.firstAnnounced);
        if (u.hasEffectiveDate)
            statement.bindUtf8(at + 7, u.field(Utf8Opening::EffectiveDate));
        else
            statement.bindNull(at + 7);
        statement.bindUtf8(at + 8, codes.second[size_t(p.status)]);
        statement.bindUtf8(at + 9, u.field(Utf8Opening::Comment));
        statement.bindUtf8(at + 10, u.field(Utf8Opening::SearchKey));
        if (u.hasUpdatedAt)
            statement.bindUtf8(at + 11, u.field(Utf8Opening::UpdatedAt));
        else
            statement.bindText(at + 11, p.stamp);
        statement.bindText(at + 12, m_userName);
    }
    m_pending.clear();
    if (!statement.exec(error))
        return false;
    // The rows of one statement take the ids after the table's largest, in
    // order (the caller made sure the largest is far from SQLite's limit).
    const qint64 last = statement.lastInsertId();
    for (qint64 id = last - rows + 1; id <= last; ++id)
        ids->append(id);
    return true;
}
