#pragma once

#include <QObject>

class RecentTablesMenu;
class Store;
class QWidget;

// Opens tables in the store (a file the user picks, a recent or named location), keeps
// the table open before when the new one fails, and remembers the last and recent tables.
// A table file that does not exist is said missing, never made anew in its place.
class TableOpener : public QObject
{
    Q_OBJECT

public:
    TableOpener(Store &store, RecentTablesMenu *recent, QWidget *window);

    // Opens a table (SQLite path or postgresql:// URL); on failure the table open before
    // stays open and *error says why. password: typed by the user for a server.
    // An SQLite file that does not exist yet is created (a new table).
    bool open(const QString &location, QString *error, const QString &password = QString());
    // The same for a table the user named (File > Open…, a recent table, the command line,
    // a dropped file): a file that does not exist is not created; *error says it is missing.
    bool openExisting(const QString &location, QString *error);
    // True from the start of open() until the collaborators told of it are done: what the
    // filter panel shows meanwhile is the new table's, not a choice of the user.
    bool isOpening() const { return m_opening; }

    // The table opened last, for the application to reopen; empty if none.
    static QString lastLocation();

    // "The table … does not exist": for a local location that names no file, else empty.
    static QString missingMessage(const QString &location);

signals:
    // A table was opened; location: the store's, a server's without its password.
    void opened(const QString &location);
    void errorOccurred(const QString &message);

private:
    Store &m_store;
    RecentTablesMenu *m_recent;
    QWidget *m_window;
    bool m_opening = false;
};
