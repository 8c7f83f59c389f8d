// Entry point: the command line's headless commands, or the GUI.
#include "guiapp.h"

int main(int argc, char *argv[])
{
    return runGui(argc, argv);
}
