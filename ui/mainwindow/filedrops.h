#pragma once

#include <QString>

class QMimeData;

// Files dropped on the main window: a file to import (CSV, XLSX) is offered for import, a
// table file is opened. Each function returns the first local file of its kind, or empty.
namespace FileDrops {

QString importFile(const QMimeData *mime);
QString tableFile(const QMimeData *mime);

} // namespace FileDrops
