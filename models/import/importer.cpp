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
#include <QFile>
#include <QFileInfo>

#include <optional>

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
    // One count per message, each with its plural; %Ln: the locale's digit grouping.
    QString text = Text::tr("imported %Ln", nullptr, imported) +
                   Text::tr(", updated %Ln", nullptr, updated) +
                   Text::tr(", unchanged %Ln", nullptr, unchanged);
    if (removed > 0)
        text += Text::tr(", removed %Ln", nullptr, removed);
    return text;
}

namespace {

// Rows of the file that share ministry, title and kind. Without a table,
// ministries are told apart by name; the import also merges a ministry's aliases.
class FileDuplicates
{
public:
    // The earlier row with the same key as o, or 0 for the first one.
    int check(const Opening &o, int row)
    {
        auto ministryKey = m_ministryKeys.constFind(o.ministry);
        if (ministryKey == m_ministryKeys.constEnd())
            ministryKey = m_ministryKeys.insert(o.ministry, MinistryDirectory::key(o.ministry));
        const OpeningKey key = OpeningKey::make(*ministryKey, o.kind, o.title);
        const auto first = m_seen.constFind(key);
        if (first != m_seen.constEnd())
            return *first;
        m_seen.insert(key, row);
        return 0;
    }

private:
    QHash<OpeningKey, int> m_seen;
    QHash<QString, QString> m_ministryKeys; // as written -> folded
};

// Reads the records after the header into preview; false when progress cancelled.
bool previewRecords(CsvReader &reader, const HeaderMapping &mapping, int maxRows,
                    const ProgressCallback &progress, ImportPreview &preview, ImportIssues &errors,
                    ImportIssues &warnings)
{
    ImportRowParser parser(mapping, preview.file);
    parser.setExcelDialect(reader.isExcelDialect());
    FileDuplicates duplicates;
    QStringList fields;
    int row = 0;
    ImportRow parsed;
    int sinceReport = 0;
    if (progress && !progress(0, reader.totalBytes()))
        return false;
    while (reader.next(fields, row)) {
        if (++sinceReport == progressStep) {
            sinceReport = 0;
            if (progress && !progress(reader.bytesRead(), reader.totalBytes()))
                return false;
        }
        if (ImportRowParser::isBlank(fields))
            continue;
        ++preview.rowCount;
        if (!parser.parse(fields, row, parsed, errors, warnings))
            continue;
        if (preview.rows.size() < maxRows)
            preview.rows.append(parsed.opening);
        if (const int first = duplicates.check(parsed.opening, row))
            errors.add(ImportIssue{preview.file,
                                   row,
                                   mapping.header(TableColumn::Title),
                                   parsed.opening.title,
                                   duplicateMessage(first),
                                   {}});
    }
    if (reader.hasError())
        errors.add(ImportIssue{
            preview.file, reader.errorRow(), QString(), QString(), reader.errorReason(), {}});
    if (progress)
        progress(reader.totalBytes(), reader.totalBytes());
    return true;
}

} // namespace

ImportPreview previewImport(const QString &csvPath, int maxRows, const ProgressCallback &progress)
{
    ImportPreview preview;
    preview.file = QDir::toNativeSeparators(csvPath);
    ImportIssues errors, warnings;
    CsvReader reader;
    if (!reader.open(csvPath, nullptr)) {
        errors.add(ImportIssue{preview.file, 0, QString(), QString(), reader.errorReason(), {}});
    } else {
        preview.encoding = reader.encodingName();
        preview.separator = reader.separator();
        HeaderMapping mapping;
        const bool headerOk = readHeader(reader, mapping, errors, warnings);
        preview.headers = mapping.headers();
        preview.unknownColumns = mapping.unknownColumns();
        if (headerOk)
            preview.cancelled =
                !previewRecords(reader, mapping, maxRows, progress, preview, errors, warnings);
    }
    preview.errors = std::move(errors.items);
    preview.errorCount = errors.count;
    preview.warnings = std::move(warnings.items);
    preview.warningCount = warnings.count;
    return preview;
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

// The table an import writes into: its own connection, written directly when
// the import creates the file, and the one transaction of the whole import.
class ImportTarget
{
public:
    // False with *error naming the table when it cannot be opened or written.
    bool open(const QString &dbLocation, QString *error)
    {
        const bool newFile = !Location::isServer(dbLocation) && !QFileInfo::exists(dbLocation);
        m_createsFile = newFile;
        if (!m_db.open(dbLocation, error))
            return false;
        m_direct.emplace(m_db, newFile);
        // SQLite's default page cache serves: a bigger one (64 MB was tried)
        // made imports no faster, only twice as big in memory.
        // The write lock is taken now (BEGIN IMMEDIATE on SQLite), waiting the
        // connection's busy timeout for another writer to finish: a deferred
        // transaction would fail at its first write, naming an innocent row.
        m_transaction.emplace(m_db, Transaction::Mode::Write);
        if (!m_transaction->isActive()) {
            const QString reason = m_transaction->error();
            *error = m_db.backend() == Database::Backend::SQLite && isBusy(reason)
                         ? Text::tr("%1: the table is in use by another program or window "
                                    "that is writing to it; try again once it is done")
                               .arg(Database::describe(dbLocation))
                         : Text::tr("%1: cannot start a transaction: %2")
                               .arg(Database::describe(dbLocation), reason);
            return false;
        }
        return true;
    }

    Database &db() { return m_db; }
    Transaction &transaction() { return *m_transaction; }
    // True when open() found no file at the table's path: the import creates it.
    bool createsFile() const { return m_createsFile; }

private:
    // SQLite's message for SQLITE_BUSY, as the Qt driver passes it on.
    static bool isBusy(const QString &error)
    {
        return error.contains(QLatin1String("database is locked"), Qt::CaseInsensitive);
    }

    bool m_createsFile = false;
    // Destroyed in reverse order: the transaction ends before the journal is restored.
    Database m_db;
    std::optional<DirectWrites> m_direct;
    std::optional<Transaction> m_transaction;
};

// One import, from the file's header to the commit: the summary it builds and
// the issues met on the way, in file order.
// Removes a SQLite table file and the files SQLite keeps beside it.
void removeTableFiles(const QString &path)
{
    for (const char *suffix : {"-wal", "-shm", "-journal", ""})
        QFile::remove(path + QLatin1String(suffix));
}

class ImportRun
{
public:
    ImportRun(const QString &csvPath, const ProgressCallback &progress)
        : m_file(QDir::toNativeSeparators(csvPath)), m_csvPath(csvPath), m_progress(progress)
    {
    }

    ImportSummary run(const QString &dbLocation, ImportMode mode)
    {
        auto reader = std::make_unique<CsvReader>();
        if (!reader->open(m_csvPath, &m_summary.error))
            return finish();
        m_totalBytes = reader->totalBytes();
        HeaderMapping mapping;
        if (!readHeader(*reader, mapping, m_errors, m_warnings)) {
            m_summary.error = errorMessage(m_file, m_errors);
            return finish();
        }
        if (m_progress && !m_progress(0, m_totalBytes)) {
            m_summary.cancelled = true;
            return finish();
        }
        // A table file the import creates is removed when the import fails or
        // is cancelled, once its connection is closed: no empty table is left.
        ImportSummary summary;
        bool createdFile = false;
        {
            ImportTarget target;
            const bool opened = target.open(dbLocation, &m_summary.error);
            createdFile = target.createsFile();
            summary =
                opened ? write(target, std::move(reader), mapping, dbLocation, mode) : finish();
        }
        if (createdFile && !summary.ok())
            removeTableFiles(dbLocation);
        return summary;
    }

private:
    ImportSummary write(ImportTarget &target, std::unique_ptr<CsvReader> reader,
                        const HeaderMapping &mapping, const QString &dbLocation, ImportMode mode)
    {
        Transaction &transaction = target.transaction();
        QString dbError;
        ImportWriter writer(target.db(), mapping.statedFields(), mode);
        if (!writer.begin(&dbError))
            return fail(transaction, withSubject(Database::describe(dbLocation), dbError));

        // The file is read and checked on another thread while this one writes;
        // its issues come in file order, merged with the writer's.
        ImportFeed feed(std::move(reader), mapping, m_file);
        feed.start();
        FedBatch batch;
        while (feed.next(batch)) {
            if (!writeBatch(batch, writer, mapping, &dbError)) {
                feed.stop();
                return fail(transaction, dbError);
            }
            if (m_progress && !m_progress(batch.bytesRead, m_totalBytes)) {
                feed.stop();
                return cancel(transaction);
            }
        }
        if (feed.hasReaderError())
            m_errors.add(ImportIssue{
                m_file, feed.readerErrorRow(), QString(), QString(), feed.readerErrorReason(), {}});
        if (m_errors.count > 0)
            return fail(transaction, errorMessage(m_file, m_errors));
        if (m_progress && !m_progress(m_totalBytes, m_totalBytes))
            return cancel(transaction);
        if (!writer.finish(&dbError) || !transaction.commit(&dbError))
            return fail(transaction, withSubject(Database::describe(dbLocation), dbError));
        m_summary.removed = writer.removed();
        m_summary.ministriesCreated = writer.ministriesCreated();
        return finish();
    }

    // False when the database failed: *error then names the row.
    bool writeBatch(FedBatch &batch, ImportWriter &writer, const HeaderMapping &mapping,
                    QString *error)
    {
        int errorAt = 0;
        int warningAt = 0;
        for (FedRecord &record : batch.records) {
            for (; errorAt < record.errorsEnd; ++errorAt)
                m_errors.add(std::move(batch.errors[errorAt]));
            for (; warningAt < record.warningsEnd; ++warningAt)
                m_warnings.add(std::move(batch.warnings[warningAt]));
            // The writes of a file with errors are rolled back at the end.
            if (!record.ok)
                continue;
            int firstRow = 0;
            QString dbError;
            switch (writer.write(record.parsed, &firstRow, &dbError)) {
            case ImportWriter::Outcome::Inserted:
                ++m_summary.imported;
                break;
            case ImportWriter::Outcome::Updated:
                ++m_summary.updated;
                break;
            case ImportWriter::Outcome::Unchanged:
                ++m_summary.unchanged;
                break;
            case ImportWriter::Outcome::Duplicate:
                m_errors.add(ImportIssue{m_file,
                                         record.row,
                                         mapping.header(TableColumn::Title),
                                         record.parsed.opening.title,
                                         duplicateMessage(firstRow),
                                         {}});
                break;
            case ImportWriter::Outcome::Failed:
                *error =
                    Text::tr("%1: row %2: %3").arg(m_file, QString::number(record.row), dbError);
                return false;
            }
        }
        return true;
    }

    ImportSummary finish()
    {
        m_summary.warnings = std::move(m_warnings.items);
        m_summary.warningCount = m_warnings.count;
        return m_summary;
    }

    ImportSummary fail(Transaction &transaction, const QString &message)
    {
        transaction.rollback();
        m_summary.imported = m_summary.updated = m_summary.unchanged = m_summary.removed = 0;
        m_summary.ministriesCreated = 0;
        m_summary.error = message;
        return finish();
    }

    ImportSummary cancel(Transaction &transaction)
    {
        transaction.rollback();
        m_summary = ImportSummary();
        m_summary.cancelled = true;
        return finish();
    }

    const QString m_file; // as named in messages
    const QString m_csvPath;
    const ProgressCallback &m_progress;
    qint64 m_totalBytes = 0;
    ImportSummary m_summary;
    ImportIssues m_errors;
    ImportIssues m_warnings;
};

} // namespace

ImportSummary importFile(const QString &dbLocation, const QString &csvPath, ImportMode mode,
                         const ProgressCallback &progress)
{
    return ImportRun(csvPath, progress).run(dbLocation, mode);
}
