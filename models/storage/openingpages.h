#pragma once

#include "domain.h"
#include "openingfilter.h"

#include <QString>
#include <QVector>

class Database;

// What a page of the table is sorted on; ties are broken by id in the same direction.
struct OpeningOrder
{
    enum class Key {
        Id,
        Title,
        Ministry,
        Kind,
        Announced,
        EffectiveDate,
        Status,
        Url,
        Comment,
        UpdatedAt
    };
    Key key = Key::Id;
    bool ascending = true;
};

// The reads behind the paged table: how many openings a filter selects and one
// page of them in an order, so a view holds a few pages whatever the table size.
namespace OpeningPages {

// The openings matching filter; -1 with *error set on a database failure.
qint64 count(Database &db, const OpeningFilter &filter, QString *error);
// The openings [offset, offset + limit) of filter in order; false with *error set on failure.
bool read(Database &db, const OpeningFilter &filter, const OpeningOrder &order, qint64 offset,
          int limit, QVector<Opening> *rows, QString *error);

} // namespace OpeningPages
