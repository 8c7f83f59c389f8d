#pragma once

#include "domain.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

struct Progress;

// What check_xlsx.py should find in an XLSX export, built from the database's
// openings and from computeProgress (see check_xlsx.py for the JSON forms).
namespace XlsxExpectations {

// Empty text is an empty cell.
QJsonValue text(const QString &s);
// The header row of the openings sheets.
QJsonArray openingsHeader();
// The cells of one opening's row: text cells, dates as dates, the last
// change as a local date-time.
QJsonArray row(const Opening &o);
// The summary's per-ministry table (total row included, on-time rate as a
// percentage) and per-quarter table, as "tables" entries for sheet.
QJsonArray summaryTables(const QString &sheet, const Progress &progress);

} // namespace XlsxExpectations
