#pragma once

#include "exporter.h"

#include <QDate>
#include <QDialog>

#include <memory>
#include <optional>

class BackgroundTask;
class MessageWidget;
class PdfReportWriter;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class Store;
class TaskProgress;
struct ReportData;

// File > Export…: writes the open table (or one ministry's openings) as an XLSX
// workbook, an open data CSV, a CSV for French Excel or the PDF report for the
// CIAD, judged on a reference date. The user picks the file in a save dialog that
// suggests "suivi-ouvertures-2022-06-30.xlsx"; the export runs in the background
// on its own database connection, with progress and Cancel. The PDF report's data
// is read in the background too; its pages are painted in the GUI thread (charts
// are QGraphicsScenes), one page per event-loop turn.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    using Format = ExportFormat;

    // reference: the day judged on (the window's reference date); today when invalid.
    explicit ExportDialog(Store &store, const QDate &reference = QDate(),
                          QWidget *parent = nullptr);
    ~ExportDialog() override;

    Format format() const;
    void setFormat(Format format);
    // Empty: every ministry.
    std::optional<qint64> ministryId() const;
    void setMinistryId(std::optional<qint64> id);
    QDate referenceDate() const;
    void setReferenceDate(const QDate &date);

    // Test hook: the next export writes to path instead of asking with a file dialog.
    void setNextFileName(const QString &path) { m_nextFileName = path; }
    // The file written (or being written) last; empty before any export.
    QString fileName() const { return m_fileName; }
    bool isBusy() const;

    // "suivi-ouvertures-2022-06-30.xlsx": the name the save dialog suggests.
    static QString defaultFileName(Format format, const QDate &asOf);
    static QString suffix(Format format);
    // The file a name chosen in the save dialog stands for: its suffix follows the format
    // ("report.csv" for a PDF: "report.pdf"; "report": "report.pdf").
    static QString fileNameFor(const QString &chosen, Format format);

public slots:
    // What the Export button does: asks for the file (unless setNextFileName was called)
    // and starts the export.
    void startExport();
    // While an export runs: cancels it (the file is left as it was) instead of closing.
    void reject() override;

signals:
    void exported(const QString &path);
    // Failed or cancelled; message says which, in plain words.
    void exportFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Result; // of the background part
    void buildLayout();
    void retranslate();
    void fillMinistries();
    void updateState();
    QString chooseFile();
    void run(const QString &path);
    void onWorkerDone(const Result &result);
    void paintNextPage();
    void succeed();
    void fail(const QString &message, bool cancelled);

    Store &m_store;
    QString m_nextFileName;
    QString m_fileName;
    bool m_cancelPainting = false;
    std::unique_ptr<PdfReportWriter> m_pdf;

    BackgroundTask *m_task;
    QLabel *m_intro;
    QLabel *m_formatLabel;
    QComboBox *m_format;
    QLabel *m_formatHelp;
    QLabel *m_ministryLabel;
    QComboBox *m_ministry;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    TaskProgress *m_progress;
    QLabel *m_pagesLabel;
    QProgressBar *m_pages;
    MessageWidget *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
    QPushButton *m_openButton; // shown once a file was written
    QPushButton *m_closeButton;
};
