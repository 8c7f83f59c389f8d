#include "filtersettings.h"

#include "location.h"
#include "ministrydirectory.h"

#include <QSettings>

namespace FilterSettings {

namespace {

QString group(const QString &location)
{
    return QStringLiteral("filters/") + Location::settingsKey(location);
}

} // namespace

void save(QSettings &settings, const QString &location, const OpeningFilter &filter,
          const MinistryDirectory &ministries)
{
    // Earlier versions kept one filter for every table.
    settings.remove(QStringLiteral("filter"));
    settings.beginGroup(group(location));
    QStringList names;
    for (qint64 id : filter.ministryIds)
        names << ministries.name(id);
    QStringList kinds;
    for (Kind k : filter.kinds)
        kinds << Domain::kindCode(k);
    QStringList statuses;
    for (Status s : filter.statuses)
        statuses << Domain::statusCode(s);
    settings.setValue(QStringLiteral("ministries"), names);
    settings.setValue(QStringLiteral("kinds"), kinds);
    settings.setValue(QStringLiteral("statuses"), statuses);
    settings.setValue(QStringLiteral("from"),
                      filter.from.isValid() ? filter.from.machineForm() : QString());
    settings.setValue(QStringLiteral("to"),
                      filter.to.isValid() ? filter.to.machineForm() : QString());
    settings.setValue(QStringLiteral("text"), filter.text);
    settings.setValue(QStringLiteral("onlyOverdue"), filter.onlyOverdue);
    settings.endGroup();
}

OpeningFilter load(QSettings &settings, const QString &location,
                   const MinistryDirectory &ministries)
{
    OpeningFilter filter;
    settings.beginGroup(group(location));
    for (const QString &name : settings.value(QStringLiteral("ministries")).toStringList())
        if (const qint64 id = ministries.find(name))
            filter.ministryIds << id;
    for (const QString &code : settings.value(QStringLiteral("kinds")).toStringList())
        if (const auto k = Domain::kindFromCode(code))
            filter.kinds << *k;
    for (const QString &code : settings.value(QStringLiteral("statuses")).toStringList())
        if (const auto s = Domain::statusFromCode(code))
            filter.statuses << *s;
    filter.from = Quarter::parse(settings.value(QStringLiteral("from")).toString());
    filter.to = Quarter::parse(settings.value(QStringLiteral("to")).toString());
    filter.text = settings.value(QStringLiteral("text")).toString();
    filter.onlyOverdue = settings.value(QStringLiteral("onlyOverdue"), false).toBool();
    settings.endGroup();
    return filter;
}

} // namespace FilterSettings
