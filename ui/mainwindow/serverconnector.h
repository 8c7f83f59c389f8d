#pragma once

#include "applicationservices.h"

#include <QObject>

#include <functional>

class RecentTablesMenu;
class Store;
class TableOpener;
class QWidget;

// Tables shared on a PostgreSQL server: the connect dialog, the password a server asks
// for, and the offer of the user's own table when a server cannot be reached.
class ServerConnector : public QObject
{
    Q_OBJECT

public:
    // How a server's password is asked (a QInputDialog); tests answer instead.
    // Returns false when the user cancels.
    using PasswordPrompt = std::function<bool(const QString &where, QString *password)>;

    ServerConnector(Store &store, TableOpener *opener, RecentTablesMenu *recent, QWidget *window);

    void setPasswordPrompt(PasswordPrompt prompt) { m_passwordPrompt = std::move(prompt); }
    void setLocalTable(std::function<QString(QString *error)> localTable)
    {
        m_localTable = std::move(localTable);
    }

    // File > Connect to a server…
    void connectToServer();
    // Opens a location the user chose: asks the password a server wants, and when a
    // server cannot be reached offers to open a local table.
    void openAsking(const QString &location);

signals:
    // The user asked to open a file instead of the server (File > Open…'s dialog).
    void fileChoiceRequested();
    void errorOccurred(const QString &message);

private:
    bool askPassword(const QString &where, int attempt, QString *password);
    void offerLocalTable(const QString &message);
    void openLocalTable();

    Store &m_store;
    TableOpener *m_opener;
    RecentTablesMenu *m_recent;
    QWidget *m_window;
    PasswordPrompt m_passwordPrompt;
    std::function<QString(QString *error)> m_localTable;
};
