#include "location.h"

#include <QCryptographicHash>
#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace Location {

bool isServer(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString withoutPassword(const QString &location)
{
    if (!isServer(location))
        return location;
    QUrl url(location);
    url.setPassword(QString());
    QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("password"))) {
        query.removeAllQueryItems(QStringLiteral("password"));
        url.setQuery(query);
    }
    return url.toString();
}

QString settingsKey(const QString &location)
{
    const QString name = isServer(location) ? withoutPassword(location) : QDir::cleanPath(location);
    return QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace Location
