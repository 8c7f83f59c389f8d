#include "editflows.h"

#include "addopeningdialog.h"
#include "conflictdialog.h"
#include "filterpanel.h"
#include "messagewidget.h"
#include "openingstablemodel.h"
#include "store.h"
#include "tablepage.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

EditFlows::EditFlows(Store &store, OpeningsTableModel *model, TablePage *tablePage,
                     MessageWidget *message, QWidget *window)
    : QObject(window), m_store(store), m_model(model), m_tablePage(tablePage), m_message(message),
      m_window(window)
{
    connect(&m_model->editor(), &OpeningEditor::conflictOccurred, this, &EditFlows::showConflict);
}

void EditFlows::addOpening()
{
    if (!m_store.isOpen())
        return;
    if (auto *open = m_window->findChild<AddOpeningDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    const OpeningFilter filter = m_tablePage->filterPanel()->filter();
    auto *dialog = new AddOpeningDialog(
        m_store, filter.ministryIds.size() == 1 ? filter.ministryIds.first() : 0, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { add(dialog->opening()); });
    dialog->open();
}

void EditFlows::add(const Opening &opening)
{
    const int rowsBefore = m_model->rowCount();
    QString error;
    if (!m_model->editor().addOpening(opening, &error)) {
        emit errorOccurred(tr("“%1” could not be added: %2").arg(opening.title, error));
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
    m_message->showMessage(tr("“%1” was added.").arg(opening.title), MessageWidget::Type::Positive,
                           5000);
}

void EditFlows::deleteSelected()
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
        QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    // "brings it back" for one: the plural forms of the message, chosen by the count.
    box->setInformativeText(tr("Edit > Undo (Ctrl+Z) brings them back.", nullptr, int(ids.size())));
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, ids] {
        if (box->clickedButton() != remove)
            return;
        QString error;
        if (!m_model->editor().removeOpenings(ids, &error))
            emit errorOccurred(tr("The openings could not be deleted: %1").arg(error));
    });
    box->open();
}

void EditFlows::showConflict(const EditConflict &conflict)
{
    auto *dialog = new ConflictDialog(conflict, m_store.ministries().all(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const std::optional<FieldValues> values = dialog->resolvedValues();
        if (values && m_model->editor().resolveConflict(dialog->conflict(), *values))
            m_message->showMessage(tr("“%1” saved.").arg(dialog->conflict().theirs.title),
                                   MessageWidget::Type::Positive, 5000);
    });
    connect(dialog, &QDialog::rejected, this, [this, dialog] {
        m_message->showMessage(tr("Your change of “%1” was not saved: the other user's stays.")
                                   .arg(dialog->conflict().theirs.title),
                               MessageWidget::Type::Information, 8000);
    });
    dialog->open();
}
