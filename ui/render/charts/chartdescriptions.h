#pragma once

#include <QLocale>
#include <QString>

struct Progress;

// A sentence of what each chart shows, in the application language and following its
// data: the text alternative a screen reader reads for the chart (and a caption a
// report can print beside it).
namespace Charts {

QString describeBurnUp(const Progress &progress, const QLocale &locale = QLocale());
QString describeQuarters(const Progress &progress, const QLocale &locale = QLocale());
QString describeMinistries(const Progress &progress, const QLocale &locale = QLocale());
QString describeDelays(const Progress &progress, const QLocale &locale = QLocale());

} // namespace Charts
