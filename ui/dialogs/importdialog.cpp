#include "importdialog.h"

#include "backgroundtask.h"
#include "importpreviewmodel.h"
#include "messagewidget.h"
#include "taskprogress.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The dialog already names the file: an issue is told by its row and column only.
QString issueText(const ImportIssue &issue)
{
    if (issue.row <= 0)
        return issue.message;
    if (issue.column.isEmpty())
        return ImportDialog::tr("Row %1: %2").arg(issue.row).arg(issue.message);
    return ImportDialog::tr("Row %1, column “%2”: %3")
        .arg(issue.row)
        .arg(issue.column, issue.message);
}

QString separatorText(QChar separator)
{
    if (separator == QLatin1Char(';'))
        return ImportDialog::tr("; (semicolon)");
    if (separator == QLatin1Char(','))
        return ImportDialog::tr(", (comma)");
    if (separator == QLatin1Char('\t'))
        return ImportDialog::tr("Tab");
    if (separator.isNull())
        return ImportDialog::tr("Unknown");
    return QString(separator);
}

} // namespace

ImportDialog::ImportDialog(const QString &dbLocation, const QString &csvPath, QWidget *parent)
    : QDialog(parent), m_dbLocation(dbLocation), m_csvPath(csvPath),
      m_task(new BackgroundTask(this)), m_model(new ImportPreviewModel(this)),
      m_file(new QLabel(this)), m_encoding(new QLabel(this)), m_separator(new QLabel(this)),
      m_rowCount(new QLabel(this)), m_progress(new TaskProgress(this)),
      m_view(new QTableView(this)), m_issuesCaption(new QLabel(this)),
      m_issues(new QListWidget(this)), m_blocked(new QLabel(this)), m_merge(new QRadioButton(this)),
      m_replace(new QRadioButton(this)), m_replaceWarning(new QLabel(this)),
      m_message(new MessageWidget(this)), m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import a table"));
    setModal(true);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_file->setObjectName(QStringLiteral("importFileLabel"));
    m_encoding->setObjectName(QStringLiteral("importEncodingLabel"));
    m_separator->setObjectName(QStringLiteral("importSeparatorLabel"));
    m_rowCount->setObjectName(QStringLiteral("importRowCountLabel"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_view->setObjectName(QStringLiteral("importPreviewView"));
    m_view->setAccessibleName(tr("First rows of the file"));
    m_issues->setObjectName(QStringLiteral("importErrorsList"));
    m_blocked->setObjectName(QStringLiteral("importBlockedLabel"));
    m_merge->setObjectName(QStringLiteral("importMergeRadio"));
    m_replace->setObjectName(QStringLiteral("importReplaceRadio"));
    m_replaceWarning->setObjectName(QStringLiteral("importReplaceWarning"));
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_closeButton->setObjectName(QStringLiteral("importCloseButton"));
    m_progress->setTask(m_task);

    buildLayout();
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_replace, &QRadioButton::toggled, this, &ImportDialog::updateState);
    startPreview();
}

// Declared here so the header needs no BackgroundTask definition; children go with the dialog.
ImportDialog::~ImportDialog() = default;

void ImportDialog::buildLayout()
{
    const QFileInfo info(m_csvPath);
    m_file->setText(info.fileName());
    m_file->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *label : {m_encoding, m_separator, m_rowCount})
        label->setText(tr("…"));

    auto *facts = new QFormLayout;
    facts->addRow(tr("File:"), m_file);
    facts->addRow(tr("Encoding:"), m_encoding);
    facts->addRow(tr("Separator:"), m_separator);
    facts->addRow(tr("Rows:"), m_rowCount);

    auto *previewCaption = new QLabel(tr("First rows, as they will be imported:"), this);
    setUpPreview();
    previewCaption->setBuddy(m_view);

    m_issuesCaption->setText(tr("Problems found in the file:"));
    m_issuesCaption->setBuddy(m_issues);
    m_issues->setWordWrap(true);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_issues->setIconSize(QSize(iconSize, iconSize));
    m_issues->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_issuesCaption->hide(); // until the file was read
    m_issues->hide();
    m_blocked->setWordWrap(true);
    m_blocked->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *modeBox = new QGroupBox(tr("How to import"), this);
    m_merge->setText(tr("&Merge: add the file's new openings and update those already in the "
                        "table"));
    m_replace->setText(tr("&Replace: the table will hold only the openings of the file"));
    m_replaceWarning->setText(tr("Warning: every opening currently in the table is removed and "
                                 "replaced by the openings of the file."));
    m_replaceWarning->setWordWrap(true);
    m_replaceWarning->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_merge->setChecked(true);
    auto *modeLayout = new QVBoxLayout(modeBox);
    modeLayout->addWidget(m_merge);
    modeLayout->addWidget(m_replace);
    modeLayout->addWidget(m_replaceWarning);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(facts);
    layout->addWidget(m_progress);
    layout->addWidget(previewCaption);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_issuesCaption);
    layout->addWidget(m_issues);
    layout->addWidget(m_blocked);
    layout->addWidget(modeBox);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(1000, 680);
}

void ImportDialog::setUpPreview()
{
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Rows with errors are left out of the preview, so a running number would not match the
    // rows named by the errors: no vertical header.
    m_view->verticalHeader()->hide();
    // Same row height as the main table.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
}

bool ImportDialog::isBusy() const
{
    return m_task->isRunning();
}

ImportMode ImportDialog::mode() const
{
    return m_replace->isChecked() ? ImportMode::Replace : ImportMode::Merge;
}

void ImportDialog::setMode(ImportMode mode)
{
    (mode == ImportMode::Replace ? m_replace : m_merge)->setChecked(true);
}

void ImportDialog::startPreview()
{
    m_progress->setText(tr("Reading the file…"));
    const QString path = m_csvPath;
    m_task->run([path](TaskReporter &) { return previewImport(path, PreviewRows); },
                [this](const ImportPreview &preview) { showPreview(preview); });
    updateState();
}

void ImportDialog::showPreview(const ImportPreview &preview)
{
    if (m_task->wasCancelled()) {
        m_previewCancelled = true;
        m_message->showMessage(tr("Reading the file was cancelled: nothing was imported."),
                               MessageWidget::Type::Information);
        updateState();
        return;
    }
    m_preview = preview;
    m_previewReady = true;
    m_encoding->setText(preview.encoding.isEmpty() ? tr("Unknown") : preview.encoding);
    m_separator->setText(separatorText(preview.separator));
    // The preview holds the first rows that could be read: rows with errors are left out.
    const int shown = int(preview.rows.size());
    const QString shownText = QLocale().toString(shown);
    if (shown == preview.rowCount)
        m_rowCount->setText(tr("%Ln row(s)", nullptr, preview.rowCount));
    else if (preview.errorCount > 0)
        m_rowCount->setText(tr("%Ln row(s); %1 shown below, rows with errors are left out", nullptr,
                               preview.rowCount)
                                .arg(shownText));
    else
        m_rowCount->setText(
            tr("%Ln row(s); the first %1 shown below", nullptr, preview.rowCount).arg(shownText));
    m_model->setRows(preview.rows);
    fitColumns();
    showIssues();
    updateState();
    emit previewReady();
}

void ImportDialog::fitColumns()
{
    // Short columns get their contents' width; title and ministry (long texts, the tooltip
    // shows a whole title) share what remains, leaving the comment some room.
    const auto column = &ImportPreviewModel::columnOf;
    m_view->resizeColumnsToContents();
    int others = 0;
    for (Field f : {Field::Kind, Field::Status, Field::Announced, Field::EffectiveDate})
        others += m_view->columnWidth(column(f));
    const int commentRoom = 120;
    const int room = qMax(m_view->viewport()->width() - others - commentRoom, 240);
    const int titleWanted = m_view->columnWidth(column(Field::Title));
    const int ministryWanted = m_view->columnWidth(column(Field::Ministry));
    const int title = qMin(titleWanted, qMax(room * 3 / 5, room - ministryWanted));
    m_view->setColumnWidth(column(Field::Title), title);
    m_view->setColumnWidth(column(Field::Ministry), qMin(ministryWanted, room - title));
}

void ImportDialog::showIssues()
{
    m_issues->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    auto add = [this](const QIcon &icon, const ImportIssue &issue) {
        auto *item = new QListWidgetItem(icon, issueText(issue), m_issues);
        item->setToolTip(issue.toString());
    };
    // The importer keeps the first issues of a huge file and counts the others.
    auto addMore = [this](const QIcon &icon, int more) {
        if (more > 0)
            new QListWidgetItem(icon, tr("… and %Ln more", nullptr, more), m_issues);
    };
    for (const ImportIssue &issue : std::as_const(m_preview.errors))
        add(errorIcon, issue);
    addMore(errorIcon, m_preview.errorCount - int(m_preview.errors.size()));
    for (const ImportIssue &issue : std::as_const(m_preview.warnings))
        add(warningIcon, issue);
    addMore(warningIcon, m_preview.warningCount - int(m_preview.warnings.size()));
    const bool any = m_issues->count() > 0;
    m_issuesCaption->setVisible(any);
    m_issues->setVisible(any);
}

void ImportDialog::startImport()
{
    if (!m_importButton->isEnabled())
        return;
    m_importing = true;
    m_message->hideMessage();
    m_progress->setText(mode() == ImportMode::Replace ? tr("Replacing the table…")
                                                      : tr("Importing…"));
    const QString db = m_dbLocation;
    const QString path = m_csvPath;
    const ImportMode importMode = mode();
    m_task->run(
        [db, path, importMode](TaskReporter &reporter) {
            return importFile(db, path, importMode, [&reporter](qint64 done, qint64 total) {
                return reporter.progress(done, total);
            });
        },
        [this](const ImportSummary &summary) { showSummary(summary); });
    updateState();
}

void ImportDialog::showSummary(const ImportSummary &summary)
{
    m_importing = false;
    m_summary = summary;
    if (summary.ok()) {
        m_message->showMessage(tr("Import done: %1.").arg(summary.toString()),
                               MessageWidget::Type::Positive);
        emit imported(summary);
    } else {
        const QString text =
            summary.cancelled
                ? tr("Import cancelled: the table was not changed.")
                : tr("The import failed, the table was not changed: %1").arg(summary.error);
        m_message->showMessage(text, summary.cancelled ? MessageWidget::Type::Information
                                                       : MessageWidget::Type::Error);
        emit importFailed(text);
    }
    updateState();
    if (m_closeWhenDone)
        done(summary.ok() ? Accepted : Rejected);
}

void ImportDialog::reject()
{
    if (m_importing) {
        // The import may be committing: wait for its answer so imported() is never lost.
        m_closeWhenDone = true;
        m_progress->cancel();
        return;
    }
    // Reading only: dropping the preview is enough (deleting the dialog cancels the task).
    m_task->cancel();
    const bool importedOnce = m_summary && m_summary->ok();
    done(importedOnce ? Accepted : Rejected);
}

void ImportDialog::updateState()
{
    const bool busy = m_task->isRunning();
    const bool importedOnce = m_summary && m_summary->ok();
    const int errorCount = m_preview.errorCount;
    QString blocked;
    if (m_previewReady && errorCount > 0)
        blocked = tr("Nothing can be imported while the file has errors (%Ln): correct them in "
                     "the spreadsheet, save it and import it again.",
                     nullptr, errorCount);
    else if (m_previewReady && m_preview.rowCount == 0)
        blocked = tr("The file holds no opening to import.");
    m_blocked->setText(blocked);
    m_blocked->setVisible(!blocked.isEmpty());

    const bool canImport =
        m_previewReady && !m_previewCancelled && blocked.isEmpty() && !busy && !importedOnce;
    m_importButton->setEnabled(canImport);
    m_importButton->setDefault(canImport);
    m_merge->setEnabled(!busy && !importedOnce);
    m_replace->setEnabled(!busy && !importedOnce);
    m_replaceWarning->setVisible(m_replace->isChecked());
    if (!canImport)
        m_closeButton->setDefault(true);
}
