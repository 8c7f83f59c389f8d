#pragma once

#include <QString>

// Writing the command line's results and errors: UTF-8 bytes on stdout and
// stderr, and on Windows the console of the shell that started this GUI-subsystem
// executable.
namespace Cli {

void print(const QString &text);
// One line on stderr, prefixed with the program name.
void printError(const QString &message);
// A line on stderr as it is (a hint following an error).
void printErrorLine(const QString &line);
// On Windows, connects stdout/stderr to the parent's console when they are not
// redirected; does nothing elsewhere.
void attachConsole();

} // namespace Cli
