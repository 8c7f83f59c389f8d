#include "cliadmin.h"
#include "location.h"

#include "cli.h"
#include "clioutput.h"
#include "database.h"
#include "messages.h"
#include "ministrydirectory.h"
#include "serveradmin.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Cli {

namespace {

// Messages of the command line, in the "Cli" translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int usageError(const QString &message)
{
    printError(message);
    printErrorLine(Text::tr("Try 'suivi-ouvertures --help'."));
    return Usage;
}

struct AdminOptions
{
    QCommandLineOption db{QStringLiteral("db"), QString(), QStringLiteral("URL")};
    QCommandLineOption role{QStringLiteral("role"), QString(), QStringLiteral("ROLE")};
    QCommandLineOption ministry{QStringLiteral("ministry"), QString(), QStringLiteral("NAME")};
    QCommandLineOption coordinator{QStringLiteral("coordinator")};
};

int initTable(const QString &location)
{
    ServerAdmin::InitReport report;
    QString error;
    if (!ServerAdmin::init(location, &report, &error)) {
        printError(error);
        return Failure;
    }
    const QString where = Database::describe(location);
    if (report.versionBefore == report.versionAfter)
        print(Text::tr("%1: schema already at version %2, nothing changed\n")
                  .arg(where)
                  .arg(report.versionAfter));
    else if (report.versionBefore == 0)
        print(Text::tr("%1: schema version %2 created, with row-level security; %3 "
                       "coordinates the table\n")
                  .arg(where)
                  .arg(report.versionAfter)
                  .arg(report.user));
    else
        print(Text::tr("%1: schema upgraded from version %2 to %3\n")
                  .arg(where)
                  .arg(report.versionBefore)
                  .arg(report.versionAfter));
    if (!report.createError.isEmpty())
        printError(Text::tr("%1: could not keep other roles from creating objects in the "
                            "schema %2 (REVOKE CREATE ON SCHEMA %2 FROM PUBLIC): %3")
                       .arg(where, report.schema, report.createError));
    else if (report.publicCouldCreate)
        print(Text::tr("%1: CREATE on the schema %2 revoked from PUBLIC: only its owner "
                       "creates objects there\n")
                  .arg(where, report.schema));
    else
        print(Text::tr("%1: only the owner of the schema %2 creates objects there\n")
                  .arg(where, report.schema));
    return Success;
}

int listGrants(const QString &location)
{
    Database db;
    QString error;
    if (!db.open(location, &error)) {
        printError(error);
        return Failure;
    }
    const auto list = ServerAdmin::grants(db, &error);
    if (!list) {
        printError(withSubject(Database::describe(location), error));
        return Failure;
    }
    QString text;
    for (const ServerAdmin::Grant &g : *list)
        text += QStringLiteral("%1\t%2\n")
                    .arg(g.role,
                         g.coordinator ? Text::tr("(coordinator: every ministry)") : g.ministry);
    print(text);
    return Success;
}

// admin grant / revoke: one role, one or several ministries, or coordinator.
int changeGrants(const QString &command, const QString &location, const QString &role,
                 const QStringList &ministryNames, bool coordinator)
{
    const bool granting = command == QLatin1String("grant");
    Database db;
    QString error;
    if (!ServerAdmin::openAsAdministrator(db, location, &error)) {
        printError(error);
        return Failure;
    }
    QVector<QPair<qint64, QString>> targets;
    if (coordinator)
        targets.append({0, Text::tr("every ministry (coordinator)")});
    MinistryDirectory ministries(db);
    if (!ministries.load(&error)) {
        printError(withSubject(Database::describe(location), error));
        return Failure;
    }
    for (const QString &name : ministryNames) {
        const qint64 id = ministries.find(name);
        if (id == 0) {
            printError(Text::tr("%1: no ministry is named “%2” (neither a name nor an alias); "
                                "import the table first, or check the name")
                           .arg(Database::describe(location), name));
            return Failure;
        }
        targets.append({id, ministries.name(id)});
    }
    QString text;
    for (const auto &[id, name] : std::as_const(targets)) {
        bool changed = false;
        const bool ok = granting ? ServerAdmin::grant(db, role, id, &changed, &error)
                                 : ServerAdmin::revoke(db, role, id, &changed, &error);
        if (!ok) {
            printError(withSubject(Database::describe(location), error));
            return Failure;
        }
        if (granting)
            text += changed ? Text::tr("%1 may now edit %2\n").arg(role, name)
                            : Text::tr("%1 could already edit %2\n").arg(role, name);
        else
            text += changed ? Text::tr("%1 may no longer edit %2\n").arg(role, name)
                            : Text::tr("%1 could not edit %2\n").arg(role, name);
    }
    print(text);
    return Success;
}

} // namespace

QString adminUsage()
{
    return Text::tr("  %1 admin init --db URL\n"
                    "      create (or upgrade) a table shared on a PostgreSQL server, with its\n"
                    "      rights enforced by the server; a second run changes nothing\n"
                    "  %1 admin grant --db URL --role ROLE (--ministry NAME... | --coordinator)\n"
                    "      let a PostgreSQL role edit the openings of a ministry (repeat\n"
                    "      --ministry for several), or of every ministry\n"
                    "  %1 admin revoke --db URL --role ROLE (--ministry NAME... | --coordinator)\n"
                    "      take such a right back\n"
                    "  %1 admin grants --db URL\n"
                    "      list the roles and what they may edit\n")
        .arg(QStringLiteral("suivi-ouvertures"));
}

int runAdmin(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QStringList commands{QStringLiteral("init"), QStringLiteral("grant"),
                               QStringLiteral("revoke"), QStringLiteral("grants")};
    if (!commands.contains(command))
        return usageError(command.isEmpty()
                              ? Text::tr("admin: expected init, grant, revoke or grants")
                              : Text::tr("admin: unknown command '%1': expected init, grant, "
                                         "revoke or grants")
                                    .arg(command));
    const QString name = QStringLiteral("admin ") + command;
    AdminOptions o;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (command == QLatin1String("grant") || command == QLatin1String("revoke"))
        parser.addOptions({o.db, o.role, o.ministry, o.coordinator});
    else
        parser.addOption(o.db);
    if (!parser.parse(QStringList{QStringLiteral("suivi-ouvertures")} + arguments.mid(1)))
        return usageError(withSubject(name, parser.errorText()));
    if (!parser.positionalArguments().isEmpty())
        return usageError(Text::tr("%1: unexpected argument '%2'")
                              .arg(name, parser.positionalArguments().constFirst()));
    const QString location = parser.value(o.db).trimmed();
    if (location.isEmpty())
        return usageError(Text::tr("%1: --db URL is required").arg(name));
    if (!Location::isServer(location))
        return usageError(Text::tr("%1: --db must be a postgresql://user@host:port/database "
                                   "address: rights are kept by a server, not in a file")
                              .arg(name));
    if (command == QLatin1String("init"))
        return initTable(location);
    if (command == QLatin1String("grants"))
        return listGrants(location);

    const QString role = parser.value(o.role).trimmed();
    if (role.isEmpty())
        return usageError(Text::tr("%1: --role ROLE is required").arg(name));
    QStringList ministries;
    for (const QString &m : parser.values(o.ministry))
        if (!m.trimmed().isEmpty())
            ministries << m.trimmed();
    const bool coordinator = parser.isSet(o.coordinator);
    if (ministries.isEmpty() == !coordinator)
        return usageError(
            Text::tr("%1: give either --ministry NAME (one or more) or --coordinator").arg(name));
    return changeGrants(command, location, role, ministries, coordinator);
}

} // namespace Cli
