#include "openingkey.h"

#include "textfold.h"

#include <QHash>

OpeningKey OpeningKey::make(const QString &ministry, Kind kind, const QString &title)
{
    return fromFolded(ministry, kind, TextFold::fold(title));
}

OpeningKey OpeningKey::make(qint64 ministryId, Kind kind, const QString &title)
{
    return titlePart(kind, TextFold::fold(title)).withMinistryId(ministryId);
}

OpeningKey OpeningKey::fromFolded(const QString &ministry, Kind kind, QStringView foldedTitle)
{
    return titlePart(kind, foldedTitle).withMinistry(ministry);
}

OpeningKey OpeningKey::titlePart(Kind kind, QStringView foldedTitle)
{
    const size_t k = size_t(kind) + 1;
    return OpeningKey{quint64(qHash(foldedTitle, size_t(0x9E3779B97F4A7C15ULL) * k)),
                      quint64(qHash(foldedTitle, size_t(0xC2B2AE3D27D4EB4FULL) * k))};
}

OpeningKey OpeningKey::withMinistry(const QString &ministry) const
{
    // Each half of the title's key seeds a hash of the ministry.
    return OpeningKey{quint64(qHash(ministry, size_t(a))), quint64(qHash(ministry, size_t(b)))};
}

OpeningKey OpeningKey::withMinistryId(qint64 ministryId) const
{
    // Each half of the title's key mixed with the id (MurmurHash3's 64-bit finaliser).
    auto mix = [](quint64 h) {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53ULL;
        h ^= h >> 33;
        return h;
    };
    const quint64 id = quint64(ministryId);
    return OpeningKey{mix(a ^ (id * 0x9E3779B97F4A7C15ULL)), mix(b ^ (id * 0xC2B2AE3D27D4EB4FULL))};
}
