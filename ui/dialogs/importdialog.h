#pragma once

#include "importer.h"

#include <QDialog>

#include <optional>

class BackgroundTask;
class ImportPreviewModel;
class MessageWidget;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableView;
class TaskProgress;

// File > Import (and a CSV dropped on the window): reads the file in the
// background, shows how it was understood (encoding, separator, first rows,
// errors and warnings with their row and column), lets the user merge or
// replace, then imports in the background with progress and Cancel.
//
// The import writes through its own database connection: the caller must call
// Store::reload() when imported() is emitted. imported() is emitted whenever
// the table changed, even if the user asked to close the dialog meanwhile (the
// dialog then stays open until the import's transaction ends). Open it with
// open() or exec(); it is modal.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // How many rows the preview table shows; the row count covers the whole file.
    static constexpr int PreviewRows = 100;

    ImportDialog(const QString &dbLocation, const QString &csvPath, QWidget *parent = nullptr);
    ~ImportDialog() override;

    QString csvPath() const { return m_csvPath; }
    // Valid once previewReady() was emitted.
    const ImportPreview &preview() const { return m_preview; }
    bool isPreviewReady() const { return m_previewReady; }
    // Reading or importing in progress.
    bool isBusy() const;
    // The result of the last import attempt, if any.
    std::optional<ImportSummary> summary() const { return m_summary; }

    ImportMode mode() const;
    void setMode(ImportMode mode);

public slots:
    // Starts the import (as the Import button does) if the file can be imported.
    void startImport();
    // While an import runs: cancels it and closes once its transaction has ended.
    void reject() override;

signals:
    void previewReady();
    // The table changed; the caller reloads its store.
    void imported(const ImportSummary &summary);
    // An import ended without changing the table (cancelled or failed).
    void importFailed(const QString &message);

private:
    // The preview table: read only, one line a row, no row numbers.
    void setUpPreview();
    void buildLayout();
    void startPreview();
    void showPreview(const ImportPreview &preview);
    void showSummary(const ImportSummary &summary);
    void updateState();
    void showIssues();
    void fitColumns();

    QString m_dbLocation;
    QString m_csvPath;
    ImportPreview m_preview;
    bool m_previewReady = false;
    bool m_previewCancelled = false;
    bool m_importing = false;
    bool m_closeWhenDone = false;
    std::optional<ImportSummary> m_summary;

    BackgroundTask *m_task;
    ImportPreviewModel *m_model;
    QLabel *m_file;
    QLabel *m_encoding;
    QLabel *m_separator;
    QLabel *m_rowCount;
    TaskProgress *m_progress;
    QTableView *m_view;
    QLabel *m_issuesCaption;
    QListWidget *m_issues;
    QLabel *m_blocked;
    QRadioButton *m_merge;
    QRadioButton *m_replace;
    QLabel *m_replaceWarning;
    MessageWidget *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
    QPushButton *m_closeButton;
};
