#include "filedrops.h"

#include <QFileInfo>
#include <QMimeData>
#include <QStringList>
#include <QUrl>

namespace FileDrops {

namespace {

QString localFile(const QMimeData *mime, const QStringList &suffixes)
{
    if (!mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        const QString path = url.toLocalFile();
        if (!path.isEmpty() && suffixes.contains(QFileInfo(path).suffix().toLower()))
            return path;
    }
    return {};
}

} // namespace

QString importFile(const QMimeData *mime)
{
    return localFile(mime, {QStringLiteral("csv"), QStringLiteral("txt"), QStringLiteral("xlsx")});
}

QString tableFile(const QMimeData *mime)
{
    return localFile(mime, {QStringLiteral("sqlite"), QStringLiteral("db")});
}

} // namespace FileDrops
