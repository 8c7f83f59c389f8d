#include "recenttablesmenu.h"

#include "database.h"
#include "location.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QSettings>

namespace {

const QString SettingsKey = QStringLiteral("recentTables");

// Two spellings of one file count once (Windows paths ignore case, and separators vary).
QString normalized(const QString &location)
{
    if (Location::isServer(location))
        return Database::withoutPassword(location); // a password is never saved
    return QDir::cleanPath(QFileInfo(location).absoluteFilePath());
}

} // namespace

RecentTablesMenu::RecentTablesMenu(QWidget *parent) : QMenu(parent)
{
    setObjectName(QStringLiteral("recentTablesMenu"));
    rebuild();
}

QStringList RecentTablesMenu::locations() const
{
    QStringList list = QSettings().value(SettingsKey).toStringList();
    for (QString &location : list) {
        if (Location::isServer(location))
            location = Database::withoutPassword(location); // saved by an older version
    }
    return list;
}

void RecentTablesMenu::add(const QString &location)
{
    const QString entry = normalized(location);
    QStringList list = locations();
    list.removeIf([&](const QString &l) {
        return QString::compare(normalized(l), entry,
#ifdef Q_OS_WIN
                                Qt::CaseInsensitive
#else
                                Qt::CaseSensitive
#endif
                                ) == 0;
    });
    list.prepend(entry);
    while (list.size() > MaxEntries)
        list.removeLast();
    save(list);
}

void RecentTablesMenu::remove(const QString &location)
{
    QStringList list = locations();
    list.removeAll(normalized(location));
    save(list);
}

void RecentTablesMenu::save(const QStringList &locations)
{
    QSettings().setValue(SettingsKey, locations);
    rebuild();
}

void RecentTablesMenu::rebuild()
{
    clear();
    setTitle(tr("&Recent tables"));
    const QStringList list = locations();
    int number = 1;
    for (const QString &location : list) {
        const bool url = Location::isServer(location);
        const QString name = url ? location : QFileInfo(location).fileName();
        // &1…&8: each entry has its key in the open menu.
        QAction *action = addAction(QStringLiteral("&%1 %2").arg(number++).arg(name));
        action->setToolTip(url ? location : QDir::toNativeSeparators(location));
        action->setStatusTip(action->toolTip());
        connect(action, &QAction::triggered, this,
                [this, location] { emit openRequested(location); });
    }
    if (list.isEmpty()) {
        addAction(tr("No recent table"))->setEnabled(false);
        return;
    }
    addSeparator();
    QAction *clearAction = addAction(tr("&Clear the list"));
    clearAction->setObjectName(QStringLiteral("clearRecentTablesAction"));
    connect(clearAction, &QAction::triggered, this, [this] { save({}); });
}

void RecentTablesMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QMenu::changeEvent(event);
}
