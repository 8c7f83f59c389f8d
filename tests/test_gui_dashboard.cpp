#include "charts/chartpalette.h"
#include "chartview.h"
#include "dashboardpage.h"
#include "filterpanel.h"
#include "guitestsupport.h"
#include "importer.h"
#include "keyfigures.h"
#include "mainwindow.h"
#include "openingstablemodel.h"
#include "store.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QComboBox>
#include <QDateEdit>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTest>
#include <QToolTip>

namespace {

const QString Interior = QStringLiteral("Ministère de l'Intérieur");

template <typename T> T *seriesOf(QChart *chart, int skip = 0)
{
    for (QAbstractSeries *s : chart->series())
        if (auto *typed = qobject_cast<T *>(s); typed && skip-- == 0)
            return typed;
    return nullptr;
}

QList<double> ys(const QXYSeries *series)
{
    QList<double> values;
    for (const QPointF &p : series->points())
        values << p.y();
    return values;
}

QList<double> values(const QBarSet *set)
{
    QList<double> list;
    for (int i = 0; i < set->count(); ++i)
        list << set->at(i);
    return list;
}

} // namespace

// The dashboard on the extended sample, judged on 15 October 2021 (T4 2021): the chart
// objects hold the progress computation's figures, follow the filters and the reference
// date, and a click on a bar filters the table.
class TestGuiDashboard : public QObject, public GuiTestFixture
{
    Q_OBJECT

private:
    DashboardPage *m_page = nullptr;

    QChart *chart(DashboardPage::Chart which) const { return m_page->chartView(which)->chart(); }
    // Waits for the computation a change started, and for nothing else pending.
    bool waitForCharts(QSignalSpy &spy)
    {
        if (spy.isEmpty() && !spy.wait(10000))
            return false;
        return QTest::qWaitFor([this] { return !m_page->isComputing(); }, 10000);
    }

private slots:
    void initTestCase() { isolateSettings(); }

    void init()
    {
        newTable();
        openWindow(QDate(2021, 10, 15), WaitFor::Exposed, QSize(1400, 900));
        if (QTest::currentTestFailed())
            return;
        m_page = m_window->findChild<DashboardPage *>(QStringLiteral("dashboardPage"));
        QVERIFY(m_page);
        QSignalSpy updated(m_page, &DashboardPage::chartsUpdated);
        QAction *show = m_window->findChild<QAction *>(QStringLiteral("showDashboardAction"));
        QVERIFY(show && show->isEnabled());
        show->trigger();
        QVERIFY(m_page->isVisible());
        QVERIFY(waitForCharts(updated));
        TestSupport::failOnWarnings();
    }

    void cleanup()
    {
        // To look at the dashboard: SUIVI_SCREENSHOTS=folder (the window, and all the charts).
        if (qEnvironmentVariableIsSet("SUIVI_SCREENSHOTS")) {
            const QDir dir(qEnvironmentVariable("SUIVI_SCREENSHOTS"));
            const QString name = QString::fromLatin1(QTest::currentTestFunction());
            m_window->grab().save(dir.filePath(name + QStringLiteral(".png")));
            if (auto *charts = m_page->findChild<QWidget *>(QStringLiteral("dashboardCharts"))) {
                charts->grab().save(dir.filePath(name + QStringLiteral("-charts.png")));
            }
        }
        tearDown();
    }

    void progressIsTheHandComputedOne()
    {
        // Counted by hand from tests/data/suivi-ouvertures-etendu.csv, on T4 2021.
        QVERIFY(m_page->progress());
        const Progress &p = *m_page->progress();
        QCOMPARE(p.totals.announced, 63);
        QCOMPARE(p.totals.opened, 33);
        QCOMPARE(p.totals.onTime, 8);
        QCOMPARE(p.totals.lateOpened, 4);
        QCOMPARE(p.totals.openedUndated, 21);
        QCOMPARE(p.totals.planned, 23);
        QCOMPARE(p.totals.overdue, 7);
        QCOMPARE(p.moved, 0);
        QCOMPARE(p.slipHistogram, (QMap<int, int>{{-1, 1}, {0, 7}, {1, 2}, {2, 2}}));

        auto figure = [this](const char *name) {
            return m_page->findChild<QLabel *>(QLatin1String(name))->text();
        };
        const QLocale locale;
        QCOMPARE(figure("totalFigure"), locale.toString(63));
        QCOMPARE(figure("openedFigure"), locale.toString(33));
        QCOMPARE(figure("overdueFigure"), locale.toString(7));
        QCOMPARE(figure("onTimeRateFigure"), locale.toString(67) + locale.percent()); // 8 / 12
    }

    void burnUpSeriesAreTheCumulativeCounts()
    {
        QChart *c = chart(DashboardPage::Chart::BurnUp);
        auto *announced = seriesOf<QLineSeries>(c, 0);
        auto *effective = seriesOf<QLineSeries>(c, 1);
        auto *marker = seriesOf<QLineSeries>(c, 2);
        QVERIFY(announced && effective && marker);
        // T1 2021 .. T1 2022
        QCOMPARE(ys(announced), (QList<double>{3, 27, 35, 57, 63}));
        QCOMPARE(ys(effective), (QList<double>{1, 5, 6, 10, 12}));
        QVERIFY(marker->isVisible());
        QCOMPARE(marker->at(0).x(), 3.0); // T4 2021, the reference quarter
        QCOMPARE(Charts::selectionAtPoint(announced, announced->at(1)).quarter, Quarter(2021, 2));
        auto *x = qobject_cast<QCategoryAxis *>(c->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QCOMPARE(x->categoriesLabels().first(), Quarter(2021, 1).display());
        auto *y = qobject_cast<QValueAxis *>(c->axes(Qt::Vertical).value(0));
        QCOMPARE(y->min(), 0.0);
    }

    void ministryBarsAreTheCountsSortedByOverdue()
    {
        QChart *c = chart(DashboardPage::Chart::Ministries);
        auto *series = seriesOf<QHorizontalStackedBarSeries>(c);
        QVERIFY(series);
        const Progress &p = *m_page->progress();
        QCOMPARE(series->count(), 5); // no abandoned item: no empty segment in the legend
        QCOMPARE(series->barSets().first()->count(), int(p.byMinistry.size()));
        for (int s = 0; s < series->count(); ++s) {
            QBarSet *set = series->barSets().at(s);
            const ProgressState state = ChartPalette::barStates().at(s);
            QCOMPARE(set->label(), ChartPalette::label(state));
            for (int i = 0; i < set->count(); ++i) {
                const ChartSelection sel = Charts::selectionAt(set, i);
                QCOMPARE(sel.state, std::optional<ProgressState>(state));
                const auto m = std::find_if(
                    p.byMinistry.cbegin(), p.byMinistry.cend(),
                    [&sel](const MinistryProgress &mp) { return mp.ministryId == sel.ministryId; });
                QVERIFY(m != p.byMinistry.cend());
                QCOMPARE(set->at(i), double(ChartPalette::count(m->counts, state)));
            }
        }
        // The top bar (last category) is the most overdue: the Interior, 3 overdue, 1 planned,
        // 1 opened without a date.
        const int top = series->barSets().first()->count() - 1;
        const ChartSelection interior = Charts::selectionAt(series->barSets().at(4), top);
        QCOMPARE(interior.ministry, Interior);
        QCOMPARE(interior.value, 3.0);
        QCOMPARE(series->barSets().at(3)->at(top), 1.0);
        QCOMPARE(series->barSets().at(2)->at(top), 1.0);
        // Then the Solidarities (2 overdue).
        QVERIFY(Charts::selectionAt(series->barSets().at(4), top - 1)
                    .ministry.startsWith(QStringLiteral("Ministère des Solidarités")));
        // Long names are shortened on the axis; the tooltip data keeps them whole.
        auto *axis = qobject_cast<QBarCategoryAxis *>(c->axes(Qt::Vertical).value(0));
        for (const QString &label : axis->categories())
            QVERIFY2(label.size() <= 48 + 1, qPrintable(label)); // the dashboard's limit
    }

    void quarterAndDelayBarsAreTheCounts()
    {
        QChart *q = chart(DashboardPage::Chart::Quarters);
        auto *bars = seriesOf<QBarSeries>(q);
        QVERIFY(bars);
        QCOMPARE(values(bars->barSets().at(0)), (QList<double>{3, 24, 8, 22, 6}));
        QCOMPARE(values(bars->barSets().at(1)), (QList<double>{1, 4, 1, 4, 2}));
        QCOMPARE(Charts::selectionAt(bars->barSets().at(0), 1).quarter, Quarter(2021, 2));
        auto *axis = qobject_cast<QCategoryAxis *>(q->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->categoriesLabels().value(0),
                 QStringLiteral("T1 2021")); // tests run in French
        QCOMPARE(axis->endValue(axis->categoriesLabels().value(0)), 0.0);

        QChart *d = chart(DashboardPage::Chart::Delays);
        auto *slips = seriesOf<QStackedBarSeries>(d);
        QVERIFY(slips);
        auto *slipAxis = qobject_cast<QBarCategoryAxis *>(d->axes(Qt::Horizontal).value(0));
        QCOMPARE(slipAxis->categories(), (QStringList{QStringLiteral("-1"), QStringLiteral("0"),
                                                      QStringLiteral("+1"), QStringLiteral("+2")}));
        QCOMPARE(values(slips->barSets().at(0)), (QList<double>{1, 7, 0, 0}));
        QCOMPARE(values(slips->barSets().at(1)), (QList<double>{0, 0, 2, 2}));
    }

    void followsTheFilterTheDateAndEdits()
    {
        QSignalSpy updated(m_page, &DashboardPage::chartsUpdated);
        auto *ministry = m_window->findChild<QComboBox *>(QStringLiteral("ministryFilterCombo"));
        ministry->setCurrentIndex(ministry->findText(Interior));
        QVERIFY(waitForCharts(updated));
        QCOMPARE(m_page->progress()->totals.announced, 5);
        QCOMPARE(m_page->progress()->totals.overdue, 3);
        auto *bars = seriesOf<QHorizontalStackedBarSeries>(chart(DashboardPage::Chart::Ministries));
        QCOMPARE(bars->barSets().first()->count(), 1);
        QCOMPARE(
            values(seriesOf<QBarSeries>(chart(DashboardPage::Chart::Quarters))->barSets().at(0)),
            (QList<double>{4, 1})); // T3 and T4 2021

        // "As of" 15 January 2022: the T4 2021 item is overdue too; the table follows.
        updated.clear();
        auto *date = m_page->findChild<QDateEdit *>(QStringLiteral("referenceDateEdit"));
        date->setDate(QDate(2022, 1, 15));
        QVERIFY(waitForCharts(updated));
        QCOMPARE(m_window->referenceDate(), QDate(2022, 1, 15));
        QCOMPARE(m_page->progress()->totals.overdue, 4);
        QCOMPARE(m_page->progress()->totals.planned, 0);
        QCOMPARE(seriesOf<QLineSeries>(chart(DashboardPage::Chart::BurnUp), 2)->at(0).x(), 2.0);

        // An edit elsewhere (here, straight through the store) reaches the charts.
        updated.clear();
        const qint64 id = m_window->model()->idAt(0);
        QString error;
        QVERIFY2(
            m_store->setField(id, Field::Status, Domain::statusCode(Status::Abandoned), &error),
            qPrintable(error));
        QVERIFY(waitForCharts(updated));
        QCOMPARE(m_page->progress()->totals.abandoned, 1);
        QCOMPARE(
            seriesOf<QHorizontalStackedBarSeries>(chart(DashboardPage::Chart::Ministries))->count(),
            6);
    }

    void tooltipsGiveTheFullNameAndTheState()
    {
        ChartView *view = m_page->chartView(DashboardPage::Chart::Ministries);
        QChart *c = view->chart();
        auto *series = seriesOf<QHorizontalStackedBarSeries>(c);
        // The Solidarities' overdue segment: a name the axis shortens.
        const int row = series->barSets().first()->count() - 2;
        double before = 0;
        for (int s = 0; s < 4; ++s)
            before += series->barSets().at(s)->at(row);
        const QPointF inChart = c->mapToPosition(QPointF(before + 1, row), series);
        QTest::mouseMove(view->viewport(), view->mapFromScene(c->mapToScene(inChart)));
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(
            QToolTip::text().contains(QStringLiteral("Ministère des Solidarités et de la Santé")),
            qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(ChartPalette::label(ProgressState::Overdue)));
        QVERIFY(QToolTip::text().contains(ChartPalette::description(ProgressState::Overdue)));
    }

    void clickingABarFiltersTheTable()
    {
        ChartView *view = m_page->chartView(DashboardPage::Chart::Ministries);
        QChart *c = view->chart();
        auto *series = seriesOf<QHorizontalStackedBarSeries>(c);
        const int top = series->barSets().first()->count() - 1;
        // The middle of the Interior's overdue segment, where a user would click.
        double before = 0;
        for (int s = 0; s < 4; ++s)
            before += series->barSets().at(s)->at(top);
        const QPointF inChart = c->mapToPosition(QPointF(before + 1.5, top), series);
        const QPoint inView = view->mapFromScene(c->mapToScene(inChart));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);

        auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QTRY_VERIFY(pages->currentWidget() != m_page);
        const OpeningFilter f = m_window->model()->filter();
        QCOMPARE(f.ministryIds, QList<qint64>{m_store->ministries().find(Interior)});
        QVERIFY(f.onlyOverdue);
        QTRY_COMPARE(m_window->model()->rowCount(), 3);

        // A quarter's announced bar: the openings announced for T2 2021.
        m_window->findChild<FilterPanel *>()->reset();
        m_window->showDashboard();
        QSignalSpy updated(m_page, &DashboardPage::chartsUpdated);
        QVERIFY(waitForCharts(updated));
        auto *bars = seriesOf<QBarSeries>(chart(DashboardPage::Chart::Quarters));
        emit bars->barSets().at(0)->clicked(1);
        QTRY_VERIFY(pages->currentWidget() != m_page);
        QCOMPARE(m_window->model()->filter().from, Quarter(2021, 2));
        QCOMPARE(m_window->model()->filter().to, Quarter(2021, 2));
        QTRY_COMPARE(m_window->model()->rowCount(), 24);
    }

    // Without the mouse: the focused ministry chart shows a focus frame, the arrow keys
    // move between the segments (Left/Right along the bars from the top one, Up/Down
    // between bars), each announced, and Enter does what a click on the segment does.
    void keyboardDrillDownFiltersTheTable()
    {
        ChartView *view = m_page->chartView(DashboardPage::Chart::Ministries);
        auto *series = seriesOf<QHorizontalStackedBarSeries>(view->chart());
        const QList<QBarSet *> sets = series->barSets();
        const int bars = int(sets.first()->count());
        // The segments in reading order: the top bar (the last category) first.
        QList<QPair<int, int>> order; // (category, set)
        for (int c = bars - 1; c >= 0; --c)
            for (int s = 0; s < sets.size(); ++s)
                if (sets.at(s)->at(c) > 0)
                    order.append({c, s});
        QCOMPARE(view->segmentCount(), order.size());
        QVERIFY(order.size() >= 2);

        m_window->activateWindow();
        view->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(view->hasFocus() || view->viewport()->hasFocus());
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QVERIFY(view->currentSegmentText().isEmpty());
        // The focus frame, in the palette's highlight colour, on the view's edge.
        const QImage shot = view->grab().toImage();
        QCOMPARE(shot.pixelColor(1, shot.height() / 2).rgb(),
                 view->palette().color(QPalette::Highlight).rgb());

        QTest::keyClick(target, Qt::Key_Right); // the first segment of the top bar
        QTest::keyClick(target, Qt::Key_Right);
        QTest::keyClick(target, Qt::Key_Right);
        QTest::keyClick(target, Qt::Key_Left); // the second
        QPair<int, int> here = order.at(1);
        // Down: the bar below, on the segment of the same state or the nearest one.
        QTest::keyClick(target, Qt::Key_Down);
        int below = here.first - 1;
        QPair<int, int> expected{-1, -1};
        for (; below >= 0 && expected.first < 0; --below)
            for (const auto &o : order)
                if (o.first == below &&
                    (expected.first < 0 ||
                     std::abs(o.second - here.second) < std::abs(expected.second - here.second)))
                    expected = o;
        QVERIFY(expected.first >= 0);
        QBarSet *set = sets.at(expected.second);
        const int count = int(set->at(expected.first));
        const ChartSelection selection = Charts::selectionAt(set, expected.first);
        QVERIFY(!selection.ministry.isEmpty());
        // Announced: the ministry, the state and the count, first in the description.
        const QString text = view->currentSegmentText();
        QVERIFY2(text.startsWith(selection.ministry + QStringLiteral(", ")), qPrintable(text));
        QVERIFY2(text.contains(set->label().mid(1)), qPrintable(text));
        QVERIFY2(text.endsWith(QString::number(count)), qPrintable(text));
        QVERIFY(view->accessibleDescription().startsWith(text));

        QSignalSpy clicked(view, &ChartView::selectionClicked);
        QTest::keyClick(target, Qt::Key_Return);
        QCOMPARE(clicked.size(), 1);
        auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QTRY_VERIFY(pages->currentWidget() != m_page);
        QCOMPARE(m_window->model()->filter().ministryIds, QList<qint64>{selection.ministryId});
        QTRY_COMPARE(m_window->model()->rowCount(), count);
        auto *counts = m_window->findChild<QLabel *>(QStringLiteral("countsLabel"));
        QTRY_VERIFY2(counts->text().startsWith(QString::number(count) + QLatin1Char(' ')),
                     qPrintable(counts->text()));
    }

    // Each opened segment lists exactly the openings it counts: on time, late or
    // undated; the filter panel shows that selection and removes it in one click.
    void clickingAnOpenedSegmentListsExactlyThoseOpenings()
    {
        auto *panel = m_window->findChild<FilterPanel *>();
        QSignalSpy updated(m_page, &DashboardPage::chartsUpdated);
        auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        auto *chip = panel->findChild<QPushButton *>(QStringLiteral("chartSelectionButton"));
        QVERIFY(chip);
        const OpeningFilter::Timing timings[] = {OpeningFilter::Timing::OnTime,
                                                 OpeningFilter::Timing::Late,
                                                 OpeningFilter::Timing::Undated};
        for (int set = 0; set < 3; ++set) {
            auto *series =
                seriesOf<QHorizontalStackedBarSeries>(chart(DashboardPage::Chart::Ministries));
            QBarSet *bars = series->barSets().at(set);
            int row = 0;
            while (row < bars->count() && bars->at(row) < 1)
                ++row;
            QVERIFY(row < bars->count());
            const int expected = int(bars->at(row));
            emit bars->clicked(row);
            QTRY_VERIFY(pages->currentWidget() != m_page);
            QCOMPARE(m_window->model()->filter().timing, timings[set]);
            QTRY_COMPARE(m_window->model()->rowCount(), expected);
            // The status bar counts the same selection.
            auto *counts = m_window->findChild<QLabel *>(QStringLiteral("countsLabel"));
            QTRY_VERIFY2(counts->text().startsWith(QString::number(expected) + QLatin1Char(' ')),
                         qPrintable(counts->text()));
            QVERIFY(chip->isVisible());
            QVERIFY(!chip->text().isEmpty());
            if (qEnvironmentVariableIsSet("SUIVI_SCREENSHOTS"))
                m_window->grab().save(
                    QDir(qEnvironmentVariable("SUIVI_SCREENSHOTS"))
                        .filePath(QStringLiteral("table-after-click-%1.png").arg(set)));
            updated.clear();
            chip->click();
            QCOMPARE(m_window->model()->filter().timing, OpeningFilter::Timing::Any);
            QVERIFY(!chip->isVisible());
            panel->reset();
            m_window->showDashboard();
            QVERIFY(waitForCharts(updated));
        }
    }
};

QTEST_MAIN(TestGuiDashboard)
#include "test_gui_dashboard.moc"
