#include "windowsettings.h"

#include "tablepage.h"

#include <QMainWindow>
#include <QSettings>

namespace WindowSettings {

namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString PageKey = QStringLiteral("mainWindow/page");
const QString HeaderKey = QStringLiteral("table/header");

} // namespace

bool restore(QMainWindow *window, TablePage *tablePage)
{
    QSettings settings;
    if (!window->restoreGeometry(settings.value(GeometryKey).toByteArray()))
        window->resize(1400, 820);
    window->restoreState(settings.value(StateKey).toByteArray());
    tablePage->restoreHeaderState(settings.value(HeaderKey).toByteArray());
    return settings.value(PageKey).toString() == QLatin1String("dashboard");
}

void save(const QMainWindow *window, const TablePage *tablePage, bool dashboardShown)
{
    QSettings settings;
    settings.setValue(GeometryKey, window->saveGeometry());
    settings.setValue(StateKey, window->saveState());
    settings.setValue(HeaderKey, tablePage->saveHeaderState());
    settings.setValue(PageKey,
                      dashboardShown ? QStringLiteral("dashboard") : QStringLiteral("table"));
}

} // namespace WindowSettings
