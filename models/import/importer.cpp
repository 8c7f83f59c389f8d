#include "importer.h"
#include "location.h"

#include "csvreader.h"
#include "database.h"
#include "headermapping.h"
#include "importfeed.h"
#include "importrowparser.h"
#include "importwriter.h"
#include "messages.h"
#include "ministrydirectory.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

// Records between two progress reports (and cancel checks).
constexpr int progressStep = 512;
// Errors listed in a summary's message; the rest are counted.
constexpr int errorsInMessage = 10;

// Reads the header of an opened file: mapping, missing columns (errors),
// unknown and repeated ones (warnings). False when the file cannot be imported.
bool readHeader(CsvReader &reader, HeaderMapping &mapping, ImportIssues &errors,
                ImportIssues &warnings)
{
    const QString file = reader.fileName();
    QStringList headers;
    int row = 0;
    if (!reader.next(headers, row)) {
        errors.add(
            ImportIssue{file,
                        reader.errorRow(),
                        QString(),
                        QString(),
                        reader.hasError() ? reader.errorReason() : Text::tr("the file is empty"),
                        {}});
        return false;
    }
    mapping = HeaderMapping::fromHeaders(headers);
    for (const QString &column : mapping.unknownColumns())
        warnings.add(
            ImportIssue{file, row, column, column, Text::tr("unknown column, ignored"), {}});
    for (const QString &column : mapping.duplicateColumns())
        warnings.add(ImportIssue{
            file, row, column, column, Text::tr("column given twice, this one is ignored"), {}});
    const QVector<TableColumn> missing = mapping.missingRequired();
    for (const TableColumn column : missing)
        errors.add(ImportIssue{file,
                               row,
                               TableColumns::publishedHeader(column),
                               QString(),
                               Text::tr("the required column “%1” is missing")
                                   .arg(TableColumns::publishedHeader(column)),
                               {}});
    return missing.isEmpty();
}

QString duplicateMessage(int firstRow)
{
    return Text::tr("same ministry, title and kind as row %1").arg(firstRow);
}

// "table.csv: 3 errors, nothing was imported:" then the first errors, one a line.
QString errorMessage(const QString &file, const ImportIssues &errors)
{
    QStringList lines;
    lines << Text::tr("%1: %n error(s), nothing was imported:", nullptr, errors.count).arg(file);
    for (int i = 0; i < errors.items.size() && i < errorsInMessage; ++i)
        lines << QStringLiteral("  ") + errors.items.at(i).toString();
    if (errors.count > errorsInMessage)
        lines << QStringLiteral("  ") +
                     Text::tr("… and %n more", nullptr, errors.count - errorsInMessage);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString ImportSummary::toString() const
{
    QString text =
        Text::tr("imported %1, updated %2, unchanged %3").arg(imported).arg(updated).arg(unchanged);
    if (removed > 0)
        text += Text::tr(", removed %1").arg(removed);
    return text;
}

ImportPreview previewImport(const QString &csvPath, int maxRows, const ProgressCallback &progress)
{
    ImportPreview preview;
    preview.file = QDir::toNativeSeparators(csvPath);
    ImportIssues errors, warnings;
    auto done = [&] {
        preview.errors = std::move(errors.items);
        preview.errorCount = errors.count;
        preview.warnings = std::move(warnings.items);
        preview.warningCount = warnings.count;
        return preview;
    };

    CsvReader reader;
    if (!reader.open(csvPath, nullptr)) {
        errors.add(ImportIssue{preview.file, 0, QString(), QString(), reader.errorReason(), {}});
        return done();
    }
    preview.encoding = reader.encodingName();
    preview.separator = reader.separator();
    HeaderMapping mapping;
    const bool headerOk = readHeader(reader, mapping, errors, warnings);
    preview.headers = mapping.headers();
    preview.unknownColumns = mapping.unknownColumns();
    if (!headerOk)
        return done();

    ImportRowParser parser(mapping, preview.file);
    QHash<OpeningKey, int> seen;
    QHash<QString, QString> ministryKeys; // as written -> folded
    QStringList fields;
    int row = 0;
    ImportRow parsed;
    int sinceReport = 0;
    if (progress && !progress(0, reader.totalBytes())) {
        preview.cancelled = true;
        return done();
    }
    while (reader.next(fields, row)) {
        if (++sinceReport == progressStep) {
            sinceReport = 0;
            if (progress && !progress(reader.bytesRead(), reader.totalBytes())) {
                preview.cancelled = true;
                return done();
            }
        }
        if (ImportRowParser::isBlank(fields))
            continue;
        ++preview.rowCount;
        if (!parser.parse(fields, row, parsed, errors, warnings))
            continue;
        if (preview.rows.size() < maxRows)
            preview.rows.append(parsed.opening);
        // Without a table, ministries are told apart by name; the import also
        // merges a ministry's aliases.
        auto ministryKey = ministryKeys.constFind(parsed.opening.ministry);
        if (ministryKey == ministryKeys.constEnd())
            ministryKey = ministryKeys.insert(parsed.opening.ministry,
                                              MinistryDirectory::key(parsed.opening.ministry));
        const OpeningKey key =
            OpeningKey::make(*ministryKey, parsed.opening.kind, parsed.opening.title);
        const auto first = seen.constFind(key);
        if (first != seen.constEnd())
            errors.add(ImportIssue{preview.file,
                                   row,
                                   mapping.header(TableColumn::Title),
                                   parsed.opening.title,
                                   duplicateMessage(*first),
                                   {}});
        else
            seen.insert(key, row);
    }
    if (reader.hasError())
        errors.add(ImportIssue{
            preview.file, reader.errorRow(), QString(), QString(), reader.errorReason(), {}});
    if (progress)
        progress(reader.totalBytes(), reader.totalBytes());
    return done();
}

namespace {

// A file the import creates is known to no other connection yet: it is written
// directly (Database::beginDirectWrites, a million rows: 0.5 s less), and returns to
// WAL at the end, committed or not, as every connection of the application expects.
class DirectWrites
{
public:
    DirectWrites(Database &db, bool newFile) : m_db(db), m_active(newFile && db.beginDirectWrites())
    {
    }
    ~DirectWrites()
    {
        if (m_active)
            m_db.endDirectWrites();
    }
    DirectWrites(const DirectWrites &) = delete;
    DirectWrites &operator=(const DirectWrites &) = delete;

private:
    Database &m_db;
    const bool m_active;
};

} // namespace

ImportSummary importFile(const QString &dbLocation, const QString &csvPath, ImportMode mode,
                         const ProgressCallback &progress)
{
    ImportSummary summary;
    const QString file = QDir::toNativeSeparators(csvPath);
    ImportIssues errors, warnings;
    auto finish = [&] {
        summary.warnings = std::move(warnings.items);
        summary.warningCount = warnings.count;
        return summary;
    };

    auto reader = std::make_unique<CsvReader>();
    if (!reader->open(csvPath, &summary.error))
        return finish();
    const qint64 totalBytes = reader->totalBytes();
    HeaderMapping mapping;
    if (!readHeader(*reader, mapping, errors, warnings)) {
        summary.error = errorMessage(file, errors);
        return finish();
    }
    if (progress && !progress(0, totalBytes)) {
        summary.cancelled = true;
        return finish();
    }

    const bool newFile = !Location::isServer(dbLocation) && !QFileInfo::exists(dbLocation);
    Database db;
    QString dbError;
    if (!db.open(dbLocation, &dbError)) {
        summary.error = dbError;
        return finish();
    }
    const DirectWrites direct(db, newFile);
    // SQLite's default page cache serves: a bigger one (64 MB was tried)
    // made imports no faster, only twice as big in memory.
    Transaction transaction(db, Transaction::Mode::Plain);
    if (!transaction.isActive()) {
        summary.error = Text::tr("%1: cannot start a transaction: %2")
                            .arg(Database::describe(dbLocation), transaction.error());
        return finish();
    }
    auto fail = [&](const QString &message) {
        transaction.rollback();
        summary.imported = summary.updated = summary.unchanged = summary.removed = 0;
        summary.ministriesCreated = 0;
        summary.error = message;
        return finish();
    };
    auto cancel = [&] {
        transaction.rollback();
        summary = ImportSummary();
        summary.cancelled = true;
        return finish();
    };

    ImportWriter writer(db, mapping.statedFields(), mode);
    if (!writer.begin(&dbError))
        return fail(withSubject(Database::describe(dbLocation), dbError));

    // The file is read and checked on another thread while this one writes;
    // its issues come in file order, merged with the writer's.
    ImportFeed feed(std::move(reader), mapping, file);
    feed.start();
    FedBatch batch;
    while (feed.next(batch)) {
        int errorAt = 0;
        int warningAt = 0;
        for (FedRecord &record : batch.records) {
            for (; errorAt < record.errorsEnd; ++errorAt)
                errors.add(std::move(batch.errors[errorAt]));
            for (; warningAt < record.warningsEnd; ++warningAt)
                warnings.add(std::move(batch.warnings[warningAt]));
            // The writes of a file with errors are rolled back at the end.
            if (!record.ok)
                continue;
            int firstRow = 0;
            switch (writer.write(record.parsed, &firstRow, &dbError)) {
            case ImportWriter::Outcome::Inserted:
                ++summary.imported;
                break;
            case ImportWriter::Outcome::Updated:
                ++summary.updated;
                break;
            case ImportWriter::Outcome::Unchanged:
                ++summary.unchanged;
                break;
            case ImportWriter::Outcome::Duplicate:
                errors.add(ImportIssue{file,
                                       record.row,
                                       mapping.header(TableColumn::Title),
                                       record.parsed.opening.title,
                                       duplicateMessage(firstRow),
                                       {}});
                break;
            case ImportWriter::Outcome::Failed:
                feed.stop();
                return fail(
                    Text::tr("%1: row %2: %3").arg(file, QString::number(record.row), dbError));
            }
        }
        if (progress && !progress(batch.bytesRead, totalBytes)) {
            feed.stop();
            return cancel();
        }
    }
    if (feed.hasReaderError())
        errors.add(ImportIssue{
            file, feed.readerErrorRow(), QString(), QString(), feed.readerErrorReason(), {}});
    if (errors.count > 0)
        return fail(errorMessage(file, errors));
    if (progress && !progress(totalBytes, totalBytes))
        return cancel();
    if (!writer.finish(&dbError) || !transaction.commit(&dbError))
        return fail(withSubject(Database::describe(dbLocation), dbError));
    summary.removed = writer.removed();
    summary.ministriesCreated = writer.ministriesCreated();
    return finish();
}
