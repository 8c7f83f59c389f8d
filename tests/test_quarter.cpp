#include "quarter.h"
#include "testsupport.h"

#include <QLocale>
#include <QTest>

// Quarter: every notation of the published tables, the rejects, arithmetic and display.
class TestQuarter : public QObject
{
    Q_OBJECT

private slots:
    void init() { TestSupport::failOnWarnings(); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("quarter");

        QTest::newRow("T3 2021") << "T3 2021" << 2021 << 3;
        QTest::newRow("t3 2021 lower") << "t3 2021" << 2021 << 3;
        QTest::newRow("T3-2021") << "T3-2021" << 2021 << 3;
        QTest::newRow("T3/2021") << "T3/2021" << 2021 << 3;
        QTest::newRow("T32021") << "T32021" << 2021 << 3;
        QTest::newRow("2021 T3") << "2021 T3" << 2021 << 3;
        QTest::newRow("2021-T3") << "2021-T3" << 2021 << 3;
        QTest::newRow("Q3 2021") << "Q3 2021" << 2021 << 3;
        QTest::newRow("2021Q3") << "2021Q3" << 2021 << 3;
        QTest::newRow("machine 2021-Q3") << "2021-Q3" << 2021 << 3;
        QTest::newRow("3e trimestre 2021") << "3e trimestre 2021" << 2021 << 3;
        QTest::newRow("3ème trimestre 2021") << "3ème trimestre 2021" << 2021 << 3;
        QTest::newRow("1er trimestre 2022") << "1er trimestre 2022" << 2022 << 1;
        QTest::newRow("2nd trimestre 2022") << "2nd trimestre 2022" << 2022 << 2;
        QTest::newRow("S1 2021") << "S1 2021" << 2021 << 2;
        QTest::newRow("S2 2021") << "S2 2021" << 2021 << 4;
        QTest::newRow("2021 S2") << "2021 S2" << 2021 << 4;
        QTest::newRow("year 2022") << "2022" << 2022 << 4;
        QTest::newRow("fin 2021") << "fin 2021" << 2021 << 4;
        QTest::newRow("Fin 2021 capital") << "Fin 2021" << 2021 << 4;
        QTest::newRow("mi-2022") << "mi-2022" << 2022 << 2;
        QTest::newRow("mi 2022") << "mi 2022" << 2022 << 2;
        QTest::newRow("début 2023") << "début 2023" << 2023 << 1;
        QTest::newRow("15/09/2021") << "15/09/2021" << 2021 << 3;
        QTest::newRow("1/2/2022") << "1/2/2022" << 2022 << 1;
        QTest::newRow("2021-09-15") << "2021-09-15" << 2021 << 3;
        QTest::newRow("2021-12-31") << "2021-12-31" << 2021 << 4;
        QTest::newRow("spaces around") << "  T4 2021 " << 2021 << 4;
        QTest::newRow("non-breaking space") << QStringLiteral("T2\u00a02021") << 2021 << 2;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, year);
        QFETCH(int, quarter);
        QString error;
        const Quarter q = Quarter::parse(text, &error);
        QVERIFY2(q.isValid(), qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(q.year(), year);
        QCOMPARE(q.quarter(), quarter);
    }

    void reject_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("T5 2021") << "T5 2021";
        QTest::newRow("T0 2021") << "T0 2021";
        QTest::newRow("words") << "bientôt";
        QTest::newRow("S3 2021") << "S3 2021";
        QTest::newRow("2021 T") << "2021 T";
        QTest::newRow("two-digit year") << "T3 21";
        QTest::newRow("impossible date") << "31/02/2021";
        QTest::newRow("month 13") << "2021-13-01";
        QTest::newRow("T3 2021 et T4") << "T3 2021 et T4";
        QTest::newRow("5e trimestre") << "5e trimestre 2021";
        QTest::newRow("year out of range") << "0999";
    }

    void reject()
    {
        QFETCH(QString, text);
        QString error;
        const Quarter q = Quarter::parse(text, &error);
        QVERIFY(!q.isValid());
        QVERIFY2(error.contains(text.trimmed()), qPrintable(error));
    }

    void emptyIsNoQuarterAndNoError()
    {
        QString error = QStringLiteral("x");
        QVERIFY(!Quarter::parse(QStringLiteral("  "), &error).isValid());
        QVERIFY(error.isEmpty());
    }

    void ordering()
    {
        QVERIFY(Quarter(2021, 4) < Quarter(2022, 1));
        QVERIFY(Quarter(2021, 2) < Quarter(2021, 3));
        QVERIFY(Quarter(2022, 1) > Quarter(2021, 4));
        QCOMPARE(Quarter(2021, 3), Quarter::parse(QStringLiteral("2021 T3")));
        QVERIFY(Quarter(2021, 3) != Quarter(2021, 4));
    }

    void arithmetic()
    {
        QCOMPARE(Quarter(2021, 4).addQuarters(1), Quarter(2022, 1));
        QCOMPARE(Quarter(2021, 1).addQuarters(-1), Quarter(2020, 4));
        QCOMPARE(Quarter(2021, 3).addQuarters(9), Quarter(2023, 4));
        QCOMPARE(Quarter(2022, 1).quartersSince(Quarter(2021, 2)), 3);
        QCOMPARE(Quarter(2021, 2).quartersSince(Quarter(2022, 1)), -3);
        QCOMPARE(Quarter::fromKey(Quarter(2021, 3).key()), Quarter(2021, 3));
    }

    void fromDate()
    {
        QCOMPARE(Quarter::fromDate(QDate(2021, 1, 1)), Quarter(2021, 1));
        QCOMPARE(Quarter::fromDate(QDate(2021, 3, 31)), Quarter(2021, 1));
        QCOMPARE(Quarter::fromDate(QDate(2021, 4, 1)), Quarter(2021, 2));
        QCOMPARE(Quarter::fromDate(QDate(2021, 12, 31)), Quarter(2021, 4));
        QCOMPARE(Quarter(2021, 3).firstDay(), QDate(2021, 7, 1));
        QCOMPARE(Quarter(2021, 3).lastDay(), QDate(2021, 9, 30));
        QVERIFY(!Quarter::fromDate(QDate()).isValid());
    }

    void display()
    {
        QCOMPARE(Quarter(2021, 3).display(QLocale(QLocale::French, QLocale::France)),
                 QStringLiteral("T3 2021"));
        QCOMPARE(Quarter(2021, 3).display(QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 QStringLiteral("Q3 2021"));
        QCOMPARE(Quarter(2021, 3).machineForm(), QStringLiteral("2021-Q3"));
        QCOMPARE(Quarter::parse(Quarter(2024, 1).machineForm()), Quarter(2024, 1));
        QVERIFY(Quarter().machineForm().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQuarter)
#include "test_quarter.moc"
