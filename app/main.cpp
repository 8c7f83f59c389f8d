// Entry point: the command line's headless commands, or the GUI.
#include "cli.h"
#include "guiapp.h"

int main(int argc, char *argv[])
{
    // Decided before any application object exists: commands run on a
    // QCoreApplication, without a display.
    if (Cli::wantsCommandLine(argc, argv))
        return Cli::run(argc, argv);
    return runGui(argc, argv);
}
