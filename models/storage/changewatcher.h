#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QTimer>

class Database;
class QFileSystemWatcher;

// Tells the store what other connections changed in its table, so that what the
// user sees follows the other users' edits without reopening. On a server it
// listens to the notifications the table's triggers send (LISTEN suivi_openings);
// on an SQLite file it watches the file and its write-ahead log, confirms with
// PRAGMA data_version that another connection wrote, and reads the change log
// for the rows concerned. Bursts are gathered into one report.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int SettleMs = 150;
    static constexpr int SqlitePollMs = 2000;

    explicit ChangeWatcher(Database &db, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    bool start(QString *error);
    void stop();
    // Looks for other connections' changes now (the watchers call it after a burst settles).
    void check();
    // Called after this connection wrote, so its own log entries are not reported as others'.
    void skipOwnChanges();

signals:
    // Rows changed by another connection, each still in the table.
    void openingsUpdated(const QList<qint64> &ids);
    // Rows were added or removed, or too many changed to list.
    void openingsReset();
    // Ministries, their aliases or the rights may have changed.
    void ministriesChanged();

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    void onFileChanged();
    void readSqliteChanges();
    void report();
    qint64 sqliteDataVersion();
    void watchFiles();

    Database &m_db;
    QTimer m_settle;
    QTimer m_poll;
    QFileSystemWatcher *m_files = nullptr;
    bool m_listening = false;
    QSet<qint64> m_updated;
    bool m_reset = false;
    bool m_ministries = false;
    qint64 m_lastChangeId = 0;
    qint64 m_dataVersion = -1;
};
