// ExportDialog: the export itself, in the background (split from exportdialog.cpp by
// job), then the PDF report's pages painted in the GUI thread, one per event-loop turn.
#include "exportdialog.h"

#include "backgroundtask.h"
#include "database.h"
#include "messagewidget.h"
#include "pdfreport.h"
#include "reportdata.h"
#include "store.h"
#include "taskprogress.h"

#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

// What the background part hands back: the export done (XLSX, CSV), or the report's data
// to paint (PDF).
struct ExportDialog::Result
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    std::shared_ptr<ReportData> report;
};

void ExportDialog::run(const QString &path)
{
    m_fileName = path;
    m_message->hideMessage();
    m_openButton->hide();
    m_cancelPainting = false;
    QString error;
    if (!checkExportTarget(m_store.location(), path, &error)) {
        fail(error, false);
        return;
    }
    const Format chosen = format();
    ExportOptions options;
    options.ministryId = ministryId();
    options.asOf = referenceDate();
    const QString location = m_store.location();
    m_progress->setText(chosen == Format::Pdf ? tr("Reading the table…") : tr("Exporting…"));
    // The worker opens its own connection: QtSql connections cannot cross threads.
    m_task->run(
        [location, path, chosen, options](TaskReporter &reporter) {
            Result r;
            Database db;
            if (!db.open(location, &r.error))
                return r;
            const ExportProgress progress = [&reporter](qint64 done, qint64 total) {
                return reporter.progress(done, total);
            };
            // The PDF's data is read here, its pages painted on the GUI thread.
            if (chosen != Format::Pdf) {
                r.ok = exportData(db, chosen, path, options, &r.error, progress);
            } else if (std::optional<ReportData> data =
                           ReportSource::load(db, options, &r.error, progress)) {
                r.report = std::make_shared<ReportData>(std::move(*data));
                r.ok = true;
            }
            r.cancelled = !r.ok && reporter.isCancelled();
            return r;
        },
        [this](const Result &result) { onWorkerDone(result); });
    updateState();
}

void ExportDialog::onWorkerDone(const Result &result)
{
    if (!result.ok) {
        fail(result.error, result.cancelled || result.error.isEmpty());
        return;
    }
    if (!result.report) {
        succeed();
        return;
    }
    // Cancelled after the data was read: nothing to paint.
    if (m_task->wasCancelled()) {
        fail(QString(), true);
        return;
    }
    m_pdf = std::make_unique<PdfReportWriter>(*result.report);
    QString error;
    if (!m_pdf->begin(m_fileName, &error)) {
        m_pdf.reset();
        fail(error, false);
        return;
    }
    m_pages->setRange(0, m_pdf->pageCount());
    m_pages->setValue(0);
    m_pagesLabel->show();
    m_pages->show();
    updateState();
    QTimer::singleShot(0, this, &ExportDialog::paintNextPage);
}

void ExportDialog::paintNextPage()
{
    if (!m_pdf)
        return;
    if (m_cancelPainting) {
        m_pdf.reset(); // drops the file
        fail(QString(), true);
        return;
    }
    if (!m_pdf->atEnd()) {
        m_pdf->writeNextPage();
        m_pages->setValue(m_pdf->pagesWritten());
        QTimer::singleShot(0, this, &ExportDialog::paintNextPage);
        return;
    }
    QString error;
    const bool ok = m_pdf->finish(&error);
    m_pdf.reset();
    if (ok)
        succeed();
    else
        fail(error, false);
}

void ExportDialog::succeed()
{
    m_message->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(m_fileName)),
                           MessageWidget::Type::Positive);
    m_openButton->show();
    updateState();
    emit exported(m_fileName);
}

void ExportDialog::fail(const QString &message, bool cancelled)
{
    const QString text =
        cancelled
            ? tr("Export cancelled: %1 was not written.").arg(QDir::toNativeSeparators(m_fileName))
            : tr("The export failed: %1").arg(message);
    m_message->showMessage(text, cancelled ? MessageWidget::Type::Information
                                           : MessageWidget::Type::Error);
    updateState();
    emit exportFailed(text);
}
