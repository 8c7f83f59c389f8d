#pragma once

#include <QObject>

#include <functional>

class Store;
class TableOpener;
class TransferFlows;
class QWidget;

// The files the user names to work on: File > New table… (an empty table in a file they
// choose), File > Open…, a file dropped on the window or named on the command line. A
// table is opened; a CSV is offered for import into a new table or the open one (through
// the import preview); an Excel workbook is explained; a missing file is said missing.
class TableFiles : public QObject
{
    Q_OBJECT

public:
    enum class ImportTarget { NewTable, OpenTable, Cancel };
    // Asks where a new table goes (suggested: a full path); empty when cancelled.
    using NewTablePrompt = std::function<QString(const QString &suggested)>;
    // Asks where a CSV file goes; openTable: whether a table is open to import into.
    using ImportTargetPrompt = std::function<ImportTarget(const QString &file, bool openTable)>;

    TableFiles(Store &store, TableOpener *opener, TransferFlows *transfers, QWidget *window);

    // How the questions are asked (file and message dialogs); tests answer instead.
    void setNewTablePrompt(NewTablePrompt prompt) { m_newTablePrompt = std::move(prompt); }
    void setImportTargetPrompt(ImportTargetPrompt prompt) { m_importPrompt = std::move(prompt); }

    // File > New table…: an empty table written where the user says, then opened. False
    // when cancelled or failed (the error told). suggestedName: the file name proposed.
    bool newTable(const QString &suggestedName = QString());
    // File > Open…: a table, or a file to import, the user picks.
    void choose();
    // A CSV file the user picks, offered for import (the sample table's Import…).
    void chooseImport();
    // A file the user named: a table is opened, a CSV or XLSX offered for import.
    void openFile(const QString &path);
    // A CSV file: imported (through the preview) into a new table or the open one, as the
    // user answers; an XLSX workbook: how to import it.
    void offerImport(const QString &path);

    // CSV, text or XLSX: what offerImport handles.
    static bool isImportable(const QString &path);

signals:
    void errorOccurred(const QString &message);

private:
    QString askNewTablePath(const QString &suggested) const;
    ImportTarget askImportTarget(const QString &file) const;

    Store &m_store;
    TableOpener *m_opener;
    TransferFlows *m_transfers;
    QWidget *m_window;
    NewTablePrompt m_newTablePrompt;
    ImportTargetPrompt m_importPrompt;
};
