#include "tablelocation.h"

#include "importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace TableLocation {

QString defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("suivi-ouvertures.sqlite"));
}

bool ensureExists(const QString &path, QString *error)
{
    if (QFileInfo::exists(path))
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    // The importer reads files; the sample is a resource, so it goes through a temporary copy.
    QTemporaryDir tmp;
    const QString sample = tmp.filePath(QStringLiteral("suivi-ouvertures-etendu.csv"));
    if (!tmp.isValid() ||
        !QFile::copy(QStringLiteral(":/samples/suivi-ouvertures-etendu.csv"), sample)) {
        if (error)
            *error = QCoreApplication::translate("TableLocation",
                                                 "Cannot prepare the sample table in %1.")
                         .arg(QDir::toNativeSeparators(tmp.path()));
        return false;
    }
    const ImportSummary summary = importFile(path, sample, ImportMode::Replace);
    if (!summary.ok()) {
        QFile::remove(path);
        if (error)
            *error = summary.error;
        return false;
    }
    return true;
}

QString userTable(QString *error)
{
    const QString path = defaultPath();
    return ensureExists(path, error) ? path : QString();
}

} // namespace TableLocation
