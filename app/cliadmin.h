#pragma once

#include <QStringList>

// The "admin" commands of the command line, for the administrator of a table
// shared on a PostgreSQL server:
//   admin init   --db URL                                  create or upgrade the schema
//   admin grant  --db URL --role ROLE (--ministry NAME… | --coordinator)
//   admin revoke --db URL --role ROLE (--ministry NAME… | --coordinator)
//   admin grants --db URL                                  list who edits what
namespace Cli {

// The usage lines of the admin commands, for --help.
QString adminUsage();
// Runs "admin ..." (arguments after "admin"); returns the exit status.
int runAdmin(const QStringList &arguments);

} // namespace Cli
