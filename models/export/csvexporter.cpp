#include "csvexporter.h"

#include "database.h"
#include "openingrepository.h"
#include "progress.h"
#include "tablecolumns.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSaveFile>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

constexpr int progressStep = 1024;
constexpr qsizetype flushSize = 1 << 20;

char separator(CsvDialect dialect)
{
    return dialect == CsvDialect::Excel ? ';' : ',';
}

const char *lineEnd(CsvDialect dialect)
{
    return dialect == CsvDialect::Excel ? "\r\n" : "\n";
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString lastModifiedText(const QDateTime &when, CsvDialect dialect)
{
    if (!when.isValid())
        return QString();
    // Open data keeps the published form (2021-09-20T00:45:00.000Z); French
    // Excel reads its own local form as a date-time.
    if (dialect == CsvDialect::OpenData)
        return OpeningRepository::timestamp(when);
    return when.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

void appendRecord(QByteArray *out, const QStringList &fields, CsvDialect dialect)
{
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            *out += separator(dialect);
        *out += CsvExport::field(fields.at(i), dialect);
    }
    *out += lineEnd(dialect);
}

} // namespace

namespace CsvExport {

QStringList columns()
{
    QStringList headers;
    for (TableColumn column : TableColumns::all())
        headers << TableColumns::publishedHeader(column);
    return headers;
}

QByteArray field(const QString &value, CsvDialect dialect)
{
    QString text = value;
    if (dialect == CsvDialect::Excel && TableColumns::needsFormulaEscape(text))
        text.prepend(QLatin1Char('\''));
    QByteArray bytes = text.toUtf8();
    const char sep = separator(dialect);
    bool quote = false;
    for (const char c : std::as_const(bytes)) {
        if (c == sep || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return bytes;
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

} // namespace CsvExport

namespace {

// The export file, written through a buffer a megabyte at a time and put in
// place only by commit(): a failed export leaves the target untouched.
class CsvOutput
{
public:
    CsvOutput(const QString &path, CsvDialect dialect)
        : m_file(path), m_shownPath(QDir::toNativeSeparators(path)), m_dialect(dialect)
    {
        m_buffer.reserve(flushSize + 64 * 1024);
    }

    bool open(QString *error)
    {
        if (m_file.open(QIODevice::WriteOnly))
            return true;
        if (error)
            *error = writeError();
        return false;
    }

    void append(const QStringList &fields) { appendRecord(&m_buffer, fields, m_dialect); }
    void appendBom() { m_buffer += "\xEF\xBB\xBF"; }

    // Writes the buffer out once it is full; false (export cancelled) on failure.
    bool flushWhenFull(QString *error) { return m_buffer.size() < flushSize || flush(error); }

    bool commit(QString *error)
    {
        if (!flush(error))
            return false;
        if (m_file.commit())
            return true;
        if (error)
            *error = writeError();
        return false;
    }

    bool cancel(QString *error, const QString &message)
    {
        m_file.cancelWriting();
        if (error)
            *error = message;
        return false;
    }
    void cancel() { m_file.cancelWriting(); }

private:
    bool flush(QString *error)
    {
        if (m_file.write(m_buffer) != m_buffer.size())
            return cancel(error, writeError());
        m_buffer.clear();
        return true;
    }
    QString writeError() const
    {
        return Text::tr("Cannot write %1: %2").arg(m_shownPath, m_file.errorString());
    }

    QSaveFile m_file;
    const QString m_shownPath;
    const CsvDialect m_dialect;
    QByteArray m_buffer;
};

QStringList openingFields(const Opening &o, CsvDialect dialect, const QLocale &french)
{
    return {Domain::kindPublishedLabel(o.kind),
            o.title,
            o.ministry,
            Domain::statusPublishedLabel(o.status),
            o.announced.display(french),
            o.url,
            lastModifiedText(o.updatedAt, dialect),
            dateText(o.effectiveDate),
            o.firstAnnounced.display(french),
            o.comment,
            o.description};
}

// The rows of the cursor; false on failure or when progress cancelled.
bool writeOpenings(OpeningCursor &cursor, CsvOutput &out, CsvDialect dialect, qint64 total,
                   const ExportProgress &progress, QString *error)
{
    const QLocale french(QLocale::French, QLocale::France);
    QStringList fields;
    qint64 done = 0;
    while (cursor.next()) {
        fields = openingFields(cursor.current(), dialect, french);
        out.append(fields);
        if (!out.flushWhenFull(error))
            return false;
        if (++done % progressStep == 0 && progress && !progress(done, total)) {
            out.cancel();
            return false;
        }
    }
    if (!cursor.error().isEmpty())
        return out.cancel(error, cursor.error());
    if (progress && !progress(done, total)) {
        out.cancel();
        return false;
    }
    return true;
}

} // namespace

bool exportCsv(Database &db, const QString &path, CsvDialect dialect, const ExportOptions &options,
               QString *error, const ExportProgress &progress)
{
    if (error)
        error->clear();
    if (!ExportSource::checkOptions(db, options, error))
        return false;
    const OpeningFilter filter = options.filter();
    QString countError;
    const FilterCounts counts = countOpenings(db, filter, options.referenceDate(), &countError);
    if (!countError.isEmpty()) {
        if (error)
            *error = countError;
        return false;
    }
    const qint64 total = counts.total;
    if (progress && !progress(0, total))
        return false;

    CsvOutput out(path, dialect);
    if (!out.open(error))
        return false;
    if (dialect == CsvDialect::Excel)
        out.appendBom();
    out.append(CsvExport::columns());
    OpeningCursor cursor(db);
    if (!cursor.open(filter, error)) {
        out.cancel();
        return false;
    }
    return writeOpenings(cursor, out, dialect, total, progress, error) && out.commit(error);
}
