#pragma once

#include <QString>

// Folds text for tolerant matching: lower case, no accents, typographic
// apostrophes and dashes made plain, spaces collapsed.
namespace TextFold {
QString fold(const QString &text);
// Appends the folding of text to out (one buffer for several texts).
void appendFold(QString &out, QStringView text);
} // namespace TextFold
