#include "changewatcher.h"

#include "database.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString Channel = QStringLiteral("suivi_openings");

// More rows than this from one burst: the views reload rather than refresh row by row.
constexpr int MaxListedRows = 500;

} // namespace

ChangeWatcher::ChangeWatcher(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &ChangeWatcher::check);
    // A safety net where file notifications do not come (some network shares).
    m_poll.setInterval(SqlitePollMs);
    connect(&m_poll, &QTimer::timeout, this, &ChangeWatcher::check);
}

ChangeWatcher::~ChangeWatcher()
{
    stop();
}

bool ChangeWatcher::start(QString *error)
{
    stop();
    if (m_db.backend() == Database::Backend::PostgreSQL) {
        QSqlDriver *driver = m_db.connection().driver();
        if (!driver->subscribeToNotification(Channel)) {
            if (error)
                *error = driver->lastError().text();
            return false;
        }
        m_listening = true;
        connect(driver, &QSqlDriver::notification, this, &ChangeWatcher::onNotification);
        return true;
    }
    m_dataVersion = sqliteDataVersion();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM changes")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    m_lastChangeId = q.value(0).toLongLong();
    m_files = new QFileSystemWatcher(this);
    connect(m_files, &QFileSystemWatcher::fileChanged, this, &ChangeWatcher::onFileChanged);
    connect(m_files, &QFileSystemWatcher::directoryChanged, this, &ChangeWatcher::onFileChanged);
    watchFiles();
    m_poll.start();
    return true;
}

void ChangeWatcher::stop()
{
    m_settle.stop();
    m_poll.stop();
    delete m_files;
    m_files = nullptr;
    if (m_listening) {
        m_listening = false;
        if (QSqlDriver *driver = m_db.connection().driver()) {
            disconnect(driver, &QSqlDriver::notification, this, &ChangeWatcher::onNotification);
            if (m_db.isOpen())
                driver->unsubscribeFromNotification(Channel);
        }
    }
    m_updated.clear();
    m_reset = m_ministries = false;
}

void ChangeWatcher::watchFiles()
{
    // The file and its write-ahead log, where other connections' commits land first;
    // the folder too, since the log is created and removed as connections come and go.
    const QString file = m_db.location();
    QStringList paths{file, QFileInfo(file).absolutePath()};
    if (QFileInfo::exists(file + QStringLiteral("-wal")))
        paths << file + QStringLiteral("-wal");
    QStringList missing;
    for (const QString &path : std::as_const(paths))
        if (!m_files->files().contains(path) && !m_files->directories().contains(path))
            missing << path;
    if (!missing.isEmpty())
        m_files->addPaths(missing);
}

void ChangeWatcher::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                   const QVariant &payload)
{
    // This connection's own changes are announced by the store as it makes them.
    if (name != Channel || source == QSqlDriver::SelfSource)
        return;
    const QString text = payload.toString();
    const QChar kind = text.isEmpty() ? QChar() : text.at(0);
    if (kind == QLatin1Char('U')) {
        bool ok = false;
        const qint64 id = text.mid(2).toLongLong(&ok);
        if (ok)
            m_updated.insert(id);
        else
            m_reset = true;
    } else if (kind == QLatin1Char('M')) {
        m_ministries = true;
    } else {
        m_reset = true; // I (insert), D (delete)
    }
    if (!m_settle.isActive())
        m_settle.start();
}

void ChangeWatcher::onFileChanged()
{
    if (m_files)
        watchFiles(); // a replaced file is no longer watched
    if (!m_settle.isActive())
        m_settle.start();
}

void ChangeWatcher::check()
{
    if (!m_db.isOpen())
        return;
    if (m_db.backend() == Database::Backend::SQLite)
        readSqliteChanges();
    report();
}

qint64 ChangeWatcher::sqliteDataVersion()
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

void ChangeWatcher::readSqliteChanges()
{
    // data_version moves only when another connection committed: the usual
    // "nothing new" costs no query on the tables.
    const qint64 version = sqliteDataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    m_ministries = true;
    // SQLite writes one transaction at a time: the log's ids grow in commit order,
    // so the entries after the last one seen are exactly the new ones.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, opening_id, field FROM changes WHERE id > ? ORDER BY id "
                             "LIMIT %1")
                  .arg(MaxListedRows + 1));
    q.addBindValue(m_lastChangeId);
    if (!q.exec()) {
        m_reset = true;
        return;
    }
    int rows = 0;
    while (q.next()) {
        ++rows;
        m_lastChangeId = q.value(0).toLongLong();
        const QString field = q.value(2).toString();
        if (q.value(1).isNull() || field == QLatin1String("created") ||
            field == QLatin1String("deleted"))
            m_reset = true;
        else
            m_updated.insert(q.value(1).toLongLong());
    }
    q.finish();
    if (rows > MaxListedRows) {
        m_reset = true;
        QSqlQuery last(m_db.connection());
        if (last.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM changes")) && last.next())
            m_lastChangeId = last.value(0).toLongLong();
    }
}

void ChangeWatcher::skipOwnChanges()
{
    if (m_db.backend() != Database::Backend::SQLite || !m_db.isOpen() ||
        sqliteDataVersion() != m_dataVersion)
        return; // another connection wrote too: the next check reads everything
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM changes")) && q.next())
        m_lastChangeId = q.value(0).toLongLong();
}

void ChangeWatcher::report()
{
    const bool ministries = m_ministries;
    const bool reset = m_reset || m_updated.size() > MaxListedRows;
    const QList<qint64> updated = reset ? QList<qint64>() : m_updated.values();
    m_updated.clear();
    m_reset = m_ministries = false;
    if (ministries)
        emit ministriesChanged();
    if (reset)
        emit openingsReset();
    else if (!updated.isEmpty())
        emit openingsUpdated(updated);
}
