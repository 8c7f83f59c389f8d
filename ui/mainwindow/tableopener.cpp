#include "tableopener.h"
#include "location.h"

#include "database.h"
#include "recenttablesmenu.h"
#include "store.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace {

const QString LastTableKey = QStringLiteral("lastTable");

} // namespace

TableOpener::TableOpener(Store &store, RecentTablesMenu *recent, QWidget *window)
    : QObject(window), m_store(store), m_recent(recent), m_window(window)
{
    connect(m_recent, &RecentTablesMenu::openRequested, this, [this](const QString &location) {
        QString error;
        if (!open(location, &error))
            emit errorOccurred(error);
    });
}

bool TableOpener::open(const QString &location, QString *error, const QString &password)
{
    const QString previous = m_store.isOpen() ? m_store.location() : QString();
    m_opening = true;
    QString reason;
    if (!m_store.open(location, &reason, password)) {
        m_opening = false;
        // Database::describe: a server's address without any password.
        if (error)
            *error = tr("The table %1 could not be opened: %2")
                         .arg(Database::describe(location), reason);
        // Store::open closed the previous table first: bring it back.
        if (!previous.isEmpty())
            m_store.open(previous, nullptr);
        return false;
    }
    // The store's location: a server's without its password, which is never saved.
    const QString openedLocation = m_store.location();
    m_recent->add(openedLocation);
    QSettings().setValue(LastTableKey, openedLocation);
    emit opened(openedLocation);
    m_opening = false;
    return true;
}

void TableOpener::choose()
{
    const QString start = m_store.isOpen() && !Location::isServer(m_store.location())
                              ? QFileInfo(m_store.location()).absolutePath()
                              : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open a table"), start,
                                                      tr("Tables (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!open(path, &error))
        emit errorOccurred(error);
}

QString TableOpener::lastLocation()
{
    return Database::withoutPassword(QSettings().value(LastTableKey).toString());
}
