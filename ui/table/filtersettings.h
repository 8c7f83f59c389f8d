#pragma once

#include "openingfilter.h"

class MinistryDirectory;
class QSettings;

// The filters of each table, kept between sessions: a table opens with the filters it was
// left with, a table never seen before (a new one) unfiltered. Kept under the table's
// Location::settingsKey (never a password); ministries by name.
namespace FilterSettings {

void save(QSettings &settings, const QString &location, const OpeningFilter &filter,
          const MinistryDirectory &ministries);
// The table's saved filters; an empty filter when none were saved for it.
OpeningFilter load(QSettings &settings, const QString &location,
                   const MinistryDirectory &ministries);

} // namespace FilterSettings
