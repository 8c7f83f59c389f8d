// MainWindow: choosing a table to open, a CSV file to import, the export dialog, and files
// dropped on the window (split from mainwindow.cpp by job).
#include "mainwindow.h"

#include "exportdialog.h"
#include "importdialog.h"
#include "messagewidget.h"
#include "openingstablemodel.h"
#include "store.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QUndoStack>

namespace {

QString localFile(const QMimeData *mime, const QStringList &suffixes)
{
    if (!mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        const QString path = url.toLocalFile();
        if (!path.isEmpty() && suffixes.contains(QFileInfo(path).suffix().toLower()))
            return path;
    }
    return {};
}

const QStringList CsvSuffixes = {QStringLiteral("csv"), QStringLiteral("txt")};
const QStringList TableSuffixes = {QStringLiteral("sqlite"), QStringLiteral("db")};

} // namespace

void MainWindow::chooseTable()
{
    const QString start = m_store.isOpen() && !m_store.location().contains(QLatin1String("://"))
                              ? QFileInfo(m_store.location()).absolutePath()
                              : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a table"), start,
                                                      tr("Tables (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openTable(path, &error))
        showError(error);
}

void MainWindow::chooseImport()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a CSV table"), QDir::homePath(),
                                     tr("CSV tables (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        requestImport(path);
}

void MainWindow::requestImport(const QString &csvPath)
{
    if (!m_store.isOpen()) {
        showError(tr("Open a table before importing into it."));
        return;
    }
    if (auto *running = findChild<ImportDialog *>()) {
        running->raise();
        running->activateWindow();
        return;
    }
    auto *dialog = new ImportDialog(m_store.location(), csvPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](const ImportSummary &summary) {
        // The import wrote through its own connection; the edits before it can no longer be
        // undone safely (a replace may have removed their rows).
        m_undoStack->clear();
        m_store.reload();
        updateQuarterRange();
        m_message->showMessage(tr("Import done: %1.").arg(summary.toString()),
                               MessageWidget::Type::Positive, 8000);
    });
    dialog->open();
}

void MainWindow::requestExport()
{
    if (!m_store.isOpen()) {
        showError(tr("Open a table before exporting it."));
        return;
    }
    if (auto *running = findChild<ExportDialog *>()) {
        running->raise();
        running->activateWindow();
        return;
    }
    auto *dialog = new ExportDialog(m_store, m_referenceDate, this);
    // An AMD looking at their own ministry exports that ministry.
    const QList<qint64> shown = m_model->filter().ministryIds;
    if (shown.size() == 1)
        dialog->setMinistryId(shown.constFirst());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFile(event->mimeData(), CsvSuffixes + TableSuffixes).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // A CSV goes through the import preview; a table file is opened.
    if (const QString csv = localFile(event->mimeData(), CsvSuffixes); !csv.isEmpty()) {
        event->acceptProposedAction();
        requestImport(csv);
    } else if (const QString table = localFile(event->mimeData(), TableSuffixes);
               !table.isEmpty()) {
        event->acceptProposedAction();
        QString error;
        if (!openTable(table, &error))
            showError(error);
    }
}
