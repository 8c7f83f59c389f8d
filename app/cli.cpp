#include "cli.h"

#include "clicommands.h"
#include "clioutput.h"
#include "guiapp.h"
#include "language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <cstring>

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
                    "  %1 --help | --version\n"
                    "\n"
                    "DB is an SQLite file or a postgresql://user@host:port/database address.\n"
                    "Exit status: 0 success, 1 failure, 2 wrong command line.\n")
        .arg(QLatin1String(programName));
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
    QCommandLineOption help{QStringList{QStringLiteral("h"), QStringLiteral("help")}};
};

// Parses the arguments after the command name; false prints a usage error.
bool parse(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
           const QStringList &arguments, const QString &command, int *status)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options);
    if (!parser.parse(QStringList{QLatin1String(programName)} + arguments)) {
        *status = usageError(QStringLiteral("%1: %2").arg(command, parser.errorText()));
        return false;
    }
    return true;
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
    QDate asOf = QDate::currentDate();
    if (parser.isSet(o.asOf)) {
        const QString text = parser.value(o.asOf).trimmed();
        asOf = QDate::fromString(text, Qt::ISODate);
        if (!asOf.isValid() || text.size() != 10)
            return usageError(
                Text::tr("stats: --as-of '%1' is not a date: expected YYYY-MM-DD, e.g. 2022-06-30")
                    .arg(text));
    }
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

} // namespace

bool wantsCommandLine(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    for (const char *word : {"import", "stats", "--help", "-h", "-help", "--version", "-v"}) {
        if (std::strcmp(argv[1], word) == 0)
            return true;
    }
    return false;
}

int run(int argc, char *argv[])
{
    attachConsole();
    setApplicationNames();
    QCoreApplication app(argc, argv);
    Language::apply(app, Language::preferred());

    QStringList arguments = app.arguments().mid(1);
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
    if (command.startsWith(QLatin1Char('-'))) {
        print(usage());
        return Success;
    }
    return usageError(Text::tr("unknown command '%1'").arg(command));
}

} // namespace Cli
