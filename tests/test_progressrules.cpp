#include "exportsource.h"
#include "importer.h"
#include "progress.h"
#include "progressrules.h"
#include "store.h"
#include "testsupport.h"

#include <QTest>

// The rules of progress exist twice: in C++ (domain/progressrules.h) and in SQL
// (storage/progresssql.h, behind filters and aggregate counts). Both must give the
// same answer on every sample table and reference date.
class TestProgressRules : public QObject
{
    Q_OBJECT

private:
    struct Expected
    {
        qint64 total = 0, opened = 0, overdue = 0, planned = 0, abandoned = 0;
        qint64 onTime = 0, late = 0, undated = 0;
        qint64 overdueByOpening = 0; // Opening::isOverdue, the form the table's rows use
    };

    // Every opening of the table classified by the C++ rules.
    static Expected classify(Database &db, const QDate &asOf)
    {
        Expected e;
        OpeningCursor cursor(db);
        QString error;
        if (!cursor.open(OpeningFilter(), &error))
            qFatal("%s", qPrintable(error));
        const int reference = Quarter::fromDate(asOf).key();
        while (cursor.next()) {
            const Opening &o = cursor.current();
            const Rules::State state = Rules::stateOf(o.status);
            ++e.total;
            if (o.isOverdue(asOf))
                ++e.overdueByOpening;
            switch (state) {
            case Rules::State::Opened:
                ++e.opened;
                switch (Rules::timing(o.announced.key(), Rules::effectiveKey(o.effectiveDate))) {
                case Rules::Timing::OnTime:
                    ++e.onTime;
                    break;
                case Rules::Timing::Late:
                    ++e.late;
                    break;
                case Rules::Timing::Undated:
                    ++e.undated;
                    break;
                }
                break;
            case Rules::State::Abandoned:
                ++e.abandoned;
                break;
            case Rules::State::Pending:
                if (Rules::isOverdue(state, o.announced.key(), reference))
                    ++e.overdue;
                else
                    ++e.planned;
                break;
            }
        }
        return e;
    }

    static qint64 selected(Database &db, OpeningFilter filter, const QDate &asOf)
    {
        filter.reference = asOf;
        QString error;
        const FilterCounts c = countOpenings(db, filter, asOf, &error);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        return c.total;
    }

private slots:
    void initTestCase() { TestSupport::failOnWarnings(); }

    void plainRules()
    {
        QCOMPARE(Rules::stateOf(Status::Available), Rules::State::Opened);
        QCOMPARE(Rules::stateOf(Status::UpdateRequired), Rules::State::Opened);
        QCOMPARE(Rules::stateOf(Status::Abandoned), Rules::State::Abandoned);
        for (Status s : {Status::InProgress, Status::Planned, Status::NotAvailable})
            QCOMPARE(Rules::stateOf(s), Rules::State::Pending);
        const int q3 = Quarter(2021, 3).key();
        QCOMPARE(Rules::timing(q3, -1), Rules::Timing::Undated);
        QCOMPARE(Rules::timing(q3, q3), Rules::Timing::OnTime);
        QCOMPARE(Rules::timing(q3, q3 - 2), Rules::Timing::OnTime);
        QCOMPARE(Rules::timing(q3, q3 + 1), Rules::Timing::Late);
        QCOMPARE(Rules::timing(-1, q3), Rules::Timing::OnTime); // nothing was promised
        QCOMPARE(Rules::effectiveKey(QDate(2021, 9, 30)), q3);
        QCOMPARE(Rules::effectiveKey(QDate()), -1);
        QVERIFY(Rules::isOverdue(Rules::State::Pending, q3, q3 + 1));
        QVERIFY(!Rules::isOverdue(Rules::State::Pending, q3, q3));
        QVERIFY(!Rules::isOverdue(Rules::State::Pending, -1, q3));
        QVERIFY(!Rules::isOverdue(Rules::State::Abandoned, q3, q3 + 1));
        QVERIFY(!Rules::isOverdue(Rules::State::Opened, q3, q3 + 1));
    }

    void sqlAgreesWithCpp_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QDate>("asOf");
        const QStringList samples{
            QStringLiteral("suivi-ouvertures-2021.csv"),
            QStringLiteral("suivi-ouvertures-2021-excel-fr.csv"),
            QStringLiteral("suivi-ouvertures-2023.csv"),
            QStringLiteral("suivi-ouvertures-etendu.csv"),
        };
        const QList<QDate> dates{QDate(2021, 4, 1), QDate(2021, 12, 31), QDate(2022, 7, 1),
                                 QDate(2023, 1, 15), QDate(2026, 12, 3)};
        for (const QString &sample : samples)
            for (const QDate &d : dates)
                QTest::addRow("%s %s", qPrintable(sample), qPrintable(d.toString(Qt::ISODate)))
                    << sample << d;
    }

    void sqlAgreesWithCpp()
    {
        QFETCH(QString, sample);
        QFETCH(QDate, asOf);
        TestSupport::TempTable table;
        const ImportSummary imported =
            importFile(table.location(), TestSupport::dataFile(sample), ImportMode::Replace);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        Store store;
        QString error;
        QVERIFY2(store.open(table.location(), &error), qPrintable(error));
        Database &db = store.database();

        const Expected e = classify(db, asOf);
        QCOMPARE(e.total, 63);
        QCOMPARE(e.overdueByOpening, e.overdue);

        // The aggregate computation (SQL state classes, counted in C++).
        const std::optional<Progress> p = computeProgress(db, OpeningFilter(), asOf, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(qint64(p->totals.announced), e.total);
        QCOMPARE(qint64(p->totals.opened), e.opened);
        QCOMPARE(qint64(p->totals.overdue), e.overdue);
        QCOMPARE(qint64(p->totals.planned), e.planned);
        QCOMPARE(qint64(p->totals.abandoned), e.abandoned);
        QCOMPARE(qint64(p->totals.onTime), e.onTime);
        QCOMPARE(qint64(p->totals.lateOpened), e.late);
        QCOMPARE(qint64(p->totals.openedUndated), e.undated);

        // The status bar's counts (SQL opened and overdue conditions).
        const FilterCounts c = countOpenings(db, OpeningFilter(), asOf, &error);
        QCOMPARE(c.total, e.total);
        QCOMPARE(c.opened, e.opened);
        QCOMPARE(c.overdue, e.overdue);

        // The filters (SQL overdue and timing conditions).
        OpeningFilter f;
        f.onlyOverdue = true;
        QCOMPARE(selected(db, f, asOf), e.overdue);
        f = OpeningFilter();
        f.timing = OpeningFilter::Timing::OnTime;
        QCOMPARE(selected(db, f, asOf), e.onTime);
        f.timing = OpeningFilter::Timing::Late;
        QCOMPARE(selected(db, f, asOf), e.late);
        f.timing = OpeningFilter::Timing::Undated;
        QCOMPARE(selected(db, f, asOf), e.undated);
    }
};

QTEST_GUILESS_MAIN(TestProgressRules)
#include "test_progressrules.moc"
