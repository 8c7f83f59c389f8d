#include "progress.h"
#include "statsjson.h"
#include "store.h"
#include "testopenings.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

// The one progress computation, on a small table whose every figure is
// counted by hand below (reference date 2022-06-30, reference quarter 2022-Q2).
//
//  #  ministry   kind  announced (first)  effective   status           class on 2022-06-30
//  1  Culture    data  2021-Q3            2021-08-15  available        on time (slip 0)
//  2  Culture    api   2021-Q4 (2021-Q3)  2022-02-10  available        late (slip 1), moved
//  3  Culture    code  2022-Q1                        planned          overdue
//  4  Culture    data  2022-Q2                        in_progress      planned
//  5  Économie   data  2021-Q2                        available        opened undated
//  6  Économie   api   2021-Q3            2021-07-01  update_required  on time (slip 0)
//  7  Économie   data  2021-Q4                        abandoned        abandoned
//  8  Économie   data  2023-Q1 (2022-Q1)              not_available    planned, moved
//  9  Intérieur  api   2021-Q3                        not_available    overdue
// 10  Intérieur  api   2021-Q3            2022-05-20  available        late (slip 3)
// 11  Intérieur  data  2022-Q3                        planned          planned
// 12  Intérieur  code  2022-Q1            2021-11-05  available        on time (slip -1)
// 13  Intérieur  data  (none)                         planned          planned (no deadline)
class TestProgress : public QObject, public TestSupport::StoreFixture
{
    Q_OBJECT

private:
    qint64 m_culture = 0;
    qint64 m_economy = 0;
    qint64 m_interior = 0;
    const QDate m_asOf{2022, 6, 30};

    static void add(Store &store, qint64 ministry, Kind kind, const QString &title,
                    Quarter announced, const QDate &effective, Status status, Quarter first = {})
    {
        QString error;
        QVERIFY2(store.addOpening(TestOpenings::make(ministry, title)
                                      .kind(kind)
                                      .announced(announced)
                                      .firstAnnounced(first)
                                      .effective(effective)
                                      .status(status),
                                  &error) > 0,
                 qPrintable(error));
    }

    // Writes the table of the header comment into an open, empty store.
    void fill(Store &store)
    {
        QString error;
        // Created out of order: the result must follow French collation
        // (Culture, Économie, Intérieur), not creation order nor code points.
        m_interior = store.ensureMinistry(QStringLiteral("Intérieur"), &error);
        m_economy = store.ensureMinistry(QStringLiteral("Économie"), &error);
        m_culture = store.ensureMinistry(QStringLiteral("Culture"), &error);
        QVERIFY2(m_interior > 0 && m_economy > 0 && m_culture > 0, qPrintable(error));

        const Kind data = Kind::Dataset;
        const Kind api = Kind::Api;
        const Kind code = Kind::SourceCode;
        add(store, m_culture, data, QStringLiteral("Base Mérimée"), Quarter(2021, 3), {2021, 8, 15},
            Status::Available);
        add(store, m_culture, api, QStringLiteral("API Joconde"), Quarter(2021, 4), {2022, 2, 10},
            Status::Available, Quarter(2021, 3));
        add(store, m_culture, code, QStringLiteral("Code des archives"), Quarter(2022, 1), {},
            Status::Planned);
        add(store, m_culture, data, QStringLiteral("Musées de France"), Quarter(2022, 2), {},
            Status::InProgress);
        add(store, m_economy, data, QStringLiteral("Comptes publics"), Quarter(2021, 2), {},
            Status::Available);
        add(store, m_economy, api, QStringLiteral("API Entreprise"), Quarter(2021, 3), {2021, 7, 1},
            Status::UpdateRequired);
        add(store, m_economy, data, QStringLiteral("Subventions"), Quarter(2021, 4), {},
            Status::Abandoned);
        add(store, m_economy, data, QStringLiteral("Marchés publics"), Quarter(2023, 1), {},
            Status::NotAvailable, Quarter(2022, 1));
        add(store, m_interior, api, QStringLiteral("API Droit à conduire"), Quarter(2021, 3), {},
            Status::NotAvailable);
        add(store, m_interior, api, QStringLiteral("API HistoVec"), Quarter(2021, 3), {2022, 5, 20},
            Status::Available);
        add(store, m_interior, data, QStringLiteral("Résultats électoraux"), Quarter(2022, 3), {},
            Status::Planned);
        add(store, m_interior, code, QStringLiteral("Code des élections"), Quarter(2022, 1),
            {2021, 11, 5}, Status::Available);
        add(store, m_interior, data, QStringLiteral("Sans échéance"), Quarter(), {},
            Status::Planned);
    }

    Progress compute(const OpeningFilter &filter, const QDate &asOf)
    {
        QString error;
        const std::optional<Progress> p =
            computeProgress(m_store->database(), filter, asOf, &error);
        if (!p)
            qFatal("computeProgress: %s", qPrintable(error));
        return *p;
    }

    static ProgressCounts counts(int announced, int opened, int undated, int onTime, int late,
                                 int overdue, int planned, int abandoned)
    {
        ProgressCounts c;
        c.announced = announced;
        c.opened = opened;
        c.openedUndated = undated;
        c.onTime = onTime;
        c.lateOpened = late;
        c.overdue = overdue;
        c.planned = planned;
        c.abandoned = abandoned;
        return c;
    }

    static QString describe(const ProgressCounts &c)
    {
        return QStringLiteral("announced %1 opened %2 undated %3 on_time %4 late %5 overdue %6 "
                              "planned %7 abandoned %8")
            .arg(c.announced)
            .arg(c.opened)
            .arg(c.openedUndated)
            .arg(c.onTime)
            .arg(c.lateOpened)
            .arg(c.overdue)
            .arg(c.planned)
            .arg(c.abandoned);
    }

    static void compareCounts(const ProgressCounts &actual, const ProgressCounts &expected)
    {
        QCOMPARE(describe(actual), describe(expected));
    }

    static QString quarterRow(const QuarterProgress &q)
    {
        return QStringLiteral("%1 %2 %3 %4 %5")
            .arg(q.quarter.machineForm())
            .arg(q.announced)
            .arg(q.effective)
            .arg(q.cumulativeAnnounced)
            .arg(q.cumulativeEffective);
    }

    static QStringList quarterRows(const Progress &p)
    {
        QStringList rows;
        for (const QuarterProgress &q : p.byQuarter)
            rows << quarterRow(q);
        return rows;
    }

private slots:
    void init()
    {
        TestSupport::failOnWarnings();
        newTable();
        openStore();
        if (QTest::currentTestFailed())
            return;
        fill(*m_store);
    }

    void cleanup() { tearDown(); }

    void byMinistry()
    {
        const Progress p = compute(OpeningFilter(), m_asOf);
        QCOMPARE(p.asOf, m_asOf);
        QCOMPARE(p.total(), 13);
        QCOMPARE(p.byMinistry.size(), 3);
        QCOMPARE(p.byMinistry.at(0).ministry, QStringLiteral("Culture"));
        QCOMPARE(p.byMinistry.at(0).ministryId, m_culture);
        QCOMPARE(p.byMinistry.at(1).ministry, QStringLiteral("Économie"));
        QCOMPARE(p.byMinistry.at(2).ministry, QStringLiteral("Intérieur"));
        compareCounts(p.byMinistry.at(0).counts, counts(4, 2, 0, 1, 1, 1, 1, 0));
        compareCounts(p.byMinistry.at(1).counts, counts(4, 2, 1, 1, 0, 0, 1, 1));
        compareCounts(p.byMinistry.at(2).counts, counts(5, 2, 0, 1, 1, 1, 2, 0));
        compareCounts(p.totals, counts(13, 6, 1, 3, 2, 2, 4, 1));
    }

    void movedAndSlips()
    {
        const Progress p = compute(OpeningFilter(), m_asOf);
        QCOMPARE(p.moved, 2);
        const QMap<int, int> slips{{-1, 1}, {0, 2}, {1, 1}, {3, 1}};
        QCOMPARE(p.slipHistogram, slips);
    }

    void byQuarterFillsGaps()
    {
        const Progress p = compute(OpeningFilter(), m_asOf);
        // quarter announced effective cumulative_announced cumulative_effective;
        // 2022-Q4 has nothing and is still listed.
        const QStringList expected{
            QStringLiteral("2021-Q2 1 0 1 0"),  QStringLiteral("2021-Q3 4 2 5 2"),
            QStringLiteral("2021-Q4 2 1 7 3"),  QStringLiteral("2022-Q1 2 1 9 4"),
            QStringLiteral("2022-Q2 1 1 10 5"), QStringLiteral("2022-Q3 1 0 11 5"),
            QStringLiteral("2022-Q4 0 0 11 5"), QStringLiteral("2023-Q1 1 0 12 5"),
        };
        QCOMPARE(quarterRows(p), expected);
    }

    void byQuarterSpansEffectiveQuarters()
    {
        // APIs of the Interior: both announced 2021-Q3, one opened in 2022-Q2,
        // so the axis runs past the last announced quarter.
        OpeningFilter f;
        f.ministryIds = {m_interior};
        f.kinds = {Kind::Api};
        const Progress p = compute(f, m_asOf);
        const QStringList expected{
            QStringLiteral("2021-Q3 2 0 2 0"), QStringLiteral("2021-Q4 0 0 2 0"),
            QStringLiteral("2022-Q1 0 0 2 0"), QStringLiteral("2022-Q2 0 1 2 1")};
        QCOMPARE(quarterRows(p), expected);
    }

    void byMinistryQuarter()
    {
        const Progress p = compute(OpeningFilter(), m_asOf);
        QStringList rows;
        for (const MinistryQuarterProgress &mq : p.byMinistryQuarter)
            rows << QStringLiteral("%1 %2 %3 %4")
                        .arg(mq.ministry, mq.quarter.machineForm())
                        .arg(mq.announced)
                        .arg(mq.effective);
        const QStringList expected{
            QStringLiteral("Culture 2021-Q3 1 1"),   QStringLiteral("Culture 2021-Q4 1 0"),
            QStringLiteral("Culture 2022-Q1 1 1"),   QStringLiteral("Culture 2022-Q2 1 0"),
            QStringLiteral("Économie 2021-Q2 1 0"),  QStringLiteral("Économie 2021-Q3 1 1"),
            QStringLiteral("Économie 2021-Q4 1 0"),  QStringLiteral("Économie 2023-Q1 1 0"),
            QStringLiteral("Intérieur 2021-Q3 2 0"), QStringLiteral("Intérieur 2021-Q4 0 1"),
            QStringLiteral("Intérieur 2022-Q1 1 0"), QStringLiteral("Intérieur 2022-Q2 0 1"),
            QStringLiteral("Intérieur 2022-Q3 1 0"),
        };
        QCOMPARE(rows, expected);
    }

    void filterOnMinistry()
    {
        OpeningFilter f;
        f.ministryIds = {m_economy};
        const Progress p = compute(f, m_asOf);
        QCOMPARE(p.byMinistry.size(), 1);
        QCOMPARE(p.byMinistry.at(0).ministry, QStringLiteral("Économie"));
        compareCounts(p.totals, counts(4, 2, 1, 1, 0, 0, 1, 1));
        QCOMPARE(p.moved, 1);
        QCOMPARE(p.byQuarter.constFirst().quarter, Quarter(2021, 2));
        QCOMPARE(p.byQuarter.constLast().quarter, Quarter(2023, 1));
        QCOMPARE(p.byQuarter.size(), 8);
    }

    void filteredMinistryWithNothingStillListed()
    {
        OpeningFilter f;
        f.ministryIds = {m_economy};
        f.kinds = {Kind::SourceCode};
        const Progress p = compute(f, m_asOf);
        QCOMPARE(p.total(), 0);
        QCOMPARE(p.byMinistry.size(), 1);
        compareCounts(p.byMinistry.at(0).counts, ProgressCounts());
        QVERIFY(p.byQuarter.isEmpty());
        QVERIFY(p.byMinistryQuarter.isEmpty());
        QVERIFY(p.slipHistogram.isEmpty());
    }

    void filterOnKind()
    {
        OpeningFilter f;
        f.kinds = {Kind::Api};
        const Progress p = compute(f, m_asOf);
        QCOMPARE(p.byMinistry.size(), 3);
        compareCounts(p.byMinistry.at(0).counts, counts(1, 1, 0, 0, 1, 0, 0, 0));
        compareCounts(p.byMinistry.at(1).counts, counts(1, 1, 0, 1, 0, 0, 0, 0));
        compareCounts(p.byMinistry.at(2).counts, counts(2, 1, 0, 0, 1, 1, 0, 0));
        compareCounts(p.totals, counts(4, 3, 0, 1, 2, 1, 0, 0));
    }

    void filterOnQuarterRange()
    {
        // 2021-Q4..2022-Q1: openings 2, 3, 7 and 12; 13 (no quarter) is outside any range.
        OpeningFilter f;
        f.from = Quarter(2021, 4);
        f.to = Quarter(2022, 1);
        const Progress p = compute(f, m_asOf);
        compareCounts(p.totals, counts(4, 2, 0, 1, 1, 1, 0, 1));
        // Effective quarters still widen the axis: 12 opened in 2021-Q4, 2 in 2022-Q1.
        const QStringList expected{QStringLiteral("2021-Q4 2 1 2 1"),
                                   QStringLiteral("2022-Q1 2 1 4 2")};
        QCOMPARE(quarterRows(p), expected);
    }

    void filterOnText()
    {
        OpeningFilter f;
        f.text = QStringLiteral("DROIT A CONDUIRE"); // case and accents ignored
        const Progress p = compute(f, m_asOf);
        QCOMPARE(p.byMinistry.size(), 1);
        QCOMPARE(p.byMinistry.at(0).ministry, QStringLiteral("Intérieur"));
        compareCounts(p.totals, counts(1, 0, 0, 0, 0, 1, 0, 0));
    }

    void referenceDateMovesOverdueAndPlanned()
    {
        // End of 2021: only opening 9 (2021-Q3) is past its quarter.
        compareCounts(compute(OpeningFilter(), QDate(2021, 12, 31)).totals,
                      counts(13, 6, 1, 3, 2, 1, 5, 1));
        // The first day of a quarter already belongs to it: 2022-Q1 is not yet past.
        compareCounts(compute(OpeningFilter(), QDate(2022, 1, 1)).totals,
                      counts(13, 6, 1, 3, 2, 1, 5, 1));
        compareCounts(compute(OpeningFilter(), QDate(2022, 4, 1)).totals,
                      counts(13, 6, 1, 3, 2, 2, 4, 1));
        // Mid-2023: everything announced is past; 13 has no deadline and stays planned.
        compareCounts(compute(OpeningFilter(), QDate(2023, 6, 30)).totals,
                      counts(13, 6, 1, 3, 2, 5, 1, 1));
        // No date given: the filter's reference date.
        OpeningFilter f;
        f.reference = QDate(2021, 12, 31);
        const Progress p = compute(f, QDate());
        QCOMPARE(p.asOf, QDate(2021, 12, 31));
        QCOMPARE(p.totals.overdue, 1);
    }

    void onlyOverdueFilterAgrees()
    {
        OpeningFilter f;
        f.onlyOverdue = true;
        f.reference = m_asOf;
        const Progress p = compute(f, m_asOf);
        compareCounts(p.totals, counts(2, 0, 0, 0, 0, 2, 0, 0));
    }

    // The dashboard's bar segments select exactly what they count.
    void timingAndEffectiveQuarterFiltersAgree()
    {
        OpeningFilter f;
        f.timing = OpeningFilter::Timing::OnTime;
        compareCounts(compute(f, m_asOf).totals, counts(3, 3, 0, 3, 0, 0, 0, 0));
        f.timing = OpeningFilter::Timing::Late;
        compareCounts(compute(f, m_asOf).totals, counts(2, 2, 0, 0, 2, 0, 0, 0));
        f.timing = OpeningFilter::Timing::Undated;
        compareCounts(compute(f, m_asOf).totals, counts(1, 1, 1, 0, 0, 0, 0, 0));
        f.timing = OpeningFilter::Timing::Late;
        f.ministryIds = {m_culture};
        compareCounts(compute(f, m_asOf).totals, counts(1, 1, 0, 0, 1, 0, 0, 0));

        const Progress all = compute(OpeningFilter(), m_asOf);
        int dated = 0;
        for (const QuarterProgress &q : all.byQuarter) {
            OpeningFilter in;
            in.effectiveIn = q.quarter;
            const Progress p = compute(in, m_asOf);
            QVERIFY2(p.total() == q.effective, qPrintable(q.quarter.machineForm()));
            for (const QuarterProgress &other : p.byQuarter)
                if (other.quarter != q.quarter)
                    QCOMPARE(other.effective, 0);
            dated += q.effective;
        }
        QCOMPARE(dated, 5);
    }

    void countsForTheStatusBar()
    {
        QString error = QStringLiteral("stale");
        FilterCounts c = countOpenings(m_store->database(), OpeningFilter(), m_asOf, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(c.total, 13);
        QCOMPARE(c.opened, 6);
        QCOMPARE(c.overdue, 2);

        OpeningFilter f;
        f.kinds = {Kind::Api};
        c = countOpenings(m_store->database(), f, QDate(2023, 6, 30), &error);
        QCOMPARE(c.total, 4);
        QCOMPARE(c.opened, 3);
        QCOMPARE(c.overdue, 1);

        f.kinds = {Kind::SourceCode};
        f.ministryIds = {m_economy};
        c = countOpenings(m_store->database(), f, m_asOf, &error);
        QCOMPARE(c.total, 0);
        QCOMPARE(c.opened, 0);
        QCOMPARE(c.overdue, 0);
    }

    void cancelled()
    {
        QString error;
        const std::optional<Progress> p =
            computeProgress(m_store->database(), OpeningFilter(), m_asOf, &error,
                            [](qint64, qint64) { return false; });
        QVERIFY(!p);
        QVERIFY(error.isEmpty());
    }

    void closedDatabaseIsAnError()
    {
        Database closed;
        QString error;
        QVERIFY(!computeProgress(closed, OpeningFilter(), m_asOf, &error));
        QVERIFY(!error.isEmpty());
        countOpenings(closed, OpeningFilter(), m_asOf, &error);
        QVERIFY(!error.isEmpty());
    }

    void jsonShape()
    {
        OpeningFilter f;
        f.ministryIds = {m_culture};
        const Progress p = compute(f, m_asOf);
        const QJsonDocument doc = StatsJson::toJson(p);
        QVERIFY(doc.isObject());
        const QJsonObject root = doc.object();
        QCOMPARE(root.keys(), (QStringList{QStringLiteral("as_of"), QStringLiteral("by_ministry"),
                                           QStringLiteral("by_ministry_quarter"),
                                           QStringLiteral("by_quarter"), QStringLiteral("total")}));
        QCOMPARE(root.value(QStringLiteral("as_of")).toString(), QStringLiteral("2022-06-30"));
        QCOMPARE(root.value(QStringLiteral("total")).toInt(), 4);

        const QJsonArray ministries = root.value(QStringLiteral("by_ministry")).toArray();
        QCOMPARE(ministries.size(), 1);
        const QJsonObject culture{{QStringLiteral("ministry"), QStringLiteral("Culture")},
                                  {QStringLiteral("announced"), 4},
                                  {QStringLiteral("opened"), 2},
                                  {QStringLiteral("opened_undated"), 0},
                                  {QStringLiteral("on_time"), 1},
                                  {QStringLiteral("late_opened"), 1},
                                  {QStringLiteral("overdue"), 1},
                                  {QStringLiteral("planned"), 1},
                                  {QStringLiteral("abandoned"), 0}};
        QCOMPARE(ministries.at(0).toObject(), culture);

        const QJsonArray quarters = root.value(QStringLiteral("by_quarter")).toArray();
        QCOMPARE(quarters.size(), 4);
        const QJsonObject first{{QStringLiteral("quarter"), QStringLiteral("2021-Q3")},
                                {QStringLiteral("announced"), 1},
                                {QStringLiteral("effective"), 1},
                                {QStringLiteral("cumulative_announced"), 1},
                                {QStringLiteral("cumulative_effective"), 1}};
        QCOMPARE(quarters.at(0).toObject(), first);

        const QJsonArray pairs = root.value(QStringLiteral("by_ministry_quarter")).toArray();
        QCOMPARE(pairs.size(), 4);
        const QJsonObject pair{{QStringLiteral("ministry"), QStringLiteral("Culture")},
                               {QStringLiteral("quarter"), QStringLiteral("2022-Q1")},
                               {QStringLiteral("announced"), 1},
                               {QStringLiteral("effective"), 1}};
        QCOMPARE(pairs.at(2).toObject(), pair);
    }

    void jsonTextKeepsKeyOrder()
    {
        const Progress p = compute(OpeningFilter(), m_asOf);
        const QByteArray text = StatsJson::toText(p);
        QJsonParseError parseError;
        const QJsonDocument parsed = QJsonDocument::fromJson(text, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(parsed, StatsJson::toJson(p));
        QVERIFY(text.startsWith("{\n  \"as_of\": \"2022-06-30\",\n  \"total\": 13,\n"));
        QVERIFY(text.contains("{\"ministry\": \"Économie\", \"announced\": 4, \"opened\": 2, "
                              "\"opened_undated\": 1, \"on_time\": 1, \"late_opened\": 0, "
                              "\"overdue\": 0, \"planned\": 1, \"abandoned\": 1}"));
        const qsizetype ministry = text.indexOf("\"by_ministry\"");
        const qsizetype quarter = text.indexOf("\"by_quarter\"");
        const qsizetype pairs = text.indexOf("\"by_ministry_quarter\"");
        QVERIFY(ministry > 0 && ministry < quarter && quarter < pairs);
    }
};

QTEST_GUILESS_MAIN(TestProgress)
#include "test_progress.moc"
