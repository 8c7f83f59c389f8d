#pragma once

#include <QString>
#include <QStringList>

// Worksheet names Excel accepts: at most 31 characters, none of []:*?/\, no
// leading or trailing apostrophe, unique ignoring case.
namespace XlsxSheetNames {

constexpr int maxLength = 31;

// A readable sheet name for a ministry: "Ministère de l'Intérieur" gives
// "Intérieur"; a long name is cut at a word and loses trailing "de", "et"...
// Never empty: a name with nothing left gives fallback.
QString forMinistry(const QString &ministry, const QString &fallback);
// Replaces forbidden characters and cuts to maxLength.
QString sanitize(const QString &name);
// name, or name with " (2)", " (3)"... (cut to fit), not already in taken,
// compared ignoring case as Excel does; the result is added to taken.
QString unique(const QString &name, QStringList *taken);

} // namespace XlsxSheetNames
