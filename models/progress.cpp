#include "progress.h"

#include "database.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <utility>

namespace {

// Messages of this file, in the "Progress" translation context (found by lupdate).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Progress)
};

// How a status counts; the C++ side splits these further with the quarters.
enum StateClass { Pending = 0, Opened = 1, Abandoned = 2 };

// One class of openings: how many share a ministry, an announced quarter, an
// effective quarter, a state class and whether their quarter moved.
struct Group
{
    qint64 ministryId = 0;
    int announced = -1; // Quarter::key, -1 when unknown
    int effective = -1;
    int state = Pending;
    bool moved = false;
    int count = 0;
};

bool isCancelled(const std::function<bool()> &cancelled)
{
    return cancelled && cancelled();
}

// Each opening is reduced in SQL to one integer packing its class:
//   ministry_id << 35 | announced key << 19 | effective key << 3 | state << 1 | moved
// with 0 for a missing quarter (no valid quarter has key 0) and 16 bits per
// quarter key (any 4-digit year fits). SQLite has no hash aggregation: a
// GROUP BY sorts every row, which measured 2.2-2.7 s on 1M openings, while
// streaming this one column and counting in a hash took 0.44 s. PostgreSQL
// groups by hash, so there the same expression is grouped on the server and
// only the classes cross the network. Standard SQL only, for both backends.
const char *const classSql =
    "SELECT CAST(m AS BIGINT) * 34359738368"
    " + CAST(CASE WHEN aq BETWEEN 0 AND 65535 THEN aq ELSE 0 END AS BIGINT) * 524288"
    " + CASE WHEN eq BETWEEN 0 AND 65535 THEN eq ELSE 0 END * 8 + st * 2 + mv AS k "
    "FROM (SELECT ministry_id AS m, COALESCE(announced_q, 0) AS aq, "
    // Quarter::key() of the ISO yyyy-MM-dd effective date.
    "CASE WHEN effective_date IS NULL OR effective_date = '' THEN 0 "
    "ELSE CAST(substr(effective_date, 1, 4) AS INTEGER) * 4"
    " + (CAST(substr(effective_date, 6, 2) AS INTEGER) - 1) / 3 END AS eq, "
    "CASE WHEN status IN %1 THEN 1 WHEN status = ? THEN 2 ELSE 0 END AS st, "
    "CASE WHEN first_announced_q <> announced_q THEN 1 ELSE 0 END AS mv "
    "FROM openings WHERE %2) sel";

Group decode(qint64 code, int count)
{
    Group g;
    g.moved = code & 1;
    g.state = int((code >> 1) & 3);
    g.effective = int((code >> 3) & 0xffff);
    g.announced = int((code >> 19) & 0xffff);
    g.ministryId = code >> 35;
    g.count = count;
    // Key 0 marks a missing quarter; a malformed stored date gives a key no
    // quarter has: both are undated rather than stretching the quarter axis.
    if (!Quarter::fromKey(g.effective).isValid() || g.effective == 0)
        g.effective = -1;
    if (!Quarter::fromKey(g.announced).isValid() || g.announced == 0)
        g.announced = -1;
    return g;
}

bool fetchGroups(Database &db, const OpeningFilter &filter, QVector<Group> *groups, QString *error,
                 const std::function<bool()> &cancelled)
{
    if (!db.isOpen()) {
        if (error)
            *error = Text::tr("Cannot compute progress: no table is open");
        return false;
    }
    QVariantList binds{Domain::statusCode(Status::Abandoned)};
    const QString condition = filter.sqlCondition(&binds);
    const QString perOpening =
        QString::fromLatin1(classSql).arg(Domain::openedStatusSqlList(), condition);
    const bool groupInDatabase = db.backend() != Database::Backend::SQLite;
    const QString sql =
        groupInDatabase
            ? QStringLiteral("SELECT k, COUNT(*) FROM (%1) cls GROUP BY k").arg(perOpening)
            : perOpening;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        if (error)
            *error = Text::tr("Cannot compute progress: %1").arg(q.lastError().text());
        return false;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = Text::tr("Cannot compute progress: %1").arg(q.lastError().text());
        return false;
    }
    QHash<qint64, int> counts;
    qint64 read = 0;
    while (q.next()) {
        if ((++read & 0xffff) == 0 && isCancelled(cancelled))
            return false;
        counts[q.value(0).toLongLong()] += groupInDatabase ? q.value(1).toInt() : 1;
    }
    if (q.lastError().isValid()) {
        if (error)
            *error = Text::tr("Cannot compute progress: %1").arg(q.lastError().text());
        return false;
    }
    groups->reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        groups->append(decode(it.key(), it.value()));
    return true;
}

QHash<qint64, QString> ministryNames(Database &db, QString *error)
{
    QHash<qint64, QString> names;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM ministries"))) {
        if (error)
            *error = Text::tr("Cannot read the ministries: %1").arg(q.lastError().text());
        return names;
    }
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

// Adds one group to the per-ministry counts, following DESIGN.md.
void count(const Group &g, int referenceKey, ProgressCounts *c, QMap<int, int> *slips)
{
    c->announced += g.count;
    switch (g.state) {
    case Opened:
        c->opened += g.count;
        if (g.effective < 0) {
            c->openedUndated += g.count;
        } else if (g.announced < 0 || g.effective <= g.announced) {
            // Opened with no announced quarter: nothing was promised, so it
            // cannot be late.
            c->onTime += g.count;
        } else {
            c->lateOpened += g.count;
        }
        if (g.effective >= 0 && g.announced >= 0)
            (*slips)[g.effective - g.announced] += g.count;
        break;
    case Abandoned:
        c->abandoned += g.count;
        break;
    default:
        // Rows without an announced quarter count as planned: no deadline has
        // passed for them, and announced must still add up over the states.
        if (g.announced >= 0 && g.announced < referenceKey)
            c->overdue += g.count;
        else
            c->planned += g.count;
        break;
    }
}

} // namespace

std::optional<double> ProgressCounts::onTimeRate() const
{
    const int dated = onTime + lateOpened;
    if (dated == 0)
        return std::nullopt;
    return double(onTime) / dated;
}

ProgressCounts &ProgressCounts::operator+=(const ProgressCounts &o)
{
    announced += o.announced;
    opened += o.opened;
    openedUndated += o.openedUndated;
    onTime += o.onTime;
    lateOpened += o.lateOpened;
    overdue += o.overdue;
    planned += o.planned;
    abandoned += o.abandoned;
    return *this;
}

bool operator==(const ProgressCounts &a, const ProgressCounts &b)
{
    return a.announced == b.announced && a.opened == b.opened &&
           a.openedUndated == b.openedUndated && a.onTime == b.onTime &&
           a.lateOpened == b.lateOpened && a.overdue == b.overdue && a.planned == b.planned &&
           a.abandoned == b.abandoned;
}

std::optional<Progress> computeProgress(Database &db, const OpeningFilter &filter,
                                        const QDate &asOf, QString *error,
                                        const std::function<bool()> &cancelled)
{
    if (error)
        error->clear();
    if (isCancelled(cancelled))
        return std::nullopt;

    Progress p;
    p.asOf = asOf.isValid() ? asOf : filter.referenceDate();
    const int referenceKey = Quarter::fromDate(p.asOf).key();

    QVector<Group> groups;
    if (!fetchGroups(db, filter, &groups, error, cancelled))
        return std::nullopt;
    QString namesError;
    const QHash<qint64, QString> names = ministryNames(db, &namesError);
    if (!namesError.isEmpty()) {
        if (error)
            *error = namesError;
        return std::nullopt;
    }
    if (isCancelled(cancelled))
        return std::nullopt;

    QHash<qint64, ProgressCounts> perMinistry;
    // A ministry asked for by the filter is shown even with nothing selected.
    for (qint64 id : filter.ministryIds)
        if (names.contains(id))
            perMinistry[id];
    std::map<int, std::pair<int, int>> perQuarter; // key -> announced, effective
    std::map<std::pair<qint64, int>, std::pair<int, int>> perMinistryQuarter;
    for (const Group &g : groups) {
        count(g, referenceKey, &perMinistry[g.ministryId], &p.slipHistogram);
        if (g.moved)
            p.moved += g.count;
        if (g.announced >= 0) {
            perQuarter[g.announced].first += g.count;
            perMinistryQuarter[{g.ministryId, g.announced}].first += g.count;
        }
        if (g.effective >= 0) {
            perQuarter[g.effective].second += g.count;
            perMinistryQuarter[{g.ministryId, g.effective}].second += g.count;
        }
    }

    // Ministries in French alphabetical order, whatever the application language,
    // so exports and the command line list them the same way everywhere.
    QCollator collator{QLocale(QLocale::French, QLocale::France)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true); // "Ministère 2" before "Ministère 10"
    for (auto it = perMinistry.cbegin(); it != perMinistry.cend(); ++it) {
        MinistryProgress m;
        m.ministryId = it.key();
        m.ministry = names.value(it.key());
        m.counts = it.value();
        p.totals += m.counts;
        p.byMinistry.append(m);
    }
    std::sort(p.byMinistry.begin(), p.byMinistry.end(),
              [&collator](const MinistryProgress &a, const MinistryProgress &b) {
                  const int c = collator.compare(a.ministry, b.ministry);
                  return c != 0 ? c < 0 : a.ministryId < b.ministryId;
              });

    if (!perQuarter.empty()) {
        const int first = perQuarter.cbegin()->first;
        const int last = perQuarter.crbegin()->first;
        int cumulativeAnnounced = 0;
        int cumulativeEffective = 0;
        for (int key = first; key <= last; ++key) {
            QuarterProgress q;
            q.quarter = Quarter::fromKey(key);
            const auto found = perQuarter.find(key);
            if (found != perQuarter.end()) {
                q.announced = found->second.first;
                q.effective = found->second.second;
            }
            cumulativeAnnounced += q.announced;
            cumulativeEffective += q.effective;
            q.cumulativeAnnounced = cumulativeAnnounced;
            q.cumulativeEffective = cumulativeEffective;
            p.byQuarter.append(q);
        }
    }

    QHash<qint64, int> rank;
    for (int i = 0; i < p.byMinistry.size(); ++i)
        rank.insert(p.byMinistry.at(i).ministryId, i);
    for (const auto &[key, values] : perMinistryQuarter) {
        MinistryQuarterProgress mq;
        mq.ministryId = key.first;
        mq.ministry = names.value(key.first);
        mq.quarter = Quarter::fromKey(key.second);
        mq.announced = values.first;
        mq.effective = values.second;
        p.byMinistryQuarter.append(mq);
    }
    std::stable_sort(p.byMinistryQuarter.begin(), p.byMinistryQuarter.end(),
                     [&rank](const MinistryQuarterProgress &a, const MinistryQuarterProgress &b) {
                         const int ra = rank.value(a.ministryId);
                         const int rb = rank.value(b.ministryId);
                         return ra != rb ? ra < rb : a.quarter < b.quarter;
                     });
    if (isCancelled(cancelled))
        return std::nullopt;
    return p;
}

FilterCounts countOpenings(Database &db, const OpeningFilter &filter, const QDate &asOf,
                           QString *error)
{
    if (error)
        error->clear();
    const QDate reference = asOf.isValid() ? asOf : filter.referenceDate();
    QVariantList binds{Domain::statusCode(Status::Abandoned), Quarter::fromDate(reference).key()};
    const QString condition = filter.sqlCondition(&binds);
    const QString sql =
        QStringLiteral("SELECT COUNT(*), "
                       "COALESCE(SUM(CASE WHEN status IN %1 THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN status NOT IN %1 AND status <> ? "
                       "AND announced_q < ? THEN 1 ELSE 0 END), 0) "
                       "FROM openings WHERE %2")
            .arg(Domain::openedStatusSqlList(), condition);
    FilterCounts counts;
    if (!db.isOpen()) {
        if (error)
            *error = Text::tr("Cannot count the openings: no table is open");
        return counts;
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        if (error)
            *error = Text::tr("Cannot count the openings: %1").arg(q.lastError().text());
        return counts;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = Text::tr("Cannot count the openings: %1").arg(q.lastError().text());
        return counts;
    }
    counts.total = q.value(0).toLongLong();
    counts.opened = q.value(1).toLongLong();
    counts.overdue = q.value(2).toLongLong();
    return counts;
}

QuarterSpan quarterSpan(Database &db, QString *error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT MIN(announced_q), MAX(announced_q), MIN(effective_date), "
                               "MAX(effective_date) FROM openings")) ||
        !q.next()) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    QuarterSpan span;
    auto widen = [&span](const Quarter &q) {
        if (!q.isValid())
            return;
        if (!span.first.isValid() || q < span.first)
            span.first = q;
        if (!span.last.isValid() || q > span.last)
            span.last = q;
    };
    for (int i : {0, 1})
        if (!q.value(i).isNull())
            widen(Quarter::fromKey(q.value(i).toInt()));
    for (int i : {2, 3})
        widen(Quarter::fromDate(QDate::fromString(q.value(i).toString(), Qt::ISODate)));
    return span;
}
