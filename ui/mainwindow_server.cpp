// MainWindow: tables shared on a PostgreSQL server: connecting (with the password the
// server asks for), the offer of a local table when a server fails, and the conflict
// dialog when another user changed what the user was editing (split by job).
#include "mainwindow.h"

#include "conflictdialog.h"
#include "connectdialog.h"
#include "database.h"
#include "mainactions.h"
#include "messagewidget.h"
#include "openingstablemodel.h"
#include "recenttablesmenu.h"
#include "store.h"
#include "tablelocation.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

void MainWindow::connectToServer()
{
    auto *dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The last server opened, as a start.
    for (const QString &location : m_actions->recentMenu->locations()) {
        if (Database::isServerLocation(location)) {
            dialog->setUrl(location);
            break;
        }
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openTableAsking(dialog->url()); });
    dialog->open();
}

void MainWindow::openTableAsking(const QString &location)
{
    QString error;
    if (openTable(location, &error))
        return;
    const QString where = Database::describe(location);
    // A server that wants a password libpq could not find: ask, at most three times.
    for (int attempt = 0; attempt < 3 && m_store.needsPassword(); ++attempt) {
        QString password;
        const bool given = m_passwordPrompt ? m_passwordPrompt(where, &password) : [&] {
            bool ok = false;
            password = QInputDialog::getText(
                this, tr("Password"),
                attempt == 0 ? tr("Password for %1:").arg(where)
                             : tr("The server refused this password.\nPassword for %1:").arg(where),
                QLineEdit::Password, QString(), &ok);
            return ok;
        }();
        if (!given)
            return;
        if (openTable(location, &error, password))
            return;
    }
    if (Database::isServerLocation(location))
        offerLocalTable(error);
    else
        showError(error);
}

void MainWindow::offerLocalTable(const QString &message)
{
    // The application stays usable without its server: the message says which server
    // failed and why, and offers the user's own table.
    showError(message);
    if (m_store.isOpen())
        return; // the table open before is still there
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Server unavailable"), message,
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("serverFailureBox"));
    box->setInformativeText(tr("You can work on a table of your own meanwhile."));
    QPushButton *local = box->addButton(tr("Open &my local table"), QMessageBox::AcceptRole);
    local->setObjectName(QStringLiteral("openLocalTableButton"));
    QPushButton *file = box->addButton(tr("Open a &file…"), QMessageBox::ActionRole);
    file->setObjectName(QStringLiteral("openFileButton"));
    box->setDefaultButton(local);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, local, file] {
        if (box->clickedButton() == file) {
            chooseTable();
            return;
        }
        if (box->clickedButton() != local)
            return;
        const QString path = TableLocation::defaultPath();
        QString error;
        if (!TableLocation::ensureExists(path, &error) || !openTable(path, &error))
            showError(error);
    });
    box->open();
}

void MainWindow::showConflict(const EditConflict &conflict)
{
    auto *dialog = new ConflictDialog(conflict, m_store.ministries().all(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const std::optional<FieldValues> values = dialog->resolvedValues();
        if (values && m_model->resolveConflict(dialog->conflict(), *values))
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
