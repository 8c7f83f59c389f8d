#pragma once

#include "exportsource.h"

#include <QString>

class Database;

// The formats the table is exported to, the same in the export dialog and the
// command line.
enum class ExportFormat { Xlsx, Csv, CsvExcel, Pdf };

// False, with *error naming output, when writing output would overwrite the SQLite
// table at databaseLocation: the file itself (also through a link, or another name
// of the same file) or its -wal, -shm and -journal companions. Every export checks
// its output with this before writing (exportData does it itself).
bool checkExportTarget(const QString &databaseLocation, const QString &output, QString *error);

// Writes a spreadsheet or CSV export (Xlsx, Csv, CsvExcel) of what options select to
// path. The PDF report draws charts, so ui/ writes it (writePdfReport): Pdf is refused
// here with *error set.
bool exportData(Database &db, ExportFormat format, const QString &path,
                const ExportOptions &options, QString *error, const ExportProgress &progress = {});
