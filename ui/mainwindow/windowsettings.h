#pragma once

class QMainWindow;
class TablePage;

// The main window's layout kept between sessions: geometry, docks, the table's columns
// and the page shown last.
namespace WindowSettings {

// Restores the layout; returns true when the dashboard was the page shown last.
bool restore(QMainWindow *window, TablePage *tablePage);
void save(const QMainWindow *window, const TablePage *tablePage, bool dashboardShown);

} // namespace WindowSettings
