#pragma once

#include "domain.h"

// Openings for the tests, built in one expression: the ministry and the title, then
// only the fields a test cares about; the others stay as a new Opening has them (a
// planned dataset, no quarter, no date).
//   store.addOpening(TestOpenings::make(culture, QStringLiteral("Base Mérimée"))
//                        .announced(Quarter(2021, 3))
//                        .status(Status::Available),
//                    &error);
// A builder converts to the Opening it holds, and can be kept and changed for the
// next row of a loop.
namespace TestOpenings {

class Builder
{
public:
    Builder(qint64 ministryId, const QString &title)
    {
        m_opening.ministryId = ministryId;
        m_opening.title = title;
    }

    Builder &id(qint64 id) { return set(&Opening::id, id); }
    Builder &ministry(qint64 ministryId) { return set(&Opening::ministryId, ministryId); }
    Builder &title(const QString &title) { return set(&Opening::title, title); }
    Builder &kind(Kind kind) { return set(&Opening::kind, kind); }
    Builder &description(const QString &text) { return set(&Opening::description, text); }
    Builder &url(const QString &url) { return set(&Opening::url, url); }
    Builder &announced(Quarter quarter) { return set(&Opening::announced, quarter); }
    Builder &firstAnnounced(Quarter quarter) { return set(&Opening::firstAnnounced, quarter); }
    Builder &effective(const QDate &date) { return set(&Opening::effectiveDate, date); }
    Builder &status(Status status) { return set(&Opening::status, status); }
    Builder &comment(const QString &text) { return set(&Opening::comment, text); }
    Builder &updated(const QDateTime &at) { return set(&Opening::updatedAt, at); }
    Builder &updatedBy(const QString &who) { return set(&Opening::updatedBy, who); }
    Builder &version(int version) { return set(&Opening::version, version); }

    const Opening &opening() const { return m_opening; }
    operator const Opening &() const { return m_opening; }

private:
    template <typename T, typename V> Builder &set(T Opening::*field, const V &value)
    {
        m_opening.*field = value;
        return *this;
    }

    Opening m_opening;
};

inline Builder make(qint64 ministryId, const QString &title)
{
    return Builder(ministryId, title);
}

} // namespace TestOpenings
