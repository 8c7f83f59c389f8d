#pragma once

#include "openingfilter.h"

class MinistryDirectory;
class QSettings;

// The table's filter kept between sessions. Ministries are saved by name, not
// by id, so the choice survives opening another table where it also exists.
namespace FilterSettings {

void save(QSettings &settings, const OpeningFilter &filter, const MinistryDirectory &ministries);
OpeningFilter load(QSettings &settings, const MinistryDirectory &ministries);

} // namespace FilterSettings
