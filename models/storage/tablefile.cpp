#include "tablefile.h"

#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace TableFile {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TableFile)
};

// The bytes of an empty table with the current schema, made in a temporary folder.
bool emptyTableBytes(QByteArray *bytes, QString *error)
{
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        if (error)
            *error = Text::tr("Cannot create a temporary folder for the new table.");
        return false;
    }
    const QString path = scratch.filePath(QStringLiteral("table.sqlite"));
    {
        Database db;
        if (!db.open(path, error))
            return false;
        // Closing the only connection checkpoints the WAL into the file.
        db.close();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    *bytes = file.readAll();
    return true;
}

} // namespace

bool createEmpty(const QString &path, QString *error)
{
    QByteArray bytes;
    QString reason;
    if (!emptyTableBytes(&bytes, &reason)) {
        if (error)
            *error = Text::tr("The table %1 could not be created: %2")
                         .arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        if (error)
            *error = Text::tr("The table %1 could not be created: %2")
                         .arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    // The journal of a table that had the same name would not match the new file.
    for (const char *journal : {"-wal", "-shm"})
        QFile::remove(path + QLatin1String(journal));
    return true;
}

} // namespace TableFile
