#pragma once

#include "exportsource.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class Database;

// The two CSV forms of the table.
enum class CsvDialect {
    // Open data (data.gouv.fr): UTF-8 without BOM, ",", LF, RFC 4180 quoting;
    // "Last Modified" in ISO 8601 UTC. Re-imports into the same table.
    OpenData,
    // What French Excel opens on a double click: UTF-8 with BOM, ";", CRLF;
    // dates dd/mm/yyyy; cells that Excel would take for a formula (= + - @ tab
    // CR first) prefixed with an apostrophe.
    Excel,
};

// Writes the selection of options as CSV: the published 2021 columns, then the
// application's (effective date, first announced quarter, comment,
// description). Rows in table order. Written through QSaveFile: a failed or
// cancelled export (progress returned false; error left empty) leaves no
// partial file and an existing file untouched.
bool exportCsv(Database &db, const QString &path, CsvDialect dialect, const ExportOptions &options,
               QString *error, const ExportProgress &progress = {});

namespace CsvExport {
// The header fields, in file order.
QStringList columns();
// One field as written in dialect: quoted when needed, neutralised for Excel.
QByteArray field(const QString &value, CsvDialect dialect);
} // namespace CsvExport
