#pragma once

#include "exportsource.h"
#include "reportdata.h"

#include <QString>

#include <memory>

class Database;

// The PDF report handed out at a CIAD: A4 landscape, in the application's
// language. Page 1 is a cover (reference date, key figures, contents), then the
// burn-up chart and the per-ministry chart (drawn as vectors by the dashboard's
// chart builders), then one page per ministry (its figures, its burn-up, its
// overdue and planned openings; the list goes on over more pages when long).
// Every page has its number ("Page 3 / 17") and the reference date in the footer.
//
// Painting uses QtCharts (a QGraphicsScene): it must run in the GUI thread, with a
// QApplication. Read the data in a worker (ReportSource::load) and paint with
// PdfReportWriter, one page per event-loop turn, to keep the window responsive.

// Reads the report of options' selection from db and writes it to path in one go.
// progress is told the openings read (done, total), then the pages drawn (page, pages);
// returning false cancels (false with an empty *error). The file is written through
// QSaveFile: a failed or cancelled report leaves no partial file and an existing file
// untouched.
bool writePdfReport(Database &db, const QString &path, const ExportOptions &options, QString *error,
                    const ExportProgress &progress = {});
// The same from data already read.
bool writePdfReport(const ReportData &data, const QString &path, QString *error,
                    const ExportProgress &progress = {});

namespace PdfReport {
// Ministries per page of the per-ministry chart (more ministries: more chart pages).
constexpr int ministriesPerChartPage = 20;
// The table rows whose cells all fit on one line that a ministry's first page and a
// continuation page hold (a longer title takes a second or third line of room).
int rowsOnMinistryPage();
int rowsOnContinuationPage();
} // namespace PdfReport

// Writes a report page by page, so the GUI thread can paint it between events:
//   PdfReportWriter w(data);
//   if (!w.begin(path, &error)) ...;
//   while (!w.atEnd()) w.writeNextPage();   // one call per event-loop turn
//   w.finish(&error);
// Destroying the writer before finish() drops the file (nothing written).
class PdfReportWriter
{
public:
    explicit PdfReportWriter(ReportData data);
    ~PdfReportWriter();
    PdfReportWriter(const PdfReportWriter &) = delete;
    PdfReportWriter &operator=(const PdfReportWriter &) = delete;

    // Opens the file and lays out the pages; false with *error naming the file.
    bool begin(const QString &path, QString *error);
    // Known after begin().
    int pageCount() const;
    int pagesWritten() const;
    bool atEnd() const;
    // Paints the next page.
    void writeNextPage();
    // Ends the document and replaces the file at path; false with *error naming it.
    bool finish(QString *error);
    // Drops what was written; the file at path stays as it was.
    void cancel();

private:
    struct Private;
    std::unique_ptr<Private> d;
};
