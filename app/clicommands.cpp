#include "clicommands.h"
#include "location.h"

#include "cli.h"
#include "clioutput.h"
#include "database.h"
#include "importer.h"
#include "messages.h"
#include "ministrydirectory.h"
#include "pdfreport.h"
#include "progress.h"
#include "statsjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace Cli {

namespace {

// Messages of the command line, in the "Cli" translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Long ministry names are cut so the table fits a terminal.
constexpr int maxNameWidth = 48;

QString elided(const QString &name)
{
    if (name.size() <= maxNameWidth)
        return name;
    return name.left(maxNameWidth - 1) + QChar(0x2026);
}

QString table(const Progress &p)
{
    const QStringList headers{Text::tr("Ministry"), Text::tr("Announced"), Text::tr("Opened"),
                              Text::tr("Undated"),  Text::tr("On time"),   Text::tr("Late"),
                              Text::tr("Overdue"),  Text::tr("Planned"),   Text::tr("Abandoned")};
    auto cells = [](const QString &name, const ProgressCounts &c) {
        QStringList row{elided(name)};
        for (int n : {c.announced, c.opened, c.openedUndated, c.onTime, c.lateOpened, c.overdue,
                      c.planned, c.abandoned})
            row << QString::number(n);
        return row;
    };
    QVector<QStringList> rows;
    for (const MinistryProgress &m : p.byMinistry)
        rows << cells(m.ministry, m.counts);
    const QStringList totalRow = cells(Text::tr("Total"), p.totals);

    QVector<int> widths;
    for (const QString &h : headers)
        widths << h.size();
    for (const QStringList &row : rows + QVector<QStringList>{totalRow})
        for (int i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], int(row.at(i).size()));

    auto line = [&widths](const QStringList &row) {
        QStringList parts;
        for (int i = 0; i < row.size(); ++i)
            parts << (i == 0 ? row.at(i).leftJustified(widths[i])
                             : row.at(i).rightJustified(widths[i]));
        return parts.join(QStringLiteral("  ")) + QLatin1Char('\n');
    };
    int ruleWidth = 0;
    for (int w : widths)
        ruleWidth += w + 2;
    const QString rule = QString(ruleWidth - 2, QLatin1Char('-')) + QLatin1Char('\n');

    QString text = Text::tr("Progress on %1 (reference quarter %2), %n opening(s)", "", p.total())
                       .arg(p.asOf.toString(Qt::ISODate), Quarter::fromDate(p.asOf).display()) +
                   QStringLiteral("\n\n");
    text += line(headers) + rule;
    for (const QStringList &row : rows)
        text += line(row);
    text += rule + line(totalRow);
    return text;
}

// Opens an existing table; a mistyped path must not leave an empty table behind.
bool openExisting(Database &db, const QString &location)
{
    if (!Location::isServer(location) && !QFileInfo::exists(location)) {
        printError(Text::tr("%1: no such table file").arg(QDir::toNativeSeparators(location)));
        return false;
    }
    QString error;
    if (!db.open(location, &error)) {
        printError(error);
        return false;
    }
    return true;
}

} // namespace

int printStats(const QString &location, const QDate &asOf, bool json)
{
    Database db;
    if (!openExisting(db, location))
        return Failure;
    QString error;
    const std::optional<Progress> progress = computeProgress(db, OpeningFilter(), asOf, &error);
    if (!progress) {
        printError(withSubject(Database::describe(location), error));
        return Failure;
    }
    print(json ? QString::fromUtf8(StatsJson::toText(*progress)) : table(*progress));
    return Success;
}

int importTable(const QString &location, const QString &csvPath, bool replace)
{
    const ImportSummary summary =
        importFile(location, csvPath, replace ? ImportMode::Replace : ImportMode::Merge);
    // Warnings do not stop an import (a date on an unopened item, an unknown
    // column): they go to stderr so stdout keeps the one-line summary.
    for (const ImportIssue &warning : summary.warnings)
        printError(Text::tr("warning: %1").arg(warning.toString()));
    if (summary.warningCount > summary.warnings.size())
        printError(Text::tr("warning: %n more warning(s) not shown", "",
                            summary.warningCount - int(summary.warnings.size())));
    if (!summary.ok()) {
        printError(summary.error.isEmpty()
                       ? Text::tr("%1: import cancelled").arg(QDir::toNativeSeparators(csvPath))
                       : summary.error);
        return Failure;
    }
    print(summary.toString() + QLatin1Char('\n'));
    return Success;
}

int exportTable(const QString &location, ExportFormat format, const QString &output,
                const QString &ministry, const QDate &asOf)
{
    QString error;
    // Checked before the table is opened: writing over it would destroy it.
    if (!checkExportTarget(location, output, &error)) {
        printError(error);
        return Failure;
    }
    Database db;
    if (!openExisting(db, location))
        return Failure;
    ExportOptions options;
    options.asOf = asOf;
    if (!ministry.isEmpty()) {
        MinistryDirectory ministries(db);
        if (!ministries.load(&error)) {
            printError(withSubject(Database::describe(location), error));
            return Failure;
        }
        const qint64 id = ministries.find(ministry);
        if (id == 0) {
            printError(Text::tr("%1: no ministry is named “%2” (neither a name nor an alias)")
                           .arg(Database::describe(location), ministry));
            return Failure;
        }
        options.ministryId = id;
    }
    // The last report is the total: openings written, or pages for the PDF report.
    qint64 written = 0;
    const ExportProgress progress = [&written](qint64 done, qint64) {
        written = done;
        return true;
    };
    const bool ok = format == ExportFormat::Pdf
                        ? writePdfReport(db, output, options, &error, progress)
                        : exportData(db, format, output, options, &error, progress);
    const QString file = QDir::toNativeSeparators(output);
    if (!ok) {
        // The exporters' messages name the file already; a bare one gets it here.
        printError(error.contains(file) || error.contains(QFileInfo(output).fileName())
                       ? error
                       : withSubject(file, error));
        return Failure;
    }
    print(format == ExportFormat::Pdf
              ? Text::tr("%1: report of %n page(s) written", "", int(written)).arg(file) +
                    QLatin1Char('\n')
              : Text::tr("%1: %n opening(s) exported", "", int(written)).arg(file) +
                    QLatin1Char('\n'));
    return Success;
}

} // namespace Cli
