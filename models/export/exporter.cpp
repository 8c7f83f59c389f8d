#include "exporter.h"

#include "csvexporter.h"
#include "xlsxexporter.h"

bool exportData(Database &db, ExportFormat format, const QString &path,
                const ExportOptions &options, QString *error, const ExportProgress &progress)
{
    switch (format) {
    case ExportFormat::Xlsx:
        return exportXlsx(db, path, options, error, progress);
    case ExportFormat::Csv:
        return exportCsv(db, path, CsvDialect::OpenData, options, error, progress);
    case ExportFormat::CsvExcel:
        return exportCsv(db, path, CsvDialect::Excel, options, error, progress);
    case ExportFormat::Pdf:
        break;
    }
    if (error)
        *error = QStringLiteral("the PDF report is written by writePdfReport()");
    return false;
}
