#include "exporter.h"

#include "csvexporter.h"
#include "xlsxexporter.h"

#include "database.h"
#include "location.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

// The file path will write to: links followed (even a link to a file not yet
// created), the folder's own links resolved.
QString resolvedPath(const QString &path)
{
    QFileInfo info(path);
    for (int depth = 0; depth < 32 && info.isSymLink(); ++depth)
        info = QFileInfo(info.symLinkTarget());
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath())
                            : QDir(folder).filePath(info.fileName());
}

bool samePath(const QString &a, const QString &b)
{
#ifdef Q_OS_WIN
    return a.compare(b, Qt::CaseInsensitive) == 0;
#else
    return a == b;
#endif
}

// True when both paths exist and are one file (hard links included).
bool sameFile(const QString &a, const QString &b)
{
#ifdef Q_OS_UNIX
    struct stat sa;
    struct stat sb;
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
#else
    Q_UNUSED(a);
    Q_UNUSED(b);
    return false;
#endif
}

} // namespace

bool checkExportTarget(const QString &databaseLocation, const QString &output, QString *error)
{
    if (databaseLocation.isEmpty() || Location::isServer(databaseLocation) || output.isEmpty())
        return true;
    const QString target = resolvedPath(output);
    const QString table = resolvedPath(databaseLocation);
    const QString shown = QDir::toNativeSeparators(output);
    if (samePath(target, table) || sameFile(output, databaseLocation)) {
        if (error)
            *error = Text::tr("Cannot export to %1: it is the open table. Choose another file.")
                         .arg(shown);
        return false;
    }
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString companion = table + QLatin1String(suffix);
        if (samePath(target, companion) ||
            samePath(target, resolvedPath(databaseLocation + QLatin1String(suffix))) ||
            sameFile(output, companion)) {
            if (error)
                *error = Text::tr("Cannot export to %1: it is a working file of the open table "
                                  "%2. Choose another file.")
                             .arg(shown, QDir::toNativeSeparators(databaseLocation));
            return false;
        }
    }
    return true;
}

bool exportData(Database &db, ExportFormat format, const QString &path,
                const ExportOptions &options, QString *error, const ExportProgress &progress)
{
    if (!checkExportTarget(db.location(), path, error))
        return false;
    switch (format) {
    case ExportFormat::Xlsx:
        return exportXlsx(db, path, options, error, progress);
    case ExportFormat::Csv:
        return exportCsv(db, path, CsvDialect::OpenData, options, error, progress);
    case ExportFormat::CsvExcel:
        return exportCsv(db, path, CsvDialect::Excel, options, error, progress);
    case ExportFormat::Pdf:
        break;
    }
    if (error)
        *error = QStringLiteral("the PDF report is written by writePdfReport()");
    return false;
}
