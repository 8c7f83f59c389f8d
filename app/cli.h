#pragma once

// The command line of suivi-ouvertures: the headless commands (import, stats,
// export) and --help / --version, run on a QCoreApplication so no display is
// needed (a QApplication on the offscreen platform for the PDF report).
namespace Cli {

// Process exit statuses of the headless commands.
enum Exit { Success = 0, Failure = 1, Usage = 2 };

// True when argv names a command or --help / --version rather than a table
// to open in the GUI. Decided before any application object exists.
bool wantsCommandLine(int argc, char *argv[]);

// Creates the QCoreApplication, loads the translations and runs the command;
// returns the exit status.
int run(int argc, char *argv[]);

} // namespace Cli
