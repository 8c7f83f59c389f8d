// MainWindow: adding and deleting openings (split from mainwindow.cpp by job).
#include "mainwindow.h"

#include "addopeningdialog.h"
#include "filterpanel.h"
#include "mainactions.h"
#include "messagewidget.h"
#include "openingstablemodel.h"
#include "store.h"
#include "tablepage.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

void MainWindow::addOpening()
{
    if (!m_store.isOpen())
        return;
    if (auto *open = findChild<AddOpeningDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    const OpeningFilter filter = m_tablePage->filterPanel()->filter();
    auto *dialog = new AddOpeningDialog(
        m_store, filter.ministryIds.size() == 1 ? filter.ministryIds.first() : 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Opening opening = dialog->opening();
        const int rowsBefore = m_model->rowCount();
        QString error;
        if (!m_model->addOpening(opening, &error)) {
            showError(tr("“%1” could not be added: %2").arg(opening.title, error));
            return;
        }
        QTableView *view = m_tablePage->view();
        if (m_model->rowCount() == rowsBefore) {
            m_message->showMessage(
                tr("“%1” was added; the current filters hide it.").arg(opening.title),
                MessageWidget::Type::Information, 8000);
            return;
        }
        // Unsorted, the table lists openings in the order they were added: the new one is last.
        if (view->horizontalHeader()->sortIndicatorSection() < 0 ||
            !view->horizontalHeader()->isSortIndicatorShown()) {
            const int row = m_model->rowCount() - 1;
            view->setCurrentIndex(m_model->index(row, OpeningsTableModel::TitleColumn));
            view->selectRow(row);
            view->scrollToBottom();
        }
        view->setFocus();
        m_message->showMessage(tr("“%1” was added.").arg(opening.title),
                               MessageWidget::Type::Positive, 5000);
    });
    dialog->open();
}

void MainWindow::deleteSelected()
{
    const QList<qint64> ids = m_tablePage->selectedIds();
    if (ids.isEmpty()) {
        m_message->showMessage(tr("Select the rows to delete first."),
                               MessageWidget::Type::Information, 5000);
        return;
    }
    QString title;
    if (const auto opening = m_store.opening(ids.first()))
        title = opening->title;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Delete openings"),
        ids.size() == 1 ? tr("Delete “%1”?").arg(title)
                        : tr("Delete the %Ln selected openings?", nullptr, int(ids.size())),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(tr("Edit > Undo (Ctrl+Z) brings them back."));
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, ids] {
        if (box->clickedButton() != remove)
            return;
        QString error;
        if (!m_model->removeOpenings(ids, &error))
            showError(tr("The openings could not be deleted: %1").arg(error));
    });
    box->open();
}
