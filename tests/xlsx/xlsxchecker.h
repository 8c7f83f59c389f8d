#pragma once

#include <QJsonObject>
#include <QString>

// Runs tests/xlsx/check_xlsx.py, the independent openpyxl reader of the XLSX
// exports, from the C++ tests.
namespace XlsxChecker {

// A Python interpreter that can import openpyxl (SUIVI_PYTHON, then python3 and
// python on the PATH, then the system's); empty when there is none.
QString python();
// Checks workbook against expectations (see check_xlsx.py); false with the
// checker's report in *report.
bool check(const QString &workbook, const QJsonObject &expectations, QString *report,
           int timeoutMs = 300000);

} // namespace XlsxChecker
