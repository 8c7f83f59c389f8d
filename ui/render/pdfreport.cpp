#include "pdfreport.h"

#include "pdfreportcanvas.h"
#include "pdfreportpages.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

struct PdfReportWriter::Private
{
    ReportData data;
    QString path;
    // Declared in this order so that they go in reverse: the painter ends before the
    // writer, the writer before the file it writes to.
    QSaveFile file;
    std::unique_ptr<QPdfWriter> writer;
    QPainter painter;
    std::unique_ptr<ReportPages> pages;
    int written = 0;
    bool cancelled = false;
};

PdfReportWriter::PdfReportWriter(ReportData data) : d(std::make_unique<Private>())
{
    d->data = std::move(data);
}

PdfReportWriter::~PdfReportWriter()
{
    cancel();
}

bool PdfReportWriter::begin(const QString &path, QString *error)
{
    d->path = path;
    const QString shown = QDir::toNativeSeparators(path);
    d->file.setFileName(path);
    if (!d->file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = ReportText::tr("Cannot write %1: %2").arg(shown, d->file.errorString());
        return false;
    }
    d->writer = std::make_unique<QPdfWriter>(&d->file);
    d->writer->setResolution(ReportCanvas::Dpi);
    d->writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    const QString date = QLocale().toString(d->data.asOf, QLocale::ShortFormat);
    d->writer->setTitle(
        d->data.scope.isEmpty()
            ? ReportText::tr("Openings tracker, progress on %1").arg(date)
            : ReportText::tr("Openings tracker, %1, progress on %2").arg(d->data.scope, date));
    d->writer->setCreator(QStringLiteral("suivi-ouvertures %1").arg(QLatin1String(SUIVI_VERSION)));
    d->pages = std::make_unique<ReportPages>(d->data, d->writer.get());
    if (!d->painter.begin(d->writer.get())) {
        if (error)
            *error = ReportText::tr("Cannot write %1: the PDF could not be started").arg(shown);
        d->file.cancelWriting();
        return false;
    }
    d->painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    return true;
}

int PdfReportWriter::pageCount() const
{
    return d->pages ? int(d->pages->plan().size()) : 0;
}

int PdfReportWriter::pagesWritten() const
{
    return d->written;
}

bool PdfReportWriter::atEnd() const
{
    return !d->painter.isActive() || d->written >= pageCount();
}

void PdfReportWriter::writeNextPage()
{
    if (atEnd())
        return;
    if (d->written > 0)
        d->writer->newPage();
    d->pages->paint(&d->painter, d->written);
    ++d->written;
}

bool PdfReportWriter::finish(QString *error)
{
    const QString shown = QDir::toNativeSeparators(d->path);
    if (d->cancelled || !d->painter.isActive()) {
        if (error)
            *error = ReportText::tr("Cannot write %1: the report was not started").arg(shown);
        return false;
    }
    while (!atEnd())
        writeNextPage();
    const bool ended = d->painter.end();
    if (!ended || !d->file.commit()) {
        if (error)
            *error = ReportText::tr("Cannot write %1: %2").arg(shown, d->file.errorString());
        return false;
    }
    return true;
}

void PdfReportWriter::cancel()
{
    if (d->file.isOpen())
        d->file.cancelWriting();
    if (d->painter.isActive())
        d->painter.end();
    d->cancelled = true;
}

bool writePdfReport(const ReportData &data, const QString &path, QString *error,
                    const ExportProgress &progress)
{
    if (error)
        error->clear();
    PdfReportWriter writer(data);
    if (!writer.begin(path, error))
        return false;
    const int pages = writer.pageCount();
    while (!writer.atEnd()) {
        if (progress && !progress(writer.pagesWritten(), pages)) {
            writer.cancel();
            return false;
        }
        writer.writeNextPage();
    }
    if (progress && !progress(pages, pages)) {
        writer.cancel();
        return false;
    }
    return writer.finish(error);
}

bool writePdfReport(Database &db, const QString &path, const ExportOptions &options, QString *error,
                    const ExportProgress &progress)
{
    const std::optional<ReportData> data = ReportSource::load(db, options, error, progress);
    if (!data)
        return false;
    return writePdfReport(*data, path, error, progress);
}

namespace PdfReport {

int rowsOnMinistryPage()
{
    return int(std::floor((ReportTable::tableRoom() + 0.01) / ReportTable::rowHeight(1)));
}

int rowsOnContinuationPage()
{
    return int(std::floor((ReportTable::tableRoom() + 0.01) / ReportTable::rowHeight(1)));
}

} // namespace PdfReport
