#pragma once

// Shared by the XLSX writers (xlsxexporter.cpp, xlsxsummary.cpp): the formats
// of a workbook and the conversions of Qt values into cells. Private to
// models/: libxlsxwriter is linked privately, so no public header includes it.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <xlsxwriter.h>

struct Progress;

// The cell formats of one workbook (owned by it).
struct XlsxFormats
{
    lxw_format *title = nullptr;
    lxw_format *bold = nullptr;
    lxw_format *header = nullptr;
    lxw_format *date = nullptr;
    lxw_format *dateTime = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *boldPercent = nullptr;
    lxw_format *note = nullptr;

    static XlsxFormats create(lxw_workbook *workbook);
};

namespace Xlsx {

// Excel's limit on the text of a cell.
constexpr int maxCellText = 32767;
// Rows of a worksheet below its header row.
constexpr lxw_row_t dataRowsPerSheet = LXW_ROW_MAX - 1;

// UTF-8 for a cell, cut to Excel's 32,767 characters (a longer text would be refused).
QByteArray cellText(const QString &text);
// Excel serial day numbers (1900 date system) of a date and of a local date-time.
double serial(const QDate &date);
double serial(const QDateTime &when);
// libxlsxwriter's description of an error.
QString errorText(lxw_error error);

} // namespace Xlsx

// Writes the "Synthèse" sheet: title, reference date, scope, the per-ministry
// table with its stacked bar chart and the per-quarter table with its line chart.
// sheetName is the worksheet's name, which the charts' ranges refer to. Rows are
// written in order (the workbook is in constant-memory mode).
bool writeXlsxSummary(lxw_workbook *workbook, lxw_worksheet *sheet, const QString &sheetName,
                      const Progress &progress, const QString &scope, const XlsxFormats &formats,
                      QString *error);
