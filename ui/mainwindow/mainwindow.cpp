#include "mainwindow.h"
#include "location.h"

#include "banner.h"
#include "dashboardlink.h"
#include "dashboardpage.h"
#include "editflows.h"
#include "filedrops.h"
#include "filterbinding.h"
#include "filterpanel.h"
#include "keyboardhelp.h"
#include "languagemenu.h"
#include "mainactions.h"
#include "messagewidget.h"
#include "openingdelegate.h"
#include "openingstablemodel.h"
#include "pageswitch.h"
#include "samplenotice.h"
#include "serverconnector.h"
#include "statuscounts.h"
#include "store.h"
#include "tablefiles.h"
#include "tableopener.h"
#include "tablepage.h"
#include "transferflows.h"
#include "userguide.h"
#include "windowsettings.h"

#include <QAction>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_undoStack(new QUndoStack(this)),
      m_model(new OpeningsTableModel(store, m_undoStack, this)),
      m_actions(new MainActions(this, m_undoStack)), m_message(new MessageWidget(this)),
      m_pages(new PageSwitch(this)), m_tablePage(new TablePage(store, m_model, m_pages)),
      m_dashboardPage(new DashboardPage(store, m_pages)),
      m_opener(new TableOpener(store, m_actions->recentMenu, this)),
      m_server(new ServerConnector(store, m_opener, m_actions->recentMenu, this)),
      m_filters(new FilterBinding(store, m_opener, m_tablePage->filterPanel(), m_model,
                                  m_dashboardPage, this)),
      m_counts(new StatusCounts(store, m_model, m_filters, statusBar())),
      m_edits(new EditFlows(store, m_model, m_tablePage, m_message, this)),
      m_transfers(new TransferFlows(store, m_undoStack, m_model, m_filters, m_message, this)),
      m_dashboardLink(new DashboardLink(store, m_model, m_dashboardPage, m_filters,
                                        m_tablePage->filterPanel(), m_actions->present, this)),
      m_languages(new LanguageMenu(m_actions)),
      m_files(new TableFiles(store, m_opener, m_transfers, this)), m_sampleBanner(new Banner(this)),
      m_sample(new SampleNotice(m_sampleBanner, this))
{
    layOut();
    setAcceptDrops(true);
    connectActions();
    connectErrors();
    retranslate();
    if (WindowSettings::restore(this, m_tablePage))
        showDashboard();
    m_languages->updateChecks();
    updateActions();
    if (!m_store.isOpen())
        m_message->showMessage(tr("No table is open: File > Open… (Ctrl+O)."),
                               MessageWidget::Type::Information);
}

MainWindow::MainWindow(QWidget *parent) : MainWindow(std::make_unique<Store>(), parent) {}

MainWindow::MainWindow(std::unique_ptr<Store> store, QWidget *parent) : MainWindow(*store, parent)
{
    m_ownedStore = std::move(store);
}

MainWindow::~MainWindow()
{
    // The views and the model refer to the store, the message band to the undo stack's
    // signals: take them down in order, before an owned store goes.
    disconnect(m_undoStack, nullptr, this, nullptr);
    delete centralWidget();
    delete m_model;
    delete m_undoStack;
}

void MainWindow::layOut()
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *messageArea = new QVBoxLayout;
    messageArea->setContentsMargins(8, 8, 8, 0);
    messageArea->setSpacing(4);
    messageArea->addWidget(m_message);
    messageArea->addWidget(m_sampleBanner);
    layout->addLayout(messageArea);
    layout->addWidget(m_pages, 1);
    // Later pages (the change log, what moved) come in the same way, with their action.
    m_pages->addPage(m_tablePage, m_actions->showTable);
    m_pages->addPage(m_dashboardPage, m_actions->showDashboard);
    setCentralWidget(central);
}

void MainWindow::connectActions()
{
    MainActions &a = *m_actions;
    connect(a.newTable, &QAction::triggered, m_files, [this] { m_files->newTable(); });
    connect(a.open, &QAction::triggered, m_files, &TableFiles::choose);
    connect(m_server, &ServerConnector::fileChoiceRequested, m_files, &TableFiles::choose);
    connect(a.connectServer, &QAction::triggered, m_server, &ServerConnector::connectToServer);
    connect(a.import, &QAction::triggered, m_transfers, &TransferFlows::chooseImport);
    connect(a.exportTable, &QAction::triggered, this, &MainWindow::requestExport);
    connect(a.quit, &QAction::triggered, this, &MainWindow::close);
    connect(a.addOpening, &QAction::triggered, m_edits, &EditFlows::addOpening);
    connect(a.deleteOpening, &QAction::triggered, m_edits, &EditFlows::deleteSelected);
    connect(a.find, &QAction::triggered, this, [this] {
        showTable();
        m_tablePage->filterPanel()->focusSearch();
    });
    connect(a.about, &QAction::triggered, this, &MainWindow::about);
    connect(a.guide, &QAction::triggered, this, [this] { UserGuide::show(this); });
    connect(a.keyboardHelp, &QAction::triggered, this,
            [this] { KeyboardHelp::show(this, findChildren<QAction *>()); });
    connect(m_languages, &LanguageMenu::changeRequested, this,
            &MainWindow::languageChangeRequested);
    connect(m_opener, &TableOpener::opened, this, &MainWindow::tableWasOpened);
    connect(m_dashboardLink, &DashboardLink::tableRequested, this, &MainWindow::showTable);
    connect(m_filters, &FilterBinding::applied, m_counts, &StatusCounts::schedule);
    connect(m_sample, &SampleNotice::importRequested, m_files, &TableFiles::chooseImport);
    connect(m_sample, &SampleNotice::newTableRequested, m_files, [this] { m_files->newTable(); });
    connect(m_transfers, &TransferFlows::imported, m_sample, &SampleNotice::finish);

    QTableView *view = m_tablePage->view();
    // Delete (and Insert) act on the table only while it has the focus.
    view->addAction(a.deleteOpening);
    auto *insert = new QAction(view);
    insert->setObjectName(QStringLiteral("insertOpeningAction"));
    insert->setShortcut(QKeySequence(Qt::Key_Insert));
    insert->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(insert);
    connect(insert, &QAction::triggered, m_edits, &EditFlows::addOpening);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(&m_store, &Store::rightsChanged, this, &MainWindow::updateActions);
    connect(m_model, &OpeningsTableModel::modelReset, this, &MainWindow::updateActions);
}

void MainWindow::connectErrors()
{
    // Every collaborator's error goes to the message band, the one place errors show.
    connect(m_opener, &TableOpener::errorOccurred, this, &MainWindow::showError);
    connect(m_files, &TableFiles::errorOccurred, this, &MainWindow::showError);
    connect(m_server, &ServerConnector::errorOccurred, this, &MainWindow::showError);
    connect(m_filters, &FilterBinding::errorOccurred, this, &MainWindow::showError);
    connect(m_counts, &StatusCounts::errorOccurred, this, &MainWindow::showError);
    connect(m_edits, &EditFlows::errorOccurred, this, &MainWindow::showError);
    connect(m_transfers, &TransferFlows::errorOccurred, this, &MainWindow::showError);
    connect(m_dashboardLink, &DashboardLink::errorOccurred, this, &MainWindow::showError);
    connect(m_tablePage->delegate(), &OpeningDelegate::errorOccurred, this, &MainWindow::showError);
    connect(m_model, &OpeningsTableModel::errorOccurred, this, &MainWindow::showError);
    connect(&m_model->editor(), &OpeningEditor::errorOccurred, this, &MainWindow::showError);
    // An edit that went through makes the error of an earlier attempt stale.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        if (m_message->type() == MessageWidget::Type::Error)
            m_message->hideMessage();
    });
}

void MainWindow::setApplicationServices(const ApplicationServices &services)
{
    m_languages->setCurrentLanguage(services.currentLanguage);
    m_server->setLocalTable(services.localTable);
    if (!services.freshSampleTable.isEmpty())
        m_sample->setFreshSample(services.freshSampleTable);
}

bool MainWindow::openTable(const QString &location, QString *error, const QString &password)
{
    return m_opener->open(location, error, password);
}

void MainWindow::openTableAsking(const QString &location)
{
    m_server->openAsking(location);
}

void MainWindow::setPasswordPrompt(PasswordPrompt prompt)
{
    m_server->setPasswordPrompt(std::move(prompt));
}

QString MainWindow::lastTableLocation()
{
    return TableOpener::lastLocation();
}

void MainWindow::setReferenceDate(const QDate &date)
{
    m_filters->setReferenceDate(date);
}

QDate MainWindow::referenceDate() const
{
    return m_filters->referenceDate();
}

void MainWindow::tableWasOpened(const QString &location)
{
    m_undoStack->clear();
    m_message->hideMessage();
    // The filter panel follows the new table's ministries, with the filters saved for it.
    m_filters->restoreSaved();
    m_sample->tableOpened(location);
    updateTitle();
    m_counts->update();
    updateActions();
    emit tableOpened(location);
}

void MainWindow::requestImport(const QString &csvPath)
{
    m_transfers->requestImport(csvPath);
}

void MainWindow::openFile(const QString &path)
{
    m_files->openFile(path);
}

void MainWindow::requestExport()
{
    m_transfers->requestExport();
}

void MainWindow::updateActions()
{
    const bool open = m_store.isOpen();
    // On a shared table, an account without any grant only reads.
    const bool writable = open && !m_store.rights().readOnly();
    m_actions->addOpening->setEnabled(writable);
    m_actions->import->setEnabled(open);
    m_actions->present->setEnabled(open);
    m_actions->exportTable->setEnabled(open);
    m_actions->deleteOpening->setEnabled(writable &&
                                         m_tablePage->view()->selectionModel()->hasSelection());
}

void MainWindow::updateTitle()
{
    const QString app = tr("Openings tracker");
    if (!m_store.isOpen()) {
        setWindowTitle(app);
        return;
    }
    const QString location = m_store.location();
    const QString name = Location::isServer(location) ? location : QFileInfo(location).fileName();
    setWindowTitle(QStringLiteral("%1 — %2").arg(name, app));
}

void MainWindow::showTable()
{
    m_pages->setCurrentPage(m_tablePage);
}

void MainWindow::showDashboard()
{
    m_pages->setCurrentPage(m_dashboardPage);
}

void MainWindow::showError(const QString &message)
{
    m_message->showMessage(message, MessageWidget::Type::Error);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About %1").arg(tr("Openings tracker")),
        tr("<p><b>%1</b> %2</p><p>Follows the opening of public datasets, APIs and source codes "
           "announced by the ministries: announced quarter against effective opening.</p>")
            .arg(tr("Openings tracker"), QStringLiteral(SUIVI_VERSION)));
}

void MainWindow::retranslate()
{
    m_actions->retranslate();
    m_pages->retranslate();
    m_sample->retranslate();
    updateTitle();
    if (m_store.isOpen())
        m_counts->update();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Headers and labels of the cells come from the model in the new language.
        m_model->refresh();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    WindowSettings::save(this, m_tablePage, m_pages->currentPage() == m_dashboardPage);
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!FileDrops::importFile(mime).isEmpty() || !FileDrops::tableFile(mime).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // A file to import is offered for import (new or open table), a table file opened;
    // after the drop has ended, as the offer asks a question.
    QString path = FileDrops::importFile(event->mimeData());
    if (path.isEmpty())
        path = FileDrops::tableFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    QTimer::singleShot(0, this, [this, path] { openFile(path); });
}
