#pragma once

#include "domain.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

// What identifies an opening across imports: ministry, folded title, kind.
// Kept as a 128-bit digest rather than the text, so that a million keys fit
// in a few tens of megabytes; two different keys colliding is out of reach.
struct OpeningKey
{
    quint64 a = 0;
    quint64 b = 0;

    // ministry: its folded name (a preview, before ministries have ids).
    static OpeningKey make(const QString &ministry, Kind kind, const QString &title);
    // For a ministry of a table.
    static OpeningKey make(qint64 ministryId, Kind kind, const QString &title);
    // The same with the title already folded (TextFold::fold).
    static OpeningKey fromFolded(const QString &ministry, Kind kind, QStringView foldedTitle);
    // In two steps: the part of the title and kind (computed ahead, off the
    // writing thread), then the whole key. fromFolded() is both.
    static OpeningKey titlePart(Kind kind, QStringView foldedTitle);
    OpeningKey withMinistry(const QString &ministry) const;
    // The same for a ministry of a table, by id: cheaper, and only ever compared with
    // other keys made by id.
    OpeningKey withMinistryId(qint64 ministryId) const;
    friend bool operator==(const OpeningKey &x, const OpeningKey &y)
    {
        return x.a == y.a && x.b == y.b;
    }
    friend size_t qHash(const OpeningKey &k, size_t seed = 0) { return size_t(k.a) ^ seed; }
};
