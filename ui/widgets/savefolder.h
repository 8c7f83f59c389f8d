#pragma once

#include <QString>

// Where the save dialogs open (new table, export, chart image): the folder the user last
// saved in, else their documents folder, never the process's working directory.
namespace SaveFolder {

// The folder a save dialog opens in.
QString start();
// Remembers the folder of filePath, just saved to, for the next save dialog.
void remember(const QString &filePath);
// filePath ending in ".suffix": a name without suffix gets it, a name with another known
// suffix (a table, CSV, XLSX, PDF, PNG or SVG) has it replaced ("report.csv" for a PDF
// becomes "report.pdf"); any other suffix is kept and ".suffix" added.
QString withSuffix(const QString &filePath, const QString &suffix);

} // namespace SaveFolder
