#include "tableopener.h"
#include "location.h"

#include "database.h"
#include "recenttablesmenu.h"
#include "store.h"

#include <QDir>
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
        if (!openExisting(location, &error))
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

bool TableOpener::openExisting(const QString &location, QString *error)
{
    if (const QString missing = missingMessage(location); !missing.isEmpty()) {
        if (error)
            *error = missing;
        return false;
    }
    return open(location, error);
}

QString TableOpener::missingMessage(const QString &location)
{
    if (Location::isServer(location) || QFileInfo::exists(location))
        return {};
    return tr("The table %1 does not exist: it may have been moved, renamed or deleted. "
              "File > New table… creates a table, File > Open… opens another one.")
        .arg(QDir::toNativeSeparators(location));
}

QString TableOpener::lastLocation()
{
    return Database::withoutPassword(QSettings().value(LastTableKey).toString());
}
