// The dashboard's responsiveness, for the note:
//   bench_dashboard [--rows 100000] [--keep DIR] [--runs 5]
// Generates a table of --rows openings (or reuses DIR/table.sqlite), opens the real main
// window on its dashboard, then for a series of filter and reference-date changes made as
// a user makes them (the filter panel, the "as of" selector) measures:
//  - the time from the change to the charts updated (chartsUpdated);
//  - the UI thread's longest stall meanwhile: a 10 ms timer records the largest gap
//    between its ticks (a frozen window shows as a large gap);
// and the same for a burst of five changes in a row (latest request wins), then for the
// dashboard page alone (without the table's own queries), and the time the presentation
// (F5) takes to read its slides' data in the background.
// Prints figures; run by hand (CTest does not run it). The lead runs --rows 1000000.
// BENCH_TRACE=1 also lists every event that kept the UI thread over 25 ms (what stalls).
#include "dashboardpage.h"
#include "importer.h"
#include "mainwindow.h"
#include "presentationdata.h"
#include "store.h"
#include "tablegenerator.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace {

QTextStream out(stdout);

// Records the largest gap between the ticks of a 10 ms timer while it runs.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_max = std::max(m_max, m_clock.restart()); });
    }
    void start()
    {
        m_max = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return std::max(m_max, m_clock.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_max = 0;
};

struct Figure
{
    qint64 updateMs = -1;
    qint64 stallMs = 0;
};

// Makes the change, then waits for the charts with the event loop running.
Figure measure(DashboardPage *page, const std::function<void()> &change, int expectedUpdates = 1)
{
    QSignalSpy updated(page, &DashboardPage::chartsUpdated);
    StallMeter meter;
    QElapsedTimer clock;
    meter.start();
    clock.start();
    change();
    while (updated.count() < expectedUpdates || page->isComputing()) {
        if (!updated.wait(60000) && page->isComputing())
            return {};
    }
    Figure f;
    f.updateMs = clock.elapsed();
    f.stallMs = meter.stop();
    return f;
}

void report(const QString &name, const QList<Figure> &runs)
{
    QList<qint64> updates;
    qint64 stall = 0;
    for (const Figure &f : runs) {
        updates << f.updateMs;
        stall = std::max(stall, f.stallMs);
    }
    std::sort(updates.begin(), updates.end());
    out << QStringLiteral("%1  update median %2 ms, max %3 ms; UI longest stall %4 ms\n")
               .arg(name, -34)
               .arg(updates.value(updates.size() / 2))
               .arg(updates.isEmpty() ? -1 : updates.last())
               .arg(stall);
    out.flush();
}

} // namespace

// Times every event delivered, to name what stalls the UI thread (BENCH_TRACE=1).
class TimingApp : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        QElapsedTimer t;
        t.start();
        const int type = event->type();
        const bool r = QApplication::notify(receiver, event);
        if (t.elapsed() > 25 && qEnvironmentVariableIsSet("BENCH_TRACE"))
            out << "  slow event " << type << " to " << receiver->metaObject()->className() << " "
                << receiver->objectName() << ": " << t.elapsed() << " ms\n";
        return r;
    }
};

int main(int argc, char **argv)
{
    TimingApp app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("suivi-ouvertures-bench"));
    const QStringList args = app.arguments();
    auto option = [&args](const QString &name, const QString &fallback) {
        const int i = int(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const qint64 rows = option(QStringLiteral("--rows"), QStringLiteral("100000")).toLongLong();
    const int runs = option(QStringLiteral("--runs"), QStringLiteral("5")).toInt();
    QTemporaryDir temp;
    const QDir dir(option(QStringLiteral("--keep"), temp.path()));
    const QString db = dir.filePath(QStringLiteral("table-%1.sqlite").arg(rows));
    if (!QFileInfo::exists(db)) {
        const QString csv = dir.filePath(QStringLiteral("table-%1.csv").arg(rows));
        QString error;
        if (!TableGenerator::write(csv, rows, &error)) {
            out << error << '\n';
            return 1;
        }
        QElapsedTimer t;
        t.start();
        const ImportSummary summary = importFile(db, csv, ImportMode::Replace);
        if (!summary.ok()) {
            out << summary.error << '\n';
            return 1;
        }
        out << "imported " << summary.imported << " rows in " << t.elapsed() << " ms\n";
    }

    Store store;
    MainWindow window(store);
    window.setReferenceDate(QDate(2023, 6, 15));
    window.resize(1600, 1000);
    QString error;
    if (!window.openTable(db, &error)) {
        out << error << '\n';
        return 1;
    }
    window.show();
    auto *page = window.findChild<DashboardPage *>(QStringLiteral("dashboardPage"));
    auto *ministry = window.findChild<QComboBox *>(QStringLiteral("ministryFilterCombo"));
    auto *kind = window.findChild<QComboBox *>(QStringLiteral("kindFilterCombo"));
    auto *date = page->findChild<QDateEdit *>(QStringLiteral("referenceDateEdit"));
    out << "table of " << rows << " openings, " << ministry->count() - 1 << " ministries\n";

    report(QStringLiteral("first display (Ctrl+2)"),
           {measure(page, [&window] { window.showDashboard(); })});

    QList<Figure> ministryRuns;
    QList<Figure> kindRuns;
    QList<Figure> dateRuns;
    QList<Figure> allRuns;
    for (int r = 0; r < runs; ++r) {
        ministryRuns << measure(
            page, [ministry, r] { ministry->setCurrentIndex(1 + r % (ministry->count() - 1)); });
        allRuns << measure(page, [ministry] { ministry->setCurrentIndex(0); });
        kindRuns << measure(page,
                            [kind, r] { kind->setCurrentIndex(1 + r % (kind->count() - 1)); });
        kindRuns << measure(page, [kind] { kind->setCurrentIndex(0); });
        dateRuns << measure(page, [date, r] { date->setDate(QDate(2022, 1 + r, 10)); });
    }
    report(QStringLiteral("one ministry"), ministryRuns);
    report(QStringLiteral("back to all ministries"), allRuns);
    report(QStringLiteral("kind on / off"), kindRuns);
    report(QStringLiteral("reference date"), dateRuns);

    // Five changes in a row, as fast as a user scrolls the combo: only the last one counts.
    QList<Figure> burst;
    for (int r = 0; r < runs; ++r) {
        burst << measure(page, [ministry] {
            for (int i = 1; i <= 5; ++i)
                ministry->setCurrentIndex(i % ministry->count());
        });
        measure(page, [ministry] { ministry->setCurrentIndex(0); });
    }
    report(QStringLiteral("burst of 5 ministry changes"), burst);

    // The page on its own: the charts' part of the work, without the table's queries.
    DashboardPage alone(store);
    alone.resize(1600, 1000);
    alone.show();
    measure(&alone, [] {});
    QList<Figure> aloneRuns;
    for (int r = 0; r < runs; ++r) {
        OpeningFilter f;
        f.reference = QDate(2023, 6, 15);
        f.ministryIds = {qint64(1 + r)};
        aloneRuns << measure(&alone, [&alone, f] { alone.setFilter(f); });
        f.ministryIds.clear();
        aloneRuns << measure(&alone, [&alone, f] { alone.setFilter(f); });
    }
    report(QStringLiteral("dashboard page alone"), aloneRuns);

    // What F5 reads in the background before the first slide (progress + overdue lists).
    QElapsedTimer slides;
    slides.start();
    OpeningFilter all;
    const auto data = PresentationData::load(db, all, QDate(2023, 6, 15), &error, {});
    out << QStringLiteral("%1  %2 ms (%3 ministries, %4 overdue)\n")
               .arg(QStringLiteral("presentation data (worker)"), -34)
               .arg(slides.elapsed())
               .arg(data ? data->progress.byMinistry.size() : -1)
               .arg(data ? data->progress.totals.overdue : -1);
    return 0;
}
