#include "exportdialog.h"

#include "backgroundtask.h"
#include "messagewidget.h"
#include "pdfreport.h"
#include "savefolder.h"
#include "store.h"
#include "taskprogress.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const QString FormatKey = QStringLiteral("export/format");

} // namespace

ExportDialog::ExportDialog(Store &store, const QDate &reference, QWidget *parent)
    : QDialog(parent), m_store(store), m_task(new BackgroundTask(this)), m_intro(new QLabel(this)),
      m_formatLabel(new QLabel(this)), m_format(new QComboBox(this)),
      m_formatHelp(new QLabel(this)), m_ministryLabel(new QLabel(this)),
      m_ministry(new QComboBox(this)), m_dateLabel(new QLabel(this)), m_date(new QDateEdit(this)),
      m_progress(new TaskProgress(this)), m_pagesLabel(new QLabel(this)),
      m_pages(new QProgressBar(this)), m_message(new MessageWidget(this)),
      m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setModal(true);
    m_exportButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_openButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_format->setObjectName(QStringLiteral("exportFormatCombo"));
    m_formatHelp->setObjectName(QStringLiteral("exportFormatHelp"));
    m_ministry->setObjectName(QStringLiteral("exportMinistryCombo"));
    m_date->setObjectName(QStringLiteral("exportDateEdit"));
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_pages->setObjectName(QStringLiteral("exportPagesBar"));
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_openButton->setObjectName(QStringLiteral("exportOpenButton"));
    m_openButton->hide();
    m_closeButton->setObjectName(QStringLiteral("exportCloseButton"));
    m_progress->setTask(m_task);

    for (int i = 0; i < 4; ++i)
        m_format->addItem(QString());
    m_date->setCalendarPopup(true);
    m_date->setDate(reference.isValid() ? reference : QDate::currentDate());
    fillMinistries();
    buildLayout();
    retranslate();
    const int saved = QSettings().value(FormatKey, int(Format::Xlsx)).toInt();
    setFormat(saved >= 0 && saved < m_format->count() ? Format(saved) : Format::Xlsx);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        retranslate();
        m_message->hideMessage();
    });
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_openButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_fileName)); });
    connect(&store, &Store::ministriesChanged, this, &ExportDialog::fillMinistries);
    updateState();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::buildLayout()
{
    m_intro->setWordWrap(true);
    m_formatHelp->setWordWrap(true);
    m_formatHelp->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_formatLabel->setBuddy(m_format);
    m_ministryLabel->setBuddy(m_ministry);
    m_dateLabel->setBuddy(m_date);
    m_ministry->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ministry->setMinimumContentsLength(40);

    auto *form = new QFormLayout;
    form->addRow(m_formatLabel, m_format);
    form->addRow(QString(), m_formatHelp);
    form->addRow(m_ministryLabel, m_ministry);
    form->addRow(m_dateLabel, m_date);

    // Painting the PDF's pages happens after the background part: its own bar.
    auto *pages = new QHBoxLayout;
    pages->addWidget(m_pagesLabel);
    pages->addWidget(m_pages, 1);
    m_pagesLabel->hide();
    m_pages->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_progress);
    layout->addLayout(pages);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(620, 340);
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export the table"));
    m_intro->setText(tr("Write the openings of the table, or of one ministry, to a file to hand "
                        "out. Overdue and planned openings are judged on the reference date."));
    m_formatLabel->setText(tr("&Format:"));
    m_ministryLabel->setText(tr("&Ministry:"));
    m_dateLabel->setText(tr("&Reference date:"));
    const QStringList names{tr("XLSX workbook (Excel, LibreOffice)"),
                            tr("CSV, open data (data.gouv.fr)"), tr("CSV for Excel (French)"),
                            tr("PDF report for the CIAD")};
    for (int i = 0; i < names.size(); ++i)
        m_format->setItemText(i, names.at(i));
    switch (format()) {
    case Format::Xlsx:
        m_formatHelp->setText(tr("For secretaries general: a summary sheet with charts, every "
                                 "opening, and a sheet per ministry."));
        break;
    case Format::Csv:
        m_formatHelp->setText(tr("The published form: UTF-8, commas. It can be imported back "
                                 "into a table."));
        break;
    case Format::CsvExcel:
        m_formatHelp->setText(tr("Opens in French Excel with a double click: semicolons, dates "
                                 "written 30/06/2022."));
        break;
    case Format::Pdf:
        m_formatHelp->setText(tr("The handout of the CIAD, A4 landscape: key figures, charts, "
                                 "then a page per ministry with its openings still due."));
        break;
    }
    m_ministry->setItemText(0, tr("All ministries"));
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_exportButton->setText(tr("&Export…"));
    m_openButton->setText(tr("&Open the file"));
    m_openButton->setToolTip(tr("Open the file written last with its usual application"));
    m_pagesLabel->setText(tr("Drawing the pages…"));
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExportDialog::fillMinistries()
{
    const std::optional<qint64> selected = m_ministry->count() > 0 ? ministryId() : std::nullopt;
    m_ministry->clear();
    m_ministry->addItem(tr("All ministries"));
    if (m_store.isOpen()) {
        for (const Ministry &m : m_store.ministries().all())
            m_ministry->addItem(m.name, m.id);
    }
    setMinistryId(selected);
}

ExportDialog::Format ExportDialog::format() const
{
    return Format(std::max(0, m_format->currentIndex()));
}

void ExportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(int(format));
}

std::optional<qint64> ExportDialog::ministryId() const
{
    const QVariant id = m_ministry->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

void ExportDialog::setMinistryId(std::optional<qint64> id)
{
    const int index = id ? m_ministry->findData(*id) : 0;
    m_ministry->setCurrentIndex(std::max(0, index));
}

QDate ExportDialog::referenceDate() const
{
    return m_date->date();
}

void ExportDialog::setReferenceDate(const QDate &date)
{
    m_date->setDate(date);
}

bool ExportDialog::isBusy() const
{
    return m_task->isRunning() || m_pdf != nullptr;
}

QString ExportDialog::suffix(Format format)
{
    switch (format) {
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Pdf:
        return QStringLiteral("pdf");
    default:
        return QStringLiteral("csv");
    }
}

QString ExportDialog::defaultFileName(Format format, const QDate &asOf)
{
    // Both CSV forms may sit in one folder: the Excel one says so.
    return QStringLiteral("suivi-ouvertures-%1%2.%3")
        .arg(asOf.toString(Qt::ISODate),
             format == Format::CsvExcel ? QStringLiteral("-excel") : QString(), suffix(format));
}

QString ExportDialog::fileNameFor(const QString &chosen, Format format)
{
    // The name follows the format: never a PDF named .csv.
    return SaveFolder::withSuffix(chosen, suffix(format));
}

QString ExportDialog::chooseFile()
{
    const QString suggested =
        QDir(SaveFolder::start()).filePath(defaultFileName(format(), referenceDate()));
    QString filter;
    switch (format()) {
    case Format::Xlsx:
        filter = tr("XLSX workbooks (*.xlsx)");
        break;
    case Format::Pdf:
        filter = tr("PDF documents (*.pdf)");
        break;
    default:
        filter = tr("CSV files (*.csv)");
        break;
    }
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export to"), suggested, filter);
    if (chosen.isEmpty())
        return {};
    const QString path = fileNameFor(chosen, format());
    if (path != chosen && QFileInfo::exists(path) &&
        QMessageBox::question(
            this, tr("Export to"),
            tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path))) !=
            QMessageBox::Yes)
        return {};
    SaveFolder::remember(path);
    return path;
}

void ExportDialog::startExport()
{
    if (isBusy() || !m_store.isOpen())
        return;
    const QString path = m_nextFileName.isEmpty() ? chooseFile() : m_nextFileName;
    m_nextFileName.clear();
    if (path.isEmpty())
        return;
    QSettings().setValue(FormatKey, int(format()));
    run(path);
}

void ExportDialog::reject()
{
    if (m_task->isRunning()) {
        m_progress->cancel();
        return;
    }
    if (m_pdf) {
        m_cancelPainting = true;
        return;
    }
    QDialog::reject();
}

void ExportDialog::updateState()
{
    const bool busy = isBusy();
    m_exportButton->setEnabled(!busy && m_store.isOpen());
    m_exportButton->setDefault(!busy);
    for (QWidget *w : {static_cast<QWidget *>(m_format), static_cast<QWidget *>(m_ministry),
                       static_cast<QWidget *>(m_date)})
        w->setEnabled(!busy);
    m_closeButton->setText(busy ? tr("&Cancel") : tr("&Close"));
    if (!m_pdf) {
        m_pagesLabel->hide();
        m_pages->hide();
    }
}
