#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QUndoStack;
class RecentTablesMenu;

// The main window's actions and menus: names (for tests and settings),
// shortcuts and texts in one place, so the window only connects behaviour.
class MainActions : public QObject
{
    Q_OBJECT

public:
    MainActions(QMainWindow *window, QUndoStack *undoStack);

    // Texts follow the application language; called again on a language change.
    void retranslate();

    QAction *newTable; // "newTableAction", Ctrl+N: File > New table…
    QAction *open;
    QAction *connectServer; // File > Connect to a server…: a table shared on PostgreSQL
    QAction *import;
    QAction *exportTable; // "exportAction", Ctrl+E: File > Export…
    QAction *quit;
    QAction *undo;
    QAction *redo;
    QAction *addOpening;
    QAction *deleteOpening;
    QAction *find;
    QAction *showTable;
    QAction *showDashboard;
    QAction *present; // F5: the presentation mode
    QAction *languageFrench;
    QAction *languageEnglish;
    QAction *keyboardHelp; // F1: Help > Keyboard shortcuts
    QAction *guide;        // Help > Guide: the user guide, in the application
    QAction *about;

    RecentTablesMenu *recentMenu;

private:
    // The page and language actions: checkable, one of each group at a time.
    void groupChoices();
    // Shortcuts and the roles macOS moves to the application menu.
    void setShortcuts();
    void buildMenus(QMainWindow *window);
    void updateUndoTexts();

    QActionGroup *m_pages;
    QActionGroup *m_languages;
    QUndoStack *m_undoStack;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};
