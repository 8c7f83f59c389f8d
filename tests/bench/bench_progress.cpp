// Times the progress computation and the status bar counts on a generated
// table: bench_progress [ROWS (default 1000000)] [TABLE.sqlite]
// Rows are written straight in SQL (not through the importer) so the figure
// measured is the computation alone. Prints milliseconds; run by hand.
#include "database.h"
#include "progress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

// 30 ministries, quarters 2020-Q1..2024-Q1, every status, two thirds of the
// opened items dated, a third of the items moved: a spread like the real table's.
bool fill(Database &db, qint64 rows, QString *error)
{
    if (!db.transaction())
        return false;
    bool ok = db.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                     "FROM n WHERE i < 30) INSERT INTO ministries(id, name) "
                                     "SELECT i, 'Ministère ' || i FROM n"),
                      {}, error);
    ok = ok &&
         db.exec(QStringLiteral(
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                     "INSERT INTO openings(ministry_id, kind, title, announced_q, "
                     "first_announced_q, effective_date, status, search_key, updated_at) "
                     "SELECT 1 + i % 30, CASE i % 3 WHEN 0 THEN 'dataset' WHEN 1 THEN 'api' "
                     "ELSE 'source_code' END, 'Jeu ' || i, 8080 + i % 17, 8080 + i % 17 - i % 3, "
                     "CASE WHEN i % 6 < 2 AND i % 5 <> 0 THEN date('2020-01-01', '+' || (i * 7 "
                     "% 1500) || ' days') END, CASE i % 6 WHEN 0 THEN 'available' WHEN 1 THEN "
                     "'update_required' WHEN 2 THEN 'in_progress' WHEN 3 THEN 'planned' WHEN 4 "
                     "THEN 'not_available' ELSE 'abandoned' END, 'jeu ' || i, "
                     "'2022-01-01T00:00:00.000Z' FROM n"),
                 {rows}, error);
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit(error);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const qint64 rows = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString path =
        args.size() > 2 ? args.at(2) : dir.filePath(QStringLiteral("bench.sqlite"));

    Database db;
    QString error;
    if (!db.open(path, &error)) {
        err << error << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!fill(db, rows, &error)) {
        err << path << ": " << error << '\n';
        return 1;
    }
    out << "table of " << rows << " openings written in " << timer.elapsed() << " ms\n";

    const QDate asOf(2022, 6, 30);
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        const std::optional<Progress> p = computeProgress(db, OpeningFilter(), asOf, &error);
        if (!p) {
            err << error << '\n';
            return 1;
        }
        const qint64 progressMs = timer.elapsed();
        OpeningFilter apis;
        apis.kinds = {Kind::Api};
        timer.restart();
        const std::optional<Progress> filtered = computeProgress(db, apis, asOf, &error);
        const qint64 filteredMs = timer.elapsed();
        timer.restart();
        const FilterCounts counts = countOpenings(db, OpeningFilter(), asOf, &error);
        out << "progress " << progressMs << " ms (total " << p->total() << ", "
            << p->byQuarter.size() << " quarters), APIs only " << filteredMs << " ms (total "
            << (filtered ? filtered->total() : -1) << "), counts " << timer.elapsed()
            << " ms (overdue " << counts.overdue << ")\n";
    }
    return 0;
}
