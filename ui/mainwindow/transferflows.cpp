#include "transferflows.h"

#include "exportdialog.h"
#include "filterbinding.h"
#include "importdialog.h"
#include "messagewidget.h"
#include "openingstablemodel.h"
#include "store.h"

#include <QDir>
#include <QFileDialog>
#include <QUndoStack>

TransferFlows::TransferFlows(Store &store, QUndoStack *undoStack, OpeningsTableModel *model,
                             FilterBinding *filters, MessageWidget *message, QWidget *window)
    : QObject(window), m_store(store), m_undoStack(undoStack), m_model(model), m_filters(filters),
      m_message(message), m_window(window)
{
}

void TransferFlows::chooseImport()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import a CSV table"), QDir::homePath(),
                                     tr("CSV tables (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        requestImport(path);
}

void TransferFlows::requestImport(const QString &csvPath)
{
    if (!m_store.isOpen()) {
        emit errorOccurred(tr("Open a table before importing into it."));
        return;
    }
    if (auto *running = m_window->findChild<ImportDialog *>()) {
        running->raise();
        running->activateWindow();
        return;
    }
    auto *dialog = new ImportDialog(m_store.location(), csvPath, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](const ImportSummary &summary) {
        // The import wrote through its own connection; the edits before it can no longer be
        // undone safely (a replace may have removed their rows).
        m_undoStack->clear();
        m_store.reload();
        m_filters->updateQuarterRange();
        m_message->showMessage(tr("Import done: %1.").arg(summary.toString()),
                               MessageWidget::Type::Positive, 8000);
        emit imported();
    });
    dialog->open();
}

void TransferFlows::requestExport()
{
    if (!m_store.isOpen()) {
        emit errorOccurred(tr("Open a table before exporting it."));
        return;
    }
    if (auto *running = m_window->findChild<ExportDialog *>()) {
        running->raise();
        running->activateWindow();
        return;
    }
    auto *dialog = new ExportDialog(m_store, m_filters->referenceDate(), m_window);
    // An AMD looking at their own ministry exports that ministry.
    const QList<qint64> shown = m_model->filter().ministryIds;
    if (shown.size() == 1)
        dialog->setMinistryId(shown.constFirst());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
