#include "serverconnector.h"
#include "location.h"

#include "connectdialog.h"
#include "database.h"
#include "recenttablesmenu.h"
#include "store.h"
#include "tableopener.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

ServerConnector::ServerConnector(Store &store, TableOpener *opener, RecentTablesMenu *recent,
                                 QWidget *window)
    : QObject(window), m_store(store), m_opener(opener), m_recent(recent), m_window(window)
{
}

void ServerConnector::connectToServer()
{
    auto *dialog = new ConnectDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The last server opened, as a start.
    for (const QString &location : m_recent->locations()) {
        if (Location::isServer(location)) {
            dialog->setUrl(location);
            break;
        }
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openAsking(dialog->url()); });
    dialog->open();
}

void ServerConnector::openAsking(const QString &location)
{
    QString error;
    if (m_opener->openExisting(location, &error))
        return;
    const QString where = Database::describe(location);
    // A server that wants a password libpq could not find: ask, at most three times.
    for (int attempt = 0; attempt < 3 && m_store.needsPassword(); ++attempt) {
        QString password;
        if (!askPassword(where, attempt, &password))
            return;
        if (m_opener->open(location, &error, password))
            return;
    }
    if (Location::isServer(location))
        offerLocalTable(error);
    else
        emit errorOccurred(error);
}

bool ServerConnector::askPassword(const QString &where, int attempt, QString *password)
{
    if (m_passwordPrompt)
        return m_passwordPrompt(where, password);
    bool ok = false;
    *password = QInputDialog::getText(
        m_window, tr("Password"),
        attempt == 0 ? tr("Password for %1:").arg(where)
                     : tr("The server refused this password.\nPassword for %1:").arg(where),
        QLineEdit::Password, QString(), &ok);
    return ok;
}

void ServerConnector::offerLocalTable(const QString &message)
{
    // The application stays usable without its server: the message says which server
    // failed and why, and offers the user's own table.
    emit errorOccurred(message);
    if (m_store.isOpen())
        return; // the table open before is still there
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Server unavailable"), message,
                                QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("serverFailureBox"));
    box->setInformativeText(tr("You can work on a table of your own meanwhile."));
    QPushButton *local = nullptr;
    if (m_localTable) {
        local = box->addButton(tr("Open &my local table"), QMessageBox::AcceptRole);
        local->setObjectName(QStringLiteral("openLocalTableButton"));
        box->setDefaultButton(local);
    }
    QPushButton *file = box->addButton(tr("Open a &file…"), QMessageBox::ActionRole);
    file->setObjectName(QStringLiteral("openFileButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, local, file] {
        if (box->clickedButton() == file)
            emit fileChoiceRequested();
        else if (local && box->clickedButton() == local)
            openLocalTable();
    });
    box->open();
}

void ServerConnector::openLocalTable()
{
    QString error;
    const QString path = m_localTable(&error);
    if (path.isEmpty() || !m_opener->open(path, &error))
        emit errorOccurred(error);
}
