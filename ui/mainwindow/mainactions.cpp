#include "mainactions.h"

#include "recenttablesmenu.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>
#include <QUndoStack>

namespace {

QAction *makeAction(QObject *parent, const QString &name)
{
    auto *action = new QAction(parent);
    action->setObjectName(name);
    return action;
}

} // namespace

MainActions::MainActions(QMainWindow *window, QUndoStack *undoStack)
    : QObject(window), newTable(makeAction(window, QStringLiteral("newTableAction"))),
      open(makeAction(window, QStringLiteral("openAction"))),
      connectServer(makeAction(window, QStringLiteral("connectServerAction"))),
      import(makeAction(window, QStringLiteral("importAction"))),
      exportTable(makeAction(window, QStringLiteral("exportAction"))),
      quit(makeAction(window, QStringLiteral("quitAction"))),
      undo(makeAction(window, QStringLiteral("undoAction"))),
      redo(makeAction(window, QStringLiteral("redoAction"))),
      addOpening(makeAction(window, QStringLiteral("addOpeningAction"))),
      deleteOpening(makeAction(window, QStringLiteral("deleteOpeningAction"))),
      find(makeAction(window, QStringLiteral("findAction"))),
      showTable(makeAction(window, QStringLiteral("showTableAction"))),
      showDashboard(makeAction(window, QStringLiteral("showDashboardAction"))),
      present(makeAction(window, QStringLiteral("presentAction"))),
      languageFrench(makeAction(window, QStringLiteral("languageFrenchAction"))),
      languageEnglish(makeAction(window, QStringLiteral("languageEnglishAction"))),
      keyboardHelp(makeAction(window, QStringLiteral("keyboardHelpAction"))),
      guide(makeAction(window, QStringLiteral("guideAction"))),
      about(makeAction(window, QStringLiteral("aboutAction"))),
      recentMenu(new RecentTablesMenu(window)), m_pages(new QActionGroup(this)),
      m_languages(new QActionGroup(this)), m_undoStack(undoStack)
{
    // Own actions rather than QUndoStack's, so their texts follow a language change.
    undo->setEnabled(undoStack->canUndo());
    redo->setEnabled(undoStack->canRedo());
    connect(undo, &QAction::triggered, undoStack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, undoStack, &QUndoStack::redo);
    connect(undoStack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(undoStack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(undoStack, &QUndoStack::undoTextChanged, this, &MainActions::updateUndoTexts);
    connect(undoStack, &QUndoStack::redoTextChanged, this, &MainActions::updateUndoTexts);

    setShortcuts();
    groupChoices();
    buildMenus(window);
    retranslate();
}

void MainActions::groupChoices()
{
    for (QAction *page : {showTable, showDashboard}) {
        page->setCheckable(true);
        m_pages->addAction(page);
    }
    showTable->setChecked(true);
    for (QAction *language : {languageFrench, languageEnglish}) {
        language->setCheckable(true);
        m_languages->addAction(language);
    }
    languageFrench->setData(QStringLiteral("fr"));
    languageEnglish->setData(QStringLiteral("en"));
    // The language names are written in their own language: not translated.
    languageFrench->setText(QStringLiteral("&Français"));
    languageEnglish->setText(QStringLiteral("&English"));
}

void MainActions::setShortcuts()
{
    newTable->setShortcut(QKeySequence::New);
    open->setShortcut(QKeySequence::Open);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    exportTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    // QKeySequence::Quit is empty on Windows; Ctrl+Q everywhere.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    // Insert also works in the table (see window).
    addOpening->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    // Delete acts on rows only while the table has the focus, never on text being typed.
    deleteOpening->setShortcut(QKeySequence::Delete);
    deleteOpening->setShortcutContext(Qt::WidgetShortcut);
    find->setShortcut(QKeySequence::Find);
    showTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    showDashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    present->setShortcut(QKeySequence(Qt::Key_F5));
    keyboardHelp->setShortcut(QKeySequence::HelpContents);
    about->setMenuRole(QAction::AboutRole);
}

void MainActions::buildMenus(QMainWindow *window)
{
    QMenuBar *bar = window->menuBar();
    m_fileMenu = bar->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(newTable);
    m_fileMenu->addAction(open);
    m_fileMenu->addAction(connectServer);
    m_fileMenu->addMenu(recentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(import);
    m_fileMenu->addAction(exportTable);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);

    m_editMenu = bar->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(addOpening);
    m_editMenu->addAction(deleteOpening);
    m_editMenu->addSeparator();
    m_editMenu->addAction(find);

    m_viewMenu = bar->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(showTable);
    m_viewMenu->addAction(showDashboard);
    m_viewMenu->addAction(present);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addAction(languageFrench);
    m_languageMenu->addAction(languageEnglish);

    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(guide);
    m_helpMenu->addAction(keyboardHelp);
    m_helpMenu->addAction(about);
}

void MainActions::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));

    newTable->setText(tr("&New table…"));
    newTable->setStatusTip(tr("Create an empty table in a file you choose"));
    open->setText(tr("&Open…"));
    open->setStatusTip(
        tr("Open a table file (SQLite), or a CSV file to import into a new or the open table"));
    connectServer->setText(tr("Connect to a &server…"));
    connectServer->setStatusTip(
        tr("Open a table shared by several ministries on a PostgreSQL server"));
    import->setText(tr("&Import…"));
    import->setStatusTip(tr("Read a CSV table into the open table, with a preview first"));
    exportTable->setText(tr("&Export…"));
    exportTable->setStatusTip(
        tr("Write the table as an XLSX workbook, a CSV file or the PDF report for the CIAD"));
    quit->setText(tr("&Quit"));
    updateUndoTexts();
    addOpening->setText(tr("&Add an opening…"));
    addOpening->setStatusTip(tr("Add a newly announced dataset, API or source code"));
    deleteOpening->setText(tr("&Delete the selected openings"));
    find->setText(tr("&Find…"));
    find->setStatusTip(tr("Search the titles, descriptions, comments and URLs"));
    showTable->setText(tr("&Table"));
    showDashboard->setText(tr("&Dashboard"));
    present->setText(tr("&Present the charts"));
    present->setStatusTip(tr("Full screen, one chart per slide, for a meeting"));
    keyboardHelp->setText(tr("&Keyboard shortcuts"));
    keyboardHelp->setStatusTip(tr("Every keyboard shortcut, and what is done for accessibility"));
    guide->setText(tr("&Guide"));
    guide->setStatusTip(tr("How to use the application, in short"));
    about->setText(tr("&About"));
}

void MainActions::updateUndoTexts()
{
    // "Undo Edit status of “API Adresse”": the menu says what will be undone.
    // A title's "&" must not become a keyboard accelerator.
    const QString undoText = m_undoStack->undoText().replace(QLatin1Char('&'), QLatin1String("&&"));
    const QString redoText = m_undoStack->redoText().replace(QLatin1Char('&'), QLatin1String("&&"));
    undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
}
