#include "dashboardpage.h"

#include "backgroundtask.h"
#include "charts/burnupchart.h"
#include "charts/chartdescriptions.h"
#include "charts/chartpalette.h"
#include "charts/delaychart.h"
#include "charts/ministrychart.h"
#include "charts/quarterchart.h"
#include "chartview.h"
#include "dashboardfilter.h"
#include "keyfigures.h"
#include "progress.h"
#include "store.h"
#include "workerdatabase.h"

#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Edits come in bursts (an undo of many rows, a paste): compute once they settle.
constexpr int RefreshDelayMs = 40;

// What one computation hands back to the page.
struct DashboardResult
{
    std::optional<Progress> progress;
    QString error;
};

} // namespace

DashboardPage::DashboardPage(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_task(new BackgroundTask(this)),
      m_refreshTimer(new QTimer(this)), m_buildTimer(new QTimer(this)), m_summary(new QLabel(this)),
      m_busy(new QLabel(this)), m_reading(new QLabel), m_dateLabel(new QLabel(this)),
      m_date(new QDateEdit(this)), m_today(new QToolButton(this)), m_present(new QToolButton(this)),
      m_figures(new KeyFigures(this)), m_scroll(new QScrollArea(this)), m_grid(new QGridLayout),
      m_burnUp(new ChartView), m_ministries(new ChartView), m_quarters(new ChartView),
      m_delays(new ChartView)
{
    setObjectName(QStringLiteral("dashboardPage"));
    setUpControls();
    layOut();
    connectSignals();
    m_buildTimer->setSingleShot(true);
    m_buildTimer->setInterval(0);
    connect(m_buildTimer, &QTimer::timeout, this, &DashboardPage::buildNextChart);
    retranslate();
    for (Chart which : {Chart::BurnUp, Chart::Quarters, Chart::Ministries, Chart::Delays})
        buildChart(which);
}

void DashboardPage::connectSignals()
{
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(RefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPage::compute);
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        // Today stays "today" (a session left open overnight moves with it).
        emit referenceDateChanged(date == QDate::currentDate() ? QDate() : date);
    });
    connect(m_today, &QToolButton::clicked, this,
            [this] { m_date->setDate(QDate::currentDate()); });
    connect(m_present, &QToolButton::clicked, this, &DashboardPage::presentationRequested);
    const QList<std::pair<Chart, ChartView *>> views = {{Chart::BurnUp, m_burnUp},
                                                        {Chart::Ministries, m_ministries},
                                                        {Chart::Quarters, m_quarters},
                                                        {Chart::Delays, m_delays}};
    for (const auto &[which, view] : views) {
        connect(view, &ChartView::selectionClicked, this,
                [this, which = which](const ChartSelection &s) { selectionClicked(which, s); });
        connect(view, &ChartView::errorOccurred, this, &DashboardPage::errorOccurred);
    }
    connect(&m_store, &Store::openingChanged, this, &DashboardPage::refresh);
    connect(&m_store, &Store::openingsReset, this, &DashboardPage::refresh);
    connect(&m_store, &Store::ministriesChanged, this, &DashboardPage::refresh);
    connect(&m_store, &Store::opened, this, &DashboardPage::refresh);
}

void DashboardPage::layOut()
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_busy);
    bar->addSpacing(12);
    bar->addWidget(m_dateLabel);
    bar->addWidget(m_date);
    bar->addWidget(m_today);
    bar->addSpacing(12);
    bar->addWidget(m_present);

    // The charts scroll when the window is too small for 20 ministries to stay readable.
    auto *charts = new QWidget;
    charts->setObjectName(QStringLiteral("dashboardCharts"));
    m_grid->setParent(nullptr);
    charts->setLayout(m_grid);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);
    // The ministries take the whole width: their names stay readable and their height
    // grows with their number without stretching another chart beside them.
    m_grid->addWidget(m_burnUp, 0, 0);
    m_grid->addWidget(m_quarters, 0, 1);
    m_grid->addWidget(m_ministries, 1, 0, 1, 2);
    m_grid->addWidget(m_delays, 2, 0);
    m_grid->addWidget(m_reading, 2, 1, Qt::AlignTop);
    m_reading->setObjectName(QStringLiteral("dashboardReadingHelp"));
    m_reading->setWordWrap(true);
    m_reading->setTextFormat(Qt::RichText);
    m_reading->setContentsMargins(12, 12, 12, 12);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    m_scroll->setWidget(charts);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("Charts"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_figures);
    layout->addWidget(m_scroll, 1);
}

void DashboardPage::setUpControls()
{
    m_summary->setObjectName(QStringLiteral("dashboardFilterSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_busy->setObjectName(QStringLiteral("dashboardBusyLabel"));
    m_busy->setVisible(false);
    m_date->setObjectName(QStringLiteral("referenceDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());
    m_dateLabel->setBuddy(m_date);
    m_today->setObjectName(QStringLiteral("referenceTodayButton"));
    m_present->setObjectName(QStringLiteral("presentButton"));
    m_present->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_present->setIcon(style()->standardIcon(QStyle::SP_DesktopIcon));
    m_burnUp->setObjectName(QStringLiteral("burnUpChartView"));
    m_ministries->setObjectName(QStringLiteral("ministryChartView"));
    m_quarters->setObjectName(QStringLiteral("quarterChartView"));
    m_delays->setObjectName(QStringLiteral("delayChartView"));
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::setFilter(const OpeningFilter &filter)
{
    if (filter == m_filter && !m_dirty)
        return;
    m_filter = filter;
    setReferenceDate(filter.reference);
    updateSummary();
    refresh();
}

void DashboardPage::setReferenceDate(const QDate &date)
{
    const QSignalBlocker blocker(m_date);
    m_date->setDate(date.isValid() ? date : QDate::currentDate());
}

void DashboardPage::refresh()
{
    m_dirty = true;
    if (isVisible())
        m_refreshTimer->start();
}

bool DashboardPage::isComputing() const
{
    return m_task->isRunning() || m_refreshTimer->isActive() || !m_pendingCharts.isEmpty();
}

ChartView *DashboardPage::chartView(Chart chart) const
{
    switch (chart) {
    case Chart::BurnUp:
        return m_burnUp;
    case Chart::Ministries:
        return m_ministries;
    case Chart::Quarters:
        return m_quarters;
    case Chart::Delays:
        return m_delays;
    }
    return nullptr;
}

void DashboardPage::compute()
{
    m_refreshTimer->stop();
    if (!m_store.isOpen())
        return;
    m_dirty = false;
    m_busy->setVisible(true);
    const QString location = m_store.location();
    const OpeningFilter filter = m_filter;
    // The work captures values only: it may outlive this page.
    m_task->run(
        [location, filter](TaskReporter &reporter) {
            DashboardResult result;
            Database *db = WorkerDatabase::forLocation(location, &result.error);
            if (!db)
                return result;
            result.progress =
                computeProgress(*db, filter, filter.referenceDate(), &result.error,
                                [&reporter](qint64, qint64) { return !reporter.isCancelled(); });
            return result;
        },
        [this](const DashboardResult &result) {
            m_busy->setVisible(m_dirty);
            if (!result.progress) {
                if (!result.error.isEmpty())
                    emit errorOccurred(result.error);
                return;
            }
            showProgress(*result.progress);
        });
}

void DashboardPage::showProgress(const Progress &progress)
{
    m_progress = progress;
    m_figures->setProgress(progress);
    updateLayoutHeights();
    rebuildCharts();
}

void DashboardPage::rebuildCharts()
{
    // One chart per turn of the event loop: building a chart takes tens of milliseconds,
    // four in a row would freeze the window for all of them.
    m_pendingCharts = {Chart::BurnUp, Chart::Quarters, Chart::Ministries, Chart::Delays};
    m_buildTimer->start();
}

void DashboardPage::buildNextChart()
{
    if (m_pendingCharts.isEmpty())
        return;
    buildChart(m_pendingCharts.takeFirst());
    if (!m_pendingCharts.isEmpty())
        m_buildTimer->start();
    else
        emit chartsUpdated();
}

void DashboardPage::buildChart(Chart which)
{
    // The factories hold the progress they draw, so an export redraws exactly what is shown.
    const auto progress = std::make_shared<const Progress>(m_progress.value_or(Progress()));
    ChartOptions options;
    options.locale = QLocale();
    options.maxMinistryChars = 48;
    using Builder = QChart *(*)(const Progress &, const ChartOptions &);
    using Describer = QString (*)(const Progress &, const QLocale &);
    using Tabulator = ChartData (*)(const Progress &);
    Builder build = nullptr;
    Describer describe = nullptr;
    Tabulator tabulate = nullptr;
    switch (which) {
    case Chart::BurnUp:
        build = &Charts::buildBurnUpChart;
        describe = &Charts::describeBurnUp;
        tabulate = &Charts::burnUpData;
        break;
    case Chart::Ministries:
        build = &Charts::buildMinistryChart;
        describe = &Charts::describeMinistries;
        tabulate = &Charts::ministryData;
        break;
    case Chart::Quarters:
        build = &Charts::buildQuarterChart;
        describe = &Charts::describeQuarters;
        tabulate = &Charts::quarterData;
        break;
    case Chart::Delays:
        build = &Charts::buildDelayChart;
        describe = &Charts::describeDelays;
        tabulate = &Charts::delayData;
        break;
    }
    chartView(which)->setFactory(
        [progress, build](const ChartOptions &o) { return build(*progress, o); }, options,
        describe(*progress, options.locale));
    chartView(which)->setData(tabulate(*progress));
}

void DashboardPage::updateLayoutHeights()
{
    // A ministry bar needs about two lines of text to stay readable.
    const int ministries = m_progress ? int(m_progress->byMinistry.size()) : 0;
    const int line = fontMetrics().height();
    const int height = std::max(300, 130 + ministries * line * 2);
    // Laying the charts out again costs as much as drawing them: only when it changes.
    if (height == m_ministries->minimumHeight())
        return;
    m_ministries->setMinimumHeight(height);
    for (ChartView *view : {m_burnUp, m_quarters, m_delays})
        view->setMinimumHeight(340);
    // The scroll area does not notice a child's new minimum on its own: give it to the
    // scrolled widget, which grows (and the scroll bars with it).
    m_grid->invalidate();
    m_scroll->widget()->setMinimumHeight(m_grid->minimumSize().height());
}

void DashboardPage::selectionClicked(Chart chart, const ChartSelection &s)
{
    if (chart != Chart::Ministries && chart != Chart::Quarters)
        return;
    const auto f = DashboardFilter::forSelection(m_filter,
                                                 chart == Chart::Ministries
                                                     ? DashboardFilter::Source::Ministries
                                                     : DashboardFilter::Source::Quarters,
                                                 s);
    if (f)
        emit filterRequested(*f);
}

void DashboardPage::updateSummary()
{
    const QString selection = DashboardFilter::describe(
        m_filter, [this](qint64 id) { return m_store.ministries().name(id); });
    m_summary->setText(tr("Selection: %1").arg(selection));
    m_summary->setToolTip(tr("The dashboard follows the filters of the table page (Ctrl+1)."));
}

void DashboardPage::retranslate()
{
    m_busy->setText(tr("Updating…"));
    m_dateLabel->setText(tr("&As of"));
    m_date->setToolTip(tr("The day overdue items are judged on"));
    m_today->setText(tr("Today"));
    m_present->setText(tr("Present"));
    m_present->setToolTip(tr("Show the charts full screen, one per slide (F5)"));
    QString reading = QStringLiteral("<p><b>%1</b></p><table cellspacing='0' cellpadding='3'>")
                          .arg(tr("Reading the charts"));
    for (ProgressState state : ChartPalette::barStates())
        reading +=
            QStringLiteral("<tr><td style='background:%1'>&nbsp;&nbsp;&nbsp;&nbsp;</td>"
                           "<td><b>%2</b>: %3</td></tr>")
                .arg(ChartPalette::color(state).name(), ChartPalette::label(state).toHtmlEscaped(),
                     ChartPalette::description(state).toHtmlEscaped());
    reading += QStringLiteral("</table><p>%1</p><p>%2</p>")
                   .arg(tr("Burn-up: the shaded gap between the announced and the opened lines "
                           "is the backlog; the dotted line marks the reference quarter."),
                        tr("Click a bar to list its openings in the table; right-click a chart "
                           "to copy or save it as an image."));
    m_reading->setText(reading);
    updateSummary();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_refreshTimer->start();
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Titles, axes and quarter names in the new language.
        rebuildCharts();
    }
    QWidget::changeEvent(event);
}
