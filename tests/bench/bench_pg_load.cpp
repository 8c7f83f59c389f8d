// Load test of a table shared on PostgreSQL: CLIENTS clients (one per ministry, each
// its own role, thread, connection and Store) make EDITS edits each on their own rows
// at the same time, through the store API (guarded saves, change log, row-level
// security, notifications to every other client). Then, on SHARED rows every client
// may edit (coordinator roles), each client appends its tokens to a comment, saving on
// the version it read and retrying on conflict, as the conflict dialog's "edit" does.
// Afterwards it proves that no edit is missing from the table nor from the change log,
// and that no save overwrote another. Starts nothing itself:
//
//   bench_pg_load URL [--clients 20] [--edits 500] [--rows 5] [--shared 100]
//
// URL names an empty database as a role that may create roles (the cluster's
// superuser), e.g. with the test cluster:
//   tests/pg/pg-cluster.sh start /tmp/pg && bench_pg_load "$(cat /tmp/pg/url)"
//   tests/pg/pg-cluster.sh stop /tmp/pg
// Prints edits per second; exits 1 if any check fails.
#include "database.h"
#include "location.h"
#include "serveradmin.h"
#include "store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

struct Options
{
    QString url;
    int clients = 20;
    int edits = 500;
    int rows = 5;     // own rows per ministry
    int shared = 100; // appends per client on the shared rows (0: no contended phase)
    int sharedRows = 4;
};

struct ClientResult
{
    int saved = 0;
    int conflicts = 0; // met (and retried) on the shared rows
    QString error;
    std::vector<qint64> ownLatenciesUs;
    std::vector<qint64> sharedLatenciesUs;
};

// The points where every client waits for the others, so each phase is timed alone.
struct Barriers
{
    QSemaphore ready;    // clients connected
    QSemaphore go;       // start the own-rows phase
    QSemaphore ownDone;  // a client finished its own rows
    QSemaphore sharedGo; // start the shared-rows phase
};

QString roleName(int client)
{
    return QStringLiteral("bench_amd_%1").arg(client + 1, 2, 10, QLatin1Char('0'));
}

QString ministryName(int client)
{
    return QStringLiteral("Ministère n°%1").arg(client + 1, 2, 10, QLatin1Char('0'));
}

QString locationAs(const QString &url, const QString &role)
{
    QUrl u(url);
    u.setUserName(role);
    u.setPassword(QString());
    return u.toString();
}

bool sql(Database &db, const QString &statement, QString *error)
{
    return db.exec(statement, {}, error);
}

qint64 scalar(Database &db, const QString &statement, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(statement);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        err << "query failed: " << statement << ": " << q.lastError().text() << Qt::endl;
        return -1;
    }
    return q.value(0).toLongLong();
}

// Roles, grants, ministries and their rows, as an administrator sets them up.
bool setUp(const Options &o, QVector<QVector<qint64>> *ownRows, QVector<qint64> *sharedRows)
{
    QString error;
    ServerAdmin::InitReport report;
    if (!ServerAdmin::init(o.url, &report, &error)) {
        err << error << Qt::endl;
        return false;
    }
    Store admin;
    if (!admin.open(o.url, &error)) {
        err << error << Qt::endl;
        return false;
    }
    Database &db = admin.database();
    for (int c = 0; c < o.clients; ++c) {
        const QString role = roleName(c);
        if (scalar(db, QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"), {role}) ==
                0 &&
            !sql(db, QStringLiteral("CREATE ROLE %1 LOGIN").arg(role), &error)) {
            err << "cannot create the role " << role << ": " << error << Qt::endl;
            return false;
        }
        const qint64 ministry = admin.ensureMinistry(ministryName(c), &error);
        bool added = false;
        if (ministry <= 0 || !ServerAdmin::grant(db, role, ministry, &added, &error)) {
            err << error << Qt::endl;
            return false;
        }
        QVector<qint64> ids;
        for (int r = 0; r < o.rows; ++r) {
            Opening opening;
            opening.ministryId = ministry;
            opening.kind = Kind::Dataset;
            opening.title = QStringLiteral("Jeu %1 de %2").arg(r + 1).arg(ministryName(c));
            opening.announced = Quarter(2024, 1 + r % 4);
            const qint64 id = admin.addOpening(opening, &error);
            if (id <= 0) {
                err << error << Qt::endl;
                return false;
            }
            ids << id;
        }
        ownRows->append(ids);
    }
    if (o.shared > 0) {
        const qint64 common = admin.ensureMinistry(QStringLiteral("Interministériel"), &error);
        for (int c = 0; c < o.clients; ++c) {
            bool added = false;
            if (!ServerAdmin::grant(db, roleName(c), common, &added, &error)) {
                err << error << Qt::endl;
                return false;
            }
        }
        for (int r = 0; r < o.sharedRows; ++r) {
            Opening opening;
            opening.ministryId = common;
            opening.title = QStringLiteral("Jeu partagé %1").arg(r + 1);
            sharedRows->append(admin.addOpening(opening, &error));
        }
    }
    return true;
}

// One client: its own connection and Store, in its own thread, processing the other
// clients' notifications between edits as the application's event loop would.
void runClient(const Options &o, int client, const QVector<qint64> &rows,
               const QVector<qint64> &shared, Barriers *barriers, ClientResult *result)
{
    Store store;
    QString error;
    const bool opened = store.open(locationAs(o.url, roleName(client)), &error);
    barriers->ready.release();
    barriers->go.acquire();
    // Whatever happens, the other clients are not kept waiting at the next barrier.
    struct Release
    {
        Barriers *b;
        bool done = false;
        void finish()
        {
            if (!done)
                b->ownDone.release();
            done = true;
        }
        ~Release() { finish(); }
    } ownPhase{barriers};
    if (!opened) {
        result->error = error;
        return;
    }
    result->ownLatenciesUs.reserve(o.edits);
    result->sharedLatenciesUs.reserve(o.shared);
    QHash<qint64, int> versions;
    for (const qint64 id : rows)
        versions.insert(id, store.opening(id)->version);
    QElapsedTimer timer;
    for (int i = 0; i < o.edits; ++i) {
        const qint64 id = rows.at(i % rows.size());
        timer.start();
        const SaveResult saved = store.setFields(
            id, versions.value(id),
            {{Field::Comment, QStringLiteral("c%1 e%2").arg(client + 1).arg(i + 1)},
             {Field::Status, Domain::statusCode(i % 2 ? Status::InProgress : Status::Planned)}});
        result->ownLatenciesUs.push_back(timer.nsecsElapsed() / 1000);
        if (!saved.ok()) {
            result->error =
                saved.isConflict() ? QStringLiteral("conflict on an own row") : saved.error;
            return;
        }
        versions[id] = saved.current->version;
        ++result->saved;
        QCoreApplication::processEvents();
    }
    ownPhase.finish();
    if (o.shared > 0)
        barriers->sharedGo.acquire();
    // Contended: append a token to a shared row's comment, on the version read.
    for (int i = 0; i < o.shared; ++i) {
        const qint64 id = shared.at((client + i) % shared.size());
        const QString token = QStringLiteral(" [c%1 t%2]").arg(client + 1).arg(i + 1);
        timer.start();
        std::optional<Opening> seen = store.opening(id, &error);
        for (int attempt = 0; seen; ++attempt) {
            const SaveResult saved =
                store.setFields(id, seen->version, {{Field::Comment, seen->comment + token}});
            if (saved.ok())
                break;
            if (!saved.isConflict() || attempt > 1000) {
                result->error = saved.error;
                return;
            }
            ++result->conflicts;
            seen = saved.current; // the other client's row: apply the token on it
        }
        result->sharedLatenciesUs.push_back(timer.nsecsElapsed() / 1000);
        ++result->saved;
        QCoreApplication::processEvents();
    }
}

qint64 percentile(std::vector<qint64> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(p * double(values.size()))));
}

// Every edit in the table and the change log, and no save overwrote another.
bool verify(const Options &o, const QVector<QVector<qint64>> &ownRows,
            const QVector<qint64> &sharedRows)
{
    Database db;
    QString error;
    if (!db.open(o.url, &error)) {
        err << error << Qt::endl;
        return false;
    }
    bool ok = true;
    auto check = [&](bool condition, const QString &what) {
        if (!condition) {
            err << "CHECK FAILED: " << what << Qt::endl;
            ok = false;
        }
    };
    for (int c = 0; c < o.clients; ++c) {
        const QString role = roleName(c);
        const qint64 logged =
            scalar(db,
                   QStringLiteral("SELECT COUNT(DISTINCT new_value) FROM changes WHERE who = ? AND "
                                  "field = 'comment' AND new_value LIKE ?"),
                   {role, QStringLiteral("c%1 e%").arg(c + 1)});
        check(logged == o.edits, QStringLiteral("%1: %2 of %3 edits in the change log")
                                     .arg(role)
                                     .arg(logged)
                                     .arg(o.edits));
        for (int r = 0; r < ownRows.at(c).size(); ++r) {
            const qint64 id = ownRows.at(c).at(r);
            const int edits = o.edits / o.rows + (r < o.edits % o.rows ? 1 : 0);
            const int last = r + 1 + (edits - 1) * o.rows;
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("SELECT comment, version FROM openings WHERE id = ?"));
            q.addBindValue(id);
            check(q.exec() && q.next(), QStringLiteral("row %1 is there").arg(id));
            check(q.value(0).toString() == QStringLiteral("c%1 e%2").arg(c + 1).arg(last),
                  QStringLiteral("row %1 holds its last edit").arg(id));
            check(q.value(1).toInt() == 1 + edits,
                  QStringLiteral("row %1 at version %2").arg(id).arg(1 + edits));
        }
    }
    // Each logged change starts from the value the one before it left: nothing overwritten.
    check(scalar(db, QStringLiteral(
                         "SELECT COUNT(*) FROM (SELECT old_value, LAG(new_value) OVER (PARTITION "
                         "BY opening_id ORDER BY id) AS previous FROM changes WHERE field = "
                         "'comment') t WHERE previous IS NOT NULL AND old_value IS DISTINCT FROM "
                         "previous")) == 0,
          QStringLiteral("the comment changes of every row chain up"));
    if (o.shared > 0) {
        QString all;
        for (const qint64 id : sharedRows) {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("SELECT comment, version FROM openings WHERE id = ?"));
            q.addBindValue(id);
            if (q.exec() && q.next())
                all += q.value(0).toString();
        }
        int missing = 0;
        int doubled = 0;
        for (int c = 0; c < o.clients; ++c) {
            for (int i = 0; i < o.shared; ++i) {
                const int n = int(all.count(QStringLiteral(" [c%1 t%2]").arg(c + 1).arg(i + 1)));
                missing += n == 0 ? 1 : 0;
                doubled += n > 1 ? 1 : 0;
            }
        }
        check(missing == 0 && doubled == 0,
              QStringLiteral("shared rows hold every append once (%1 missing, %2 twice)")
                  .arg(missing)
                  .arg(doubled));
        check(scalar(db, QStringLiteral("SELECT SUM(version - 1) FROM openings WHERE id = ANY(?)"),
                     {QStringLiteral("{%1}").arg([&] {
                         QStringList ids;
                         for (const qint64 id : sharedRows)
                             ids << QString::number(id);
                         return ids.join(QLatin1Char(','));
                     }())}) == qint64(o.clients) * o.shared,
              QStringLiteral("shared rows' versions count every append"));
    }
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Options o;
    QStringList args = app.arguments().mid(1);
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        auto number = [&](int *value) { *value = args.isEmpty() ? 0 : args.takeFirst().toInt(); };
        if (arg == QLatin1String("--clients"))
            number(&o.clients);
        else if (arg == QLatin1String("--edits"))
            number(&o.edits);
        else if (arg == QLatin1String("--rows"))
            number(&o.rows);
        else if (arg == QLatin1String("--shared"))
            number(&o.shared);
        else
            o.url = arg;
    }
    if (!Location::isServer(o.url) || o.clients < 1 || o.edits < 1 || o.rows < 1) {
        err << "usage: bench_pg_load postgresql://superuser@host:port/empty_database "
               "[--clients 20] [--edits 500] [--rows 5] [--shared 100]"
            << Qt::endl;
        return 2;
    }

    QVector<QVector<qint64>> ownRows;
    QVector<qint64> sharedRows;
    if (!setUp(o, &ownRows, &sharedRows))
        return 1;

    std::vector<ClientResult> results(size_t(o.clients));
    Barriers barriers;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int c = 0; c < o.clients; ++c) {
        threads.emplace_back(QThread::create(runClient, std::cref(o), c, ownRows.at(c),
                                             std::cref(sharedRows), &barriers,
                                             &results[size_t(c)]));
        threads.back()->start();
    }
    barriers.ready.acquire(o.clients); // every client connected: start together
    QElapsedTimer wall;
    wall.start();
    barriers.go.release(o.clients);
    barriers.ownDone.acquire(o.clients);
    const double ownSeconds = double(wall.nsecsElapsed()) / 1e9;
    wall.restart();
    barriers.sharedGo.release(o.clients);
    for (auto &thread : threads)
        thread->wait();
    const double sharedSeconds = double(wall.nsecsElapsed()) / 1e9;

    int conflicts = 0;
    std::vector<qint64> own, contended;
    for (const ClientResult &r : results) {
        if (!r.error.isEmpty()) {
            err << "client failed: " << r.error << Qt::endl;
            return 1;
        }
        conflicts += r.conflicts;
        own.insert(own.end(), r.ownLatenciesUs.begin(), r.ownLatenciesUs.end());
        contended.insert(contended.end(), r.sharedLatenciesUs.begin(), r.sharedLatenciesUs.end());
    }
    auto report = [](const QString &what, size_t saves, double seconds,
                     const std::vector<qint64> &latencies) {
        out << QStringLiteral("%1: %2 saves in %3 s = %4 edits/s; latency p50 %5 ms, p95 %6 ms, "
                              "max %7 ms")
                   .arg(what)
                   .arg(saves)
                   .arg(seconds, 0, 'f', 2)
                   .arg(double(saves) / seconds, 0, 'f', 0)
                   .arg(double(percentile(latencies, 0.5)) / 1000, 0, 'f', 1)
                   .arg(double(percentile(latencies, 0.95)) / 1000, 0, 'f', 1)
                   .arg(double(percentile(latencies, 1.0)) / 1000, 0, 'f', 1)
            << Qt::endl;
    };
    report(QStringLiteral("%1 clients x %2 edits of their own rows").arg(o.clients).arg(o.edits),
           own.size(), ownSeconds, own);
    if (o.shared > 0) {
        report(QStringLiteral("%1 clients x %2 appends on %3 shared rows")
                   .arg(o.clients)
                   .arg(o.shared)
                   .arg(sharedRows.size()),
               contended.size(), sharedSeconds, contended);
        out << QStringLiteral("  %1 conflicts met on the shared rows, each retried on the other "
                              "client's version")
                   .arg(conflicts)
            << Qt::endl;
    }
    if (!verify(o, ownRows, sharedRows))
        return 1;
    out << "verified: every edit is in the table and the change log, none overwritten" << Qt::endl;
    return 0;
}
