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
    if (dialect == CsvDialect::Excel && TableColumns::startsLikeFormula(text))
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

bool exportCsv(Database &db, const QString &path, CsvDialect dialect, const ExportOptions &options,
               QString *error, const ExportProgress &progress)
{
    if (error)
        error->clear();
    const QString shownPath = QDir::toNativeSeparators(path);
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

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Text::tr("Cannot write %1: %2").arg(shownPath, file.errorString());
        return false;
    }
    auto fail = [&](const QString &message) {
        file.cancelWriting();
        if (error)
            *error = message;
        return false;
    };
    QByteArray buffer;
    buffer.reserve(flushSize + 64 * 1024);
    if (dialect == CsvDialect::Excel)
        buffer += "\xEF\xBB\xBF";
    appendRecord(&buffer, CsvExport::columns(), dialect);

    const QLocale french(QLocale::French, QLocale::France);
    OpeningCursor cursor(db);
    if (!cursor.open(filter, error)) {
        file.cancelWriting();
        return false;
    }
    QStringList fields;
    qint64 done = 0;
    while (cursor.next()) {
        const Opening &o = cursor.current();
        fields = {Domain::kindPublishedLabel(o.kind),
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
        appendRecord(&buffer, fields, dialect);
        if (buffer.size() >= flushSize) {
            if (file.write(buffer) != buffer.size())
                return fail(Text::tr("Cannot write %1: %2").arg(shownPath, file.errorString()));
            buffer.clear();
        }
        if (++done % progressStep == 0 && progress && !progress(done, total)) {
            file.cancelWriting();
            return false;
        }
    }
    if (!cursor.error().isEmpty())
        return fail(cursor.error());
    if (progress && !progress(done, total)) {
        file.cancelWriting();
        return false;
    }
    if (file.write(buffer) != buffer.size())
        return fail(Text::tr("Cannot write %1: %2").arg(shownPath, file.errorString()));
    if (!file.commit()) {
        if (error)
            *error = Text::tr("Cannot write %1: %2").arg(shownPath, file.errorString());
        return false;
    }
    return true;
}
