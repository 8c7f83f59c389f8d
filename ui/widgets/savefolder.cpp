#include "savefolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace SaveFolder {

namespace {

const QString FolderKey = QStringLiteral("saveFolder");

} // namespace

QString start()
{
    const QString saved = QSettings().value(FolderKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void remember(const QString &filePath)
{
    QSettings().setValue(FolderKey, QFileInfo(filePath).absolutePath());
}

QString withSuffix(const QString &filePath, const QString &suffix)
{
    static const QStringList known = {QStringLiteral("sqlite"), QStringLiteral("db"),
                                      QStringLiteral("csv"),    QStringLiteral("xlsx"),
                                      QStringLiteral("pdf"),    QStringLiteral("png"),
                                      QStringLiteral("svg")};
    const QFileInfo info(filePath);
    const QString current = info.suffix().toLower();
    if (current == suffix.toLower())
        return filePath;
    QString base = filePath;
    if (known.contains(current))
        base.chop(current.size() + 1);
    return base + QLatin1Char('.') + suffix;
}

} // namespace SaveFolder
