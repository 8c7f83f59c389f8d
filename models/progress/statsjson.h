#pragma once

#include "progress.h"

#include <QByteArray>
#include <QJsonDocument>

// The machine form of progress printed by `stats --json` and read by scripts:
// quarters as "2021-Q3", ministries by display name, arrays sorted by ministry
// then quarter.
namespace StatsJson {

// {"as_of", "total", "by_ministry": [...], "by_quarter": [...], "by_ministry_quarter": [...]}
QJsonDocument toJson(const Progress &progress);
// The same document as indented UTF-8 text with its keys in the documented
// order (QJsonDocument would sort them alphabetically), for people reading it.
QByteArray toText(const Progress &progress);

} // namespace StatsJson

// The name the brief gave; same as StatsJson::toJson.
inline QJsonDocument progressToJson(const Progress &progress)
{
    return StatsJson::toJson(progress);
}
