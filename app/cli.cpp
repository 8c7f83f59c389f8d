#include "cli.h"

#include "cliadmin.h"
#include "clicommands.h"
#include "clioutput.h"
#include "guiapp.h"
#include "language.h"
#include "messages.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <cstring>
#include <memory>
#include <optional>

namespace Cli {

namespace {

// Messages of the command line, in the "Cli" translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const char *const programName = "suivi-ouvertures";

QString usage()
{
    return Text::tr("Usage:\n"
                    "  %1 [FILE]\n"
                    "      open the application on a table\n"
                    "  %1 import --db DB [--merge|--replace] TABLE.csv\n"
                    "      import a CSV table into DB (created if missing); --merge (default)\n"
                    "      updates the openings already there and adds the others, --replace\n"
                    "      makes DB hold exactly the file's openings\n"
                    "  %1 stats --db DB [--as-of YYYY-MM-DD] [--json]\n"
                    "      print the progress of each ministry on a date (default today),\n"
                    "      as a table or as JSON\n"
                    "  %1 export --db DB --format xlsx|csv|csv-excel|pdf -o OUT\n"
                    "         [--ministry NAME] [--as-of YYYY-MM-DD]\n"
                    "      write the table (or one ministry's openings, NAME being its name\n"
                    "      or an alias) as an XLSX workbook, an open data CSV, a CSV for\n"
                    "      Excel, or the PDF report for the CIAD, judged on a date\n"
                    "      (default today)\n"
                    "  %1 --help | --version\n"
                    "\n"
                    "DB is an SQLite file or a postgresql://user@host:port/database address.\n"
                    "Exit status: 0 success, 1 failure, 2 wrong command line.\n")
        .arg(QLatin1String(programName))
        // The administration commands (cliadmin.cpp) come before --help.
        .replace(QStringLiteral("  %1 --help").arg(QLatin1String(programName)),
                 adminUsage() + QStringLiteral("  %1 --help").arg(QLatin1String(programName)));
}

int usageError(const QString &message)
{
    printError(message);
    printErrorLine(Text::tr("Try '%1 --help'.").arg(QLatin1String(programName)));
    return Usage;
}

// The common options of the commands; each command reads the ones it knows.
struct Options
{
    QCommandLineOption db{QStringLiteral("db"), QString(), QStringLiteral("DB")};
    QCommandLineOption asOf{QStringLiteral("as-of"), QString(), QStringLiteral("DATE")};
    QCommandLineOption json{QStringLiteral("json")};
    QCommandLineOption merge{QStringLiteral("merge")};
    QCommandLineOption replace{QStringLiteral("replace")};
    QCommandLineOption format{QStringLiteral("format"), QString(), QStringLiteral("FORMAT")};
    QCommandLineOption output{QStringList{QStringLiteral("o"), QStringLiteral("output")}, QString(),
                              QStringLiteral("OUT")};
    QCommandLineOption ministry{QStringLiteral("ministry"), QString(), QStringLiteral("NAME")};
    QCommandLineOption help{QStringList{QStringLiteral("h"), QStringLiteral("help")}};
};

// Parses the arguments after the command name; false prints a usage error.
bool parse(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
           const QStringList &arguments, const QString &command, int *status)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options);
    if (!parser.parse(QStringList{QLatin1String(programName)} + arguments)) {
        *status = usageError(withSubject(command, parser.errorText()));
        return false;
    }
    return true;
}

// Reads --as-of (today when absent); false prints a usage error naming the text.
bool parseAsOf(const QCommandLineParser &parser, const Options &o, const QString &command,
               QDate *asOf, int *status)
{
    *asOf = QDate::currentDate();
    if (!parser.isSet(o.asOf))
        return true;
    const QString text = parser.value(o.asOf).trimmed();
    *asOf = QDate::fromString(text, Qt::ISODate);
    if (asOf->isValid() && text.size() == 10)
        return true;
    *status =
        usageError(Text::tr("%1: --as-of '%2' is not a date: expected YYYY-MM-DD, e.g. 2022-06-30")
                       .arg(command, text));
    return false;
}

int runStats(const QStringList &arguments)
{
    const QString command = QStringLiteral("stats");
    Options o;
    QCommandLineParser parser;
    int status = Success;
    if (!parse(parser, {o.db, o.asOf, o.json, o.help}, arguments, command, &status))
        return status;
    if (parser.isSet(o.help)) {
        print(usage());
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(Text::tr("stats: unexpected argument '%1'")
                              .arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(o.db) || parser.value(o.db).isEmpty())
        return usageError(Text::tr("stats: --db DB is required"));
    QDate asOf;
    if (!parseAsOf(parser, o, command, &asOf, &status))
        return status;
    return printStats(parser.value(o.db), asOf, parser.isSet(o.json));
}

int runImport(const QStringList &arguments)
{
    const QString command = QStringLiteral("import");
    Options o;
    QCommandLineParser parser;
    int status = Success;
    if (!parse(parser, {o.db, o.merge, o.replace, o.help}, arguments, command, &status))
        return status;
    if (parser.isSet(o.help)) {
        print(usage());
        return Success;
    }
    if (!parser.isSet(o.db) || parser.value(o.db).isEmpty())
        return usageError(Text::tr("import: --db DB is required"));
    if (parser.isSet(o.merge) && parser.isSet(o.replace))
        return usageError(Text::tr("import: choose either --merge or --replace, not both"));
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(Text::tr("import: the CSV file to import is missing"));
    if (files.size() > 1)
        return usageError(Text::tr("import: one CSV file at a time (got %1)").arg(files.size()));
    return importTable(parser.value(o.db), files.constFirst(), parser.isSet(o.replace));
}

std::optional<ExportFormat> exportFormat(const QString &name)
{
    if (name == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    if (name == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (name == QLatin1String("csv-excel"))
        return ExportFormat::CsvExcel;
    if (name == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

int runExport(const QStringList &arguments)
{
    const QString command = QStringLiteral("export");
    Options o;
    QCommandLineParser parser;
    int status = Success;
    if (!parse(parser, {o.db, o.format, o.output, o.ministry, o.asOf, o.help}, arguments, command,
               &status))
        return status;
    if (parser.isSet(o.help)) {
        print(usage());
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(Text::tr("export: unexpected argument '%1'")
                              .arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(o.db) || parser.value(o.db).isEmpty())
        return usageError(Text::tr("export: --db DB is required"));
    if (!parser.isSet(o.format))
        return usageError(Text::tr("export: --format xlsx|csv|csv-excel|pdf is required"));
    const std::optional<ExportFormat> format =
        exportFormat(parser.value(o.format).trimmed().toLower());
    if (!format)
        return usageError(
            Text::tr("export: unknown format '%1': expected xlsx, csv, csv-excel or pdf")
                .arg(parser.value(o.format)));
    if (!parser.isSet(o.output) || parser.value(o.output).isEmpty())
        return usageError(Text::tr("export: -o OUT, the file to write, is required"));
    if (parser.isSet(o.ministry) && parser.value(o.ministry).trimmed().isEmpty())
        return usageError(Text::tr("export: --ministry needs a ministry name"));
    QDate asOf;
    if (!parseAsOf(parser, o, command, &asOf, &status))
        return status;
    return exportTable(parser.value(o.db), *format, parser.value(o.output),
                       parser.value(o.ministry).trimmed(), asOf);
}

// True for "export ... --format pdf": the report paints charts and text, which needs a
// QApplication (fonts, QGraphicsScene) created before the arguments are parsed.
bool wantsPdfExport(int argc, char *argv[])
{
    if (argc < 2 || std::strcmp(argv[1], "export") != 0)
        return false;
    for (int i = 2; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "--format" || arg == "-format") && i + 1 < argc)
            return QByteArray(argv[i + 1]).trimmed().toLower() == "pdf";
        if (arg.startsWith("--format=") || arg.startsWith("-format="))
            return arg.mid(arg.indexOf('=') + 1).trimmed().toLower() == "pdf";
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (!wantsPdfExport(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // A command must also run on a server or in CI, where there is no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

bool wantsCommandLine(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    for (const char *word :
         {"import", "stats", "export", "admin", "--help", "-h", "-help", "--version", "-v"}) {
        if (std::strcmp(argv[1], word) == 0)
            return true;
    }
    return false;
}

int run(int argc, char *argv[])
{
    attachConsole();
    setApplicationNames();
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    Language::apply(*app, Language::preferred());

    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        print(QStringLiteral("%1 %2\n").arg(QLatin1String(programName),
                                            QLatin1String(SUIVI_VERSION)));
        return Success;
    }
    if (command == QLatin1String("stats"))
        return runStats(arguments);
    if (command == QLatin1String("import"))
        return runImport(arguments);
    if (command == QLatin1String("export"))
        return runExport(arguments);
    if (command == QLatin1String("admin"))
        return runAdmin(arguments);
    if (command.startsWith(QLatin1Char('-'))) {
        print(usage());
        return Success;
    }
    return usageError(Text::tr("unknown command '%1'").arg(command));
}

} // namespace Cli
