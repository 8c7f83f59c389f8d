#pragma once

#include <QString>

class QMimeData;

// Files dropped on the main window: a CSV table goes through the import preview, a table
// file is opened. Each function returns the first local file of its kind, or empty.
namespace FileDrops {

QString csvFile(const QMimeData *mime);
QString tableFile(const QMimeData *mime);

} // namespace FileDrops
