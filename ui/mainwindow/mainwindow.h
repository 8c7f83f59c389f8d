#pragma once

#include "applicationservices.h"

#include <QDate>
#include <QMainWindow>

#include <functional>
#include <memory>

class Banner;
class DashboardLink;
class DashboardPage;
class EditFlows;
class FilterBinding;
class LanguageMenu;
class MainActions;
class MessageWidget;
class OpeningsTableModel;
class PageSwitch;
class SampleNotice;
class QUndoStack;
class ServerConnector;
class StatusCounts;
class Store;
class TableFiles;
class TableOpener;
class TablePage;
class TransferFlows;

// The application's window: the openings table with its filters and the dashboard on
// pages with a switch between them, the menus, the message band, the sample table's band
// and the status bar counts. It owns the undo stack and
// the table model over the store, lays them out and wires the collaborators that do the
// work (opening tables, filters, counts, edits, imports and exports, the dashboard).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    // A window with a store of its own; openTable() gives it a table.
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // What the application offers the window (the language in use, the user's own table).
    void setApplicationServices(const ApplicationServices &services);

    // Opens a table (SQLite path or postgresql:// URL) in the store; on failure the table open
    // before stays open and *error says why. password: typed by the user for a server.
    bool openTable(const QString &location, QString *error, const QString &password = QString());
    // The same for a location the user chose: asks the password a server wants, and when a
    // server cannot be reached offers to open a local table.
    void openTableAsking(const QString &location);
    // How the window asks a server's password (a QInputDialog); tests answer instead.
    // Returns false when the user cancels.
    using PasswordPrompt = std::function<bool(const QString &where, QString *password)>;
    void setPasswordPrompt(PasswordPrompt prompt);

    // The table opened last (saved by openTable), for the application to reopen; empty if none.
    static QString lastTableLocation();

    // The day "overdue" is judged on; today when invalid (--as-of, tests).
    void setReferenceDate(const QDate &date);
    QDate referenceDate() const;

    OpeningsTableModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undoStack; }
    MessageWidget *messageWidget() const { return m_message; }
    // New tables, File > Open…, dropped and named files (tests set its prompts).
    TableFiles *tableFiles() const { return m_files; }

public slots:
    void showTable();
    void showDashboard();
    // Opens the import preview on a CSV file, into the open table (File > Import…).
    void requestImport(const QString &csvPath);
    // A file the user named (command line, dropped): a table is opened, a CSV offered for
    // import into a new or the open table, a missing file said missing.
    void openFile(const QString &path);
    // File > Export…: the export dialog on the open table, judged on the reference date.
    void requestExport();
    void showError(const QString &message);

signals:
    // View > Language: "fr" or "en". The application installs the translators.
    void languageChangeRequested(const QString &code);
    void tableOpened(const QString &location);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    MainWindow(std::unique_ptr<Store> store, QWidget *parent);
    void layOut();
    void connectActions();
    void connectErrors();
    void tableWasOpened(const QString &location);
    void retranslate();
    void updateTitle();
    void updateActions();
    void about();

    std::unique_ptr<Store> m_ownedStore; // only with the constructor without a store
    Store &m_store;
    QUndoStack *m_undoStack;
    OpeningsTableModel *m_model;
    MainActions *m_actions;
    MessageWidget *m_message;
    PageSwitch *m_pages;
    TablePage *m_tablePage;
    DashboardPage *m_dashboardPage;
    TableOpener *m_opener;
    ServerConnector *m_server;
    FilterBinding *m_filters;
    StatusCounts *m_counts;
    EditFlows *m_edits;
    TransferFlows *m_transfers;
    DashboardLink *m_dashboardLink;
    LanguageMenu *m_languages;
    TableFiles *m_files;
    Banner *m_sampleBanner;
    SampleNotice *m_sample;
};
