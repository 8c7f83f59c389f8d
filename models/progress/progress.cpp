#include "progress.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <map>
#include <utility>

namespace {

bool isCancelled(const ProgressCallback &progress)
{
    return !keepGoing(progress, 0, 0);
}

// Adds one group to the per-ministry counts, following the rules of progress.
void count(const ProgressGroup &g, int referenceKey, ProgressCounts *c, QMap<int, int> *slips)
{
    c->announced += g.count;
    switch (g.state) {
    case Rules::State::Opened:
        c->opened += g.count;
        switch (Rules::timing(g.announced, g.effective)) {
        case Rules::Timing::Undated:
            c->openedUndated += g.count;
            break;
        case Rules::Timing::OnTime:
            c->onTime += g.count;
            break;
        case Rules::Timing::Late:
            c->lateOpened += g.count;
            break;
        }
        if (g.effective >= 0 && g.announced >= 0)
            (*slips)[g.effective - g.announced] += g.count;
        break;
    case Rules::State::Abandoned:
        c->abandoned += g.count;
        break;
    case Rules::State::Pending:
        if (Rules::isOverdue(g.state, g.announced, referenceKey))
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

namespace {

// The groups summed per ministry, per quarter and per ministry and quarter,
// before they are ordered for display.
struct Tally
{
    QHash<qint64, ProgressCounts> perMinistry;
    std::map<int, std::pair<int, int>> perQuarter; // key -> announced, effective
    std::map<std::pair<qint64, int>, std::pair<int, int>> perMinistryQuarter;

    void add(const ProgressGroup &g, int referenceKey, Progress *p)
    {
        count(g, referenceKey, &perMinistry[g.ministryId], &p->slipHistogram);
        if (g.moved)
            p->moved += g.count;
        if (g.announced >= 0) {
            perQuarter[g.announced].first += g.count;
            perMinistryQuarter[{g.ministryId, g.announced}].first += g.count;
        }
        if (g.effective >= 0) {
            perQuarter[g.effective].second += g.count;
            perMinistryQuarter[{g.ministryId, g.effective}].second += g.count;
        }
    }
};

// Ministries in French alphabetical order, whatever the application language,
// so exports and the command line list them the same way everywhere.
void listMinistries(const Tally &tally, const QHash<qint64, QString> &names, Progress *p)
{
    QCollator collator{QLocale(QLocale::French, QLocale::France)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true); // "Ministère 2" before "Ministère 10"
    for (auto it = tally.perMinistry.cbegin(); it != tally.perMinistry.cend(); ++it) {
        MinistryProgress m;
        m.ministryId = it.key();
        m.ministry = names.value(it.key());
        m.counts = it.value();
        p->totals += m.counts;
        p->byMinistry.append(m);
    }
    std::sort(p->byMinistry.begin(), p->byMinistry.end(),
              [&collator](const MinistryProgress &a, const MinistryProgress &b) {
                  const int c = collator.compare(a.ministry, b.ministry);
                  return c != 0 ? c < 0 : a.ministryId < b.ministryId;
              });
}

// Every quarter from the first to the last of the selection, gaps included.
void listQuarters(const Tally &tally, Progress *p)
{
    if (tally.perQuarter.empty())
        return;
    const int first = tally.perQuarter.cbegin()->first;
    const int last = tally.perQuarter.crbegin()->first;
    int cumulativeAnnounced = 0;
    int cumulativeEffective = 0;
    for (int key = first; key <= last; ++key) {
        QuarterProgress q;
        q.quarter = Quarter::fromKey(key);
        const auto found = tally.perQuarter.find(key);
        if (found != tally.perQuarter.end()) {
            q.announced = found->second.first;
            q.effective = found->second.second;
        }
        cumulativeAnnounced += q.announced;
        cumulativeEffective += q.effective;
        q.cumulativeAnnounced = cumulativeAnnounced;
        q.cumulativeEffective = cumulativeEffective;
        p->byQuarter.append(q);
    }
}

// In the order of p->byMinistry (listed first), then by quarter.
void listMinistryQuarters(const Tally &tally, const QHash<qint64, QString> &names, Progress *p)
{
    QHash<qint64, int> rank;
    for (int i = 0; i < p->byMinistry.size(); ++i)
        rank.insert(p->byMinistry.at(i).ministryId, i);
    for (const auto &[key, values] : tally.perMinistryQuarter) {
        MinistryQuarterProgress mq;
        mq.ministryId = key.first;
        mq.ministry = names.value(key.first);
        mq.quarter = Quarter::fromKey(key.second);
        mq.announced = values.first;
        mq.effective = values.second;
        p->byMinistryQuarter.append(mq);
    }
    std::stable_sort(p->byMinistryQuarter.begin(), p->byMinistryQuarter.end(),
                     [&rank](const MinistryQuarterProgress &a, const MinistryQuarterProgress &b) {
                         const int ra = rank.value(a.ministryId);
                         const int rb = rank.value(b.ministryId);
                         return ra != rb ? ra < rb : a.quarter < b.quarter;
                     });
}

} // namespace

std::optional<Progress> computeProgress(Database &db, const OpeningFilter &filter,
                                        const QDate &asOf, QString *error,
                                        const ProgressCallback &progress)
{
    if (error)
        error->clear();
    if (isCancelled(progress))
        return std::nullopt;

    Progress p;
    p.asOf = asOf.isValid() ? asOf : filter.referenceDate();
    const int referenceKey = Quarter::fromDate(p.asOf).key();

    QVector<ProgressGroup> groups;
    if (!ProgressQueries::groups(db, filter, &groups, error, progress))
        return std::nullopt;
    QString namesError;
    const QHash<qint64, QString> names = ProgressQueries::ministryNames(db, &namesError);
    if (!namesError.isEmpty()) {
        if (error)
            *error = namesError;
        return std::nullopt;
    }
    if (isCancelled(progress))
        return std::nullopt;

    Tally tally;
    // A ministry asked for by the filter is shown even with nothing selected.
    for (qint64 id : filter.ministryIds)
        if (names.contains(id))
            tally.perMinistry[id];
    for (const ProgressGroup &g : groups)
        tally.add(g, referenceKey, &p);
    listMinistries(tally, names, &p);
    listQuarters(tally, &p);
    listMinistryQuarters(tally, names, &p);
    if (isCancelled(progress))
        return std::nullopt;
    return p;
}
