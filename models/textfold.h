#pragma once

#include <QString>

// Folds text for tolerant matching: lower case, no accents, typographic
// apostrophes and dashes made plain, spaces collapsed.
namespace TextFold {
QString fold(const QString &text);
}
