// The foundation's figures, for the note:
//   bench_foundation [--sizes 100000,1000000] [--keep DIR] [--runs 3]
//  - import rows/s and peak memory (each import in its own process, so peak
//    memory is the importer's alone), against the sqlite3 shell's .import of
//    the same file (the ratio is the target: within 2x); both are run --runs
//    times, one after the other, and compared by their medians, since a shared
//    machine's speed drifts from one run to the next;
//  - time to open the largest table and show its first screen, in a bare
//    QTableView and in the real main window (target: under 0.5 s);
//  - time of `stats` on the largest table (target: under 1 s);
//  - memory while viewing it and jumping through it (target: under 200 MB).
// Prints figures; run by hand (CTest does not run it).
#include "importer.h"
#include "mainwindow.h"
#include "openingstablemodel.h"
#include "progress.h"
#include "store.h"
#include "tablegenerator.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>

namespace {

QTextStream out(stdout);

// Peak and current resident memory in MB (Linux; 0 elsewhere).
double memoryMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

int importOnly(const QString &db, const QString &csv)
{
    QElapsedTimer timer;
    timer.start();
    const ImportSummary summary = importFile(db, csv, ImportMode::Replace);
    const qint64 ms = timer.elapsed();
    if (!summary.ok()) {
        out << "error " << summary.error << '\n';
        return 1;
    }
    out << ms << ' ' << summary.imported << ' ' << memoryMb("VmHWM:") << '\n';
    return 0;
}

void processEventsFor(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

int viewOnly(const QString &db)
{
    QStandardPaths::setTestModeEnabled(true); // the main window's settings stay out of the user's
    QElapsedTimer timer;
    timer.start();
    Store store;
    QString error;
    if (!store.open(db, &error)) {
        out << "error " << error << '\n';
        return 1;
    }
    QUndoStack undo;
    OpeningsTableModel model(store, &undo);
    QTableView view;
    view.setModel(&model);
    view.resize(1400, 800);
    view.show();
    const QPixmap first = view.viewport()->grab(); // forces the first screen's data and paint
    const qint64 bareMs = timer.elapsed();
    Q_UNUSED(first)

    // Scroll as a user would: middle, end, back to the start.
    timer.restart();
    for (int row : {model.rowCount() / 2, model.rowCount() - 1, 0}) {
        view.scrollTo(model.index(row, 0));
        view.viewport()->grab();
    }
    const qint64 jumpMs = timer.elapsed();
    const double viewMb = memoryMb("VmHWM:");

    timer.restart();
    MainWindow window(store);
    window.resize(1400, 900);
    window.show();
    if (!window.openTable(db, &error)) {
        out << "error " << error << '\n';
        return 1;
    }
    window.grab();
    const qint64 windowMs = timer.elapsed();
    processEventsFor(1500); // let the counts and quarter lists settle
    out << bareMs << ' ' << jumpMs << ' ' << windowMs << ' ' << viewMb << ' ' << memoryMb("VmHWM:")
        << ' ' << model.rowCount() << '\n';
    return 0;
}

QStringList runSelf(const QStringList &args)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), args);
    p.waitForFinished(-1);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

qint64 sqliteShellImport(const QString &csv, const QString &dir)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        return -1;
    const QString db = QDir(dir).filePath(QStringLiteral("shell.sqlite"));
    QFile::remove(db);
    QProcess p;
    p.setProgram(shell);
    p.setArguments({db});
    QElapsedTimer timer;
    timer.start();
    p.start();
    p.write(QStringLiteral(".import --csv %1 t\n").arg(csv).toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(-1);
    return timer.elapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList raw = [&] {
        QStringList l;
        for (int i = 0; i < argc; ++i)
            l << QString::fromLocal8Bit(argv[i]);
        return l;
    }();
    if (raw.value(1) == QLatin1String("--import-only")) {
        QCoreApplication app(argc, argv);
        return importOnly(raw.value(2), raw.value(3));
    }
    if (raw.value(1) == QLatin1String("--view-only")) {
        QApplication app(argc, argv);
        return viewOnly(raw.value(2));
    }
    QCoreApplication app(argc, argv);
    QList<qint64> sizes{100000, 1000000};
    const int sizesAt = raw.indexOf(QStringLiteral("--sizes"));
    if (sizesAt > 0) {
        sizes.clear();
        for (const QString &s : raw.value(sizesAt + 1).split(QLatin1Char(',')))
            sizes << s.toLongLong();
    }
    const int runsAt = raw.indexOf(QStringLiteral("--runs"));
    const int runs = runsAt > 0 ? std::max(1, raw.value(runsAt + 1).toInt()) : 3;
    QTemporaryDir tmp;
    const int keepAt = raw.indexOf(QStringLiteral("--keep"));
    const QString dir = keepAt > 0 ? raw.value(keepAt + 1) : tmp.path();
    QDir().mkpath(dir);

    QString largestDb;
    for (const qint64 rows : sizes) {
        const QString csv = QDir(dir).filePath(QStringLiteral("table-%1.csv").arg(rows));
        const QString db = QDir(dir).filePath(QStringLiteral("table-%1.sqlite").arg(rows));
        QString error;
        if (!QFileInfo::exists(csv) && !TableGenerator::write(csv, rows, &error)) {
            out << error << '\n';
            return 1;
        }
        QVector<double> ours, shell, peaks;
        for (int run = 0; run < runs; ++run) {
            QFile::remove(db);
            QFile::remove(db + QStringLiteral("-wal"));
            QFile::remove(db + QStringLiteral("-shm"));
            const QStringList imported = runSelf({QStringLiteral("--import-only"), db, csv});
            if (imported.value(0) == QLatin1String("error") || imported.size() < 3) {
                out << "import failed: " << imported.join(QLatin1Char(' ')) << '\n';
                return 1;
            }
            ours << imported.value(0).toDouble();
            peaks << imported.value(2).toDouble();
            shell << double(sqliteShellImport(csv, dir));
        }
        const double ms = median(ours);
        const double shellMs = median(shell);
        out << QStringLiteral("import %1 rows (%2 MB CSV), median of %3: %4 s (%5-%6), %7 rows/s, "
                              "peak %8 MB; sqlite3 .import %9 s (%10-%11); ratio %12\n")
                   .arg(rows)
                   .arg(QFileInfo(csv).size() / 1e6, 0, 'f', 1)
                   .arg(runs)
                   .arg(ms / 1000.0, 0, 'f', 2)
                   .arg(*std::min_element(ours.cbegin(), ours.cend()) / 1000.0, 0, 'f', 2)
                   .arg(*std::max_element(ours.cbegin(), ours.cend()) / 1000.0, 0, 'f', 2)
                   .arg(qint64(rows / (ms / 1000.0)))
                   .arg(*std::max_element(peaks.cbegin(), peaks.cend()), 0, 'f', 0)
                   .arg(shellMs / 1000.0, 0, 'f', 2)
                   .arg(*std::min_element(shell.cbegin(), shell.cend()) / 1000.0, 0, 'f', 2)
                   .arg(*std::max_element(shell.cbegin(), shell.cend()) / 1000.0, 0, 'f', 2)
                   .arg(shellMs > 0 ? ms / shellMs : 0.0, 0, 'f', 2);
        out.flush();
        largestDb = db;
    }

    const QStringList view = runSelf({QStringLiteral("--view-only"), largestDb});
    out << QStringLiteral("open %1 rows: first screen %2 ms (bare view), jumps middle/end/start "
                          "%3 ms, main window opened and painted %4 ms; peak memory viewing %5 MB, "
                          "with the main window %6 MB\n")
               .arg(view.value(5), view.value(0), view.value(1), view.value(2))
               .arg(view.value(3).toDouble(), 0, 'f', 0)
               .arg(view.value(4).toDouble(), 0, 'f', 0);

    Database db;
    QString error;
    if (!db.open(largestDb, &error)) {
        out << error << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const auto progress = computeProgress(db, OpeningFilter(), QDate(2022, 6, 30), &error);
    const qint64 progressMs = timer.elapsed();
    const QString exe = QDir(QCoreApplication::applicationDirPath())
                            .filePath(QStringLiteral("../../app/suivi-ouvertures"));
    QProcess stats;
    timer.restart();
    stats.start(exe, {QStringLiteral("stats"), QStringLiteral("--db"), largestDb,
                      QStringLiteral("--as-of"), QStringLiteral("2022-06-30"),
                      QStringLiteral("--json")});
    stats.waitForFinished(-1);
    const qint64 statsMs = timer.elapsed();
    out << QStringLiteral(
               "stats on %1 rows: computeProgress %2 ms; `suivi-ouvertures stats --json` "
               "process %3 ms (exit %4)\n")
               .arg(progress ? progress->total() : -1)
               .arg(progressMs)
               .arg(statsMs)
               .arg(stats.exitCode());
    return 0;
}
