#pragma once

// Starts the graphical application: translators, the table to open (argument,
// last table, or the user's default table made from the bundled sample), the
// main window, and the language switch.
int runGui(int argc, char *argv[]);

// Application names used by QSettings and QStandardPaths, set before either is used.
void setApplicationNames();
