#include "mainwindow.h"

#include "backgroundtask.h"
#include "workerdatabase.h"

#include "dashboardpage.h"
#include "database.h"
#include "filterpanel.h"
#include "filtersettings.h"
#include "language.h"
#include "mainactions.h"
#include "messagewidget.h"
#include "openingdelegate.h"
#include "openingstablemodel.h"
#include "progress.h"
#include "recenttablesmenu.h"
#include "store.h"
#include "tablepage.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString PageKey = QStringLiteral("mainWindow/page");
const QString HeaderKey = QStringLiteral("table/header");
const QString LastTableKey = QStringLiteral("lastTable");

} // namespace

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_undoStack(new QUndoStack(this)),
      m_model(new OpeningsTableModel(store, m_undoStack, this)),
      m_actions(new MainActions(this, m_undoStack)), m_message(new MessageWidget(this)),
      m_pages(new QStackedWidget(this)), m_tablePage(new TablePage(store, m_model, m_pages)),
      m_dashboardPage(new DashboardPage(store, m_pages)), m_counts(new QLabel(this)),
      m_countsTimer(new QTimer(this)), m_countsTask(new BackgroundTask(this)),
      m_spanTask(new BackgroundTask(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pages->setObjectName(QStringLiteral("pages"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *messageArea = new QVBoxLayout;
    messageArea->setContentsMargins(8, 8, 8, 0);
    messageArea->addWidget(m_message);
    layout->addLayout(messageArea);
    layout->addWidget(m_pages, 1);
    m_pages->addWidget(m_tablePage);
    m_pages->addWidget(m_dashboardPage);
    setCentralWidget(central);

    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_counts->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_counts, 1);
    // Many store signals may come from one edit: count once after they settle.
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(0);
    connect(m_countsTimer, &QTimer::timeout, this, &MainWindow::updateCounts);

    setAcceptDrops(true);
    connectActions();
    connectDashboard();
    retranslate();
    restoreSettings();
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

void MainWindow::connectActions()
{
    MainActions &a = *m_actions;
    connect(a.open, &QAction::triggered, this, &MainWindow::chooseTable);
    connect(a.connectServer, &QAction::triggered, this, &MainWindow::connectToServer);
    connect(a.import, &QAction::triggered, this, &MainWindow::chooseImport);
    connect(a.exportTable, &QAction::triggered, this, &MainWindow::requestExport);
    connect(a.quit, &QAction::triggered, this, &MainWindow::close);
    connect(a.addOpening, &QAction::triggered, this, &MainWindow::addOpening);
    connect(a.deleteOpening, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(a.find, &QAction::triggered, this, [this] {
        showTable();
        m_tablePage->filterPanel()->focusSearch();
    });
    connect(a.showTable, &QAction::triggered, this, &MainWindow::showTable);
    connect(a.showDashboard, &QAction::triggered, this, &MainWindow::showDashboard);
    connect(a.about, &QAction::triggered, this, &MainWindow::about);
    for (QAction *language : {a.languageFrench, a.languageEnglish}) {
        connect(language, &QAction::triggered, this,
                [this, language] { emit languageChangeRequested(language->data().toString()); });
    }
    connect(a.recentMenu, &RecentTablesMenu::openRequested, this, [this](const QString &location) {
        QString error;
        if (!openTable(location, &error))
            showError(error);
    });

    QTableView *view = m_tablePage->view();
    // Delete (and Insert) act on the table only while it has the focus.
    view->addAction(a.deleteOpening);
    auto *insert = new QAction(view);
    insert->setObjectName(QStringLiteral("insertOpeningAction"));
    insert->setShortcut(QKeySequence(Qt::Key_Insert));
    insert->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(insert);
    connect(insert, &QAction::triggered, this, &MainWindow::addOpening);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);

    connect(m_tablePage->filterPanel(), &FilterPanel::filterChanged, this,
            [this](const OpeningFilter &filter) {
                applyFilter(filter);
                // What the user chose is kept for the next session, not what a table change shows.
                if (!m_restoringFilter && m_store.isOpen()) {
                    QSettings settings;
                    FilterSettings::save(settings, filter, m_store.ministries());
                }
            });
    connect(m_tablePage->delegate(), &OpeningDelegate::errorOccurred, this, &MainWindow::showError);
    connect(m_model, &OpeningsTableModel::errorOccurred, this, &MainWindow::showError);
    connect(m_model, &OpeningsTableModel::conflictOccurred, this, &MainWindow::showConflict);
    connect(&m_store, &Store::rightsChanged, this, &MainWindow::updateActions);
    // An edit that went through makes the error of an earlier attempt stale.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        if (m_message->type() == MessageWidget::Type::Error)
            m_message->hideMessage();
    });
    connect(m_model, &OpeningsTableModel::rowsRefreshed, this, &MainWindow::scheduleCounts);
    connect(m_model, &OpeningsTableModel::modelReset, this, &MainWindow::updateActions);
    connect(m_model, &OpeningsTableModel::dataChanged, this, &MainWindow::scheduleCounts);
    connect(&m_store, &Store::ministriesChanged, this,
            [this] { m_tablePage->filterPanel()->setMinistries(m_store.ministries().all()); });
}

bool MainWindow::openTable(const QString &location, QString *error, const QString &password)
{
    const QString previous = m_store.isOpen() ? m_store.location() : QString();
    // The filter panel follows the new table's ministries; the saved filter must not be
    // overwritten by what it shows meanwhile.
    m_restoringFilter = true;
    QString reason;
    if (!m_store.open(location, &reason, password)) {
        m_restoringFilter = false;
        // Database::describe: a server's address without any password.
        if (error)
            *error = tr("The table %1 could not be opened: %2")
                         .arg(Database::describe(location), reason);
        // Store::open closed the previous table first: bring it back.
        if (!previous.isEmpty())
            m_store.open(previous, nullptr);
        return false;
    }
    m_undoStack->clear();
    m_message->hideMessage();
    // The store's location: a server's without its password, which is never saved.
    const QString opened = m_store.location();
    m_actions->recentMenu->add(opened);
    QSettings settings;
    settings.setValue(LastTableKey, opened);

    FilterPanel *filters = m_tablePage->filterPanel();
    filters->setMinistries(m_store.ministries().all());
    updateQuarterRange();
    filters->setFilter(FilterSettings::load(settings, m_store.ministries()));
    m_restoringFilter = false;
    applyFilter(filters->filter());
    updateTitle();
    updateCounts();
    updateActions();
    emit tableOpened(opened);
    return true;
}

QString MainWindow::lastTableLocation()
{
    return QSettings().value(LastTableKey).toString();
}

void MainWindow::setReferenceDate(const QDate &date)
{
    m_referenceDate = date;
    m_dashboardPage->setReferenceDate(date);
    if (m_store.isOpen())
        applyFilter(m_tablePage->filterPanel()->filter());
}

void MainWindow::applyFilter(const OpeningFilter &filter)
{
    OpeningFilter f = filter;
    f.reference = m_referenceDate;
    m_model->setFilter(f);
    m_dashboardPage->setFilter(f);
    scheduleCounts();
}

void MainWindow::scheduleCounts()
{
    m_countsTimer->start();
}

void MainWindow::updateCounts()
{
    m_countsTimer->stop();
    if (!m_store.isOpen()) {
        m_counts->clear();
        return;
    }
    // Counted in the background: on a large table the count takes a while and
    // the first screen must not wait for it. A newer request replaces an older one.
    const QString location = m_store.location();
    const OpeningFilter filter = m_model->filter();
    const QDate reference = m_referenceDate;
    struct Result
    {
        FilterCounts counts;
        QString error;
    };
    m_countsTask->run(
        [location, filter, reference](TaskReporter &) {
            Result r;
            if (Database *db = WorkerDatabase::forLocation(location, &r.error))
                r.counts = countOpenings(*db, filter, reference, &r.error);
            return r;
        },
        [this](const Result &r) { showCounts(r.counts, r.error); });
}

void MainWindow::showCounts(const FilterCounts &counts, const QString &error)
{
    if (!error.isEmpty()) {
        m_counts->clear();
        showError(error);
        return;
    }
    // %Ln: the number in the locale's digits grouping, and the plural that fits.
    m_counts->setText(tr("%Ln opening(s)", nullptr, int(counts.total)) + QStringLiteral(" · ") +
                      tr("%Ln opened", nullptr, int(counts.opened)) + QStringLiteral(" · ") +
                      tr("%Ln overdue", nullptr, int(counts.overdue)));
    const QDate reference = m_model->referenceDate();
    m_counts->setToolTip(
        tr("For the rows the filters show. Overdue: neither opened nor abandoned, announced "
           "before %1 (the quarter of %2).")
            .arg(Quarter::fromDate(reference).display(),
                 QLocale().toString(reference, QLocale::LongFormat)));
}

void MainWindow::updateQuarterRange()
{
    // The quarters the table speaks of, so the range filter lists them and a few
    // around; found in the background, the lists keep any quarter already chosen.
    const QString location = m_store.location();
    m_spanTask->run(
        [location](TaskReporter &) {
            QString error;
            Database *db = WorkerDatabase::forLocation(location, &error);
            return db ? quarterSpan(*db, &error) : QuarterSpan();
        },
        [this](const QuarterSpan &span) {
            m_tablePage->filterPanel()->setQuarterRange(span.first, span.last);
        });
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
    const QString name =
        location.contains(QLatin1String("://")) ? location : QFileInfo(location).fileName();
    setWindowTitle(QStringLiteral("%1 — %2").arg(name, app));
}

void MainWindow::showTable()
{
    m_pages->setCurrentWidget(m_tablePage);
    m_actions->showTable->setChecked(true);
}

void MainWindow::showDashboard()
{
    m_pages->setCurrentWidget(m_dashboardPage);
    m_actions->showDashboard->setChecked(true);
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
    updateTitle();
    if (m_store.isOpen())
        updateCounts();
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

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1400, 820);
    restoreState(settings.value(StateKey).toByteArray());
    m_tablePage->restoreHeaderState(settings.value(HeaderKey).toByteArray());
    if (settings.value(PageKey).toString() == QLatin1String("dashboard"))
        showDashboard();
    const QString language = Language::current();
    m_actions->languageEnglish->setChecked(language == QLatin1String("en"));
    m_actions->languageFrench->setChecked(language != QLatin1String("en"));
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(HeaderKey, m_tablePage->saveHeaderState());
    settings.setValue(PageKey, m_pages->currentWidget() == m_dashboardPage
                                   ? QStringLiteral("dashboard")
                                   : QStringLiteral("table"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}
