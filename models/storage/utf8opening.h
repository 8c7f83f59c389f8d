#pragma once

#include "domain.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>

// An opening's texts in UTF-8, as SQLite stores them, encoded ahead of the
// insert: an import encodes them on its reading thread, so that the thread
// writing the database only copies bytes.
struct Utf8Opening
{
    enum Field { Title, Description, Url, Comment, SearchKey, EffectiveDate, UpdatedAt, Count };

    QByteArray bytes;
    std::array<int, Count + 1> bounds{}; // field f is bytes [bounds[f], bounds[f + 1])
    bool encoded = false;
    bool hasEffectiveDate = false;
    bool hasUpdatedAt = false; // else the import's own time is written

    QByteArrayView field(Field f) const
    {
        return QByteArrayView(bytes.constData() + bounds[size_t(f)],
                              bounds[size_t(f) + 1] - bounds[size_t(f)]);
    }

    // searchKey: OpeningRepository::searchKey(o).
    static Utf8Opening encode(const Opening &o, const QString &searchKey);
};
