#pragma once

#include "exporter.h"

#include <QDate>
#include <QString>

// The work of the headless commands once their arguments are checked; each
// returns the process exit status and reports errors on stderr naming the file.
namespace Cli {

// Prints the progress of every ministry of the table at location on asOf, as
// a readable table or as JSON (StatsJson). The table must exist.
int printStats(const QString &location, const QDate &asOf, bool json);

// Imports csvPath into the table at location (created if missing), merging
// with what is there or replacing it; prints a one-line summary.
int importTable(const QString &location, const QString &csvPath, bool replace);

// Writes the openings of the table at location (those of ministry, a name or an alias,
// when not empty) to output in format, judged on asOf; prints a one-line summary. The
// table must exist. Pdf needs a QApplication.
int exportTable(const QString &location, ExportFormat format, const QString &output,
                const QString &ministry, const QDate &asOf);

} // namespace Cli
