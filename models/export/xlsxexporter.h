#pragma once

#include "exportsource.h"

#include <QString>

class Database;

// Writes the selection of ExportOptions as an XLSX workbook for secretaries
// general: a "Synthèse" sheet (figures of computeProgress, with native charts),
// an "Ouvertures" sheet with every opening (continued on "Ouvertures (2)"...
// past Excel's 1,048,575 data rows) and, for a whole-table export of at most
// maxMinistrySheets ministries, one sheet per ministry.
//
// URLs are hyperlinks when they are valid http(s) addresses Excel accepts
// (2,079 characters at most), up to 65,530 per worksheet and per workbook:
// libxlsxwriter keeps each hyperlink in memory (about 1.4 KB) until the file
// is written, so past that budget each sheet gets a share in proportion to
// its URLs and the other URLs are written as plain text.
//
// Streams: constant-memory workbook and forward-only reads, so a million
// openings export in bounded memory (about 130 MB, hyperlinks included). Runs in a worker thread on
// a Database opened in that thread. The file is written beside path and renamed at the end: a
// failed or cancelled export (progress returned false; error left empty) leaves no partial file and
// an existing file untouched.
bool exportXlsx(Database &db, const QString &path, const ExportOptions &options, QString *error,
                const ExportProgress &progress = {});

namespace XlsxExport {
constexpr int maxMinistrySheets = 40;
}
