#include "clirunner.h"
#include "store.h"
#include "testopenings.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The command line, through the built executable: help, version, usage errors,
// stats on tables made by hand, and every sample of tests/data imported then
// summed up (expected figures counted by hand from the CSV files); on SQLite
// files and, as test_cli_pg, on PostgreSQL databases.
class TestCli : public QObject, private CliRunner
{
    Q_OBJECT

private:
    QJsonObject statsJson(const QString &db, const QString &asOf)
    {
        const Result r = run({QStringLiteral("stats"), QStringLiteral("--db"), db,
                              QStringLiteral("--as-of"), asOf, QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("%s", describe(r).constData());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(r.out));
        return doc.object();
    }

    static QJsonObject find(const QJsonArray &rows, const QString &key, const QString &value)
    {
        for (const QJsonValue &v : rows)
            if (v.toObject().value(key).toString() == value)
                return v.toObject();
        return {};
    }

    // "announced opened undated on_time late overdue planned abandoned"
    static QString counts(const QJsonObject &o)
    {
        QStringList parts;
        for (const char *key : {"announced", "opened", "opened_undated", "on_time", "late_opened",
                                "overdue", "planned", "abandoned"})
            parts << QString::number(o.value(QLatin1String(key)).toInt(-1));
        return parts.join(QLatin1Char(' '));
    }

    static QString quarterRow(const QJsonObject &o)
    {
        return QStringLiteral("%1 %2 %3 %4 %5")
            .arg(o.value(QStringLiteral("quarter")).toString())
            .arg(o.value(QStringLiteral("announced")).toInt(-1))
            .arg(o.value(QStringLiteral("effective")).toInt(-1))
            .arg(o.value(QStringLiteral("cumulative_announced")).toInt(-1))
            .arg(o.value(QStringLiteral("cumulative_effective")).toInt(-1));
    }

    static QString totals(const QJsonObject &stats)
    {
        QJsonObject sum;
        for (const QJsonValue &v : stats.value(QStringLiteral("by_ministry")).toArray()) {
            const QJsonObject m = v.toObject();
            for (auto it = m.begin(); it != m.end(); ++it)
                if (it.value().isDouble())
                    sum[it.key()] = sum.value(it.key()).toInt() + it.value().toInt();
        }
        return counts(sum);
    }

    Result import(const QString &db, const QString &csv, const QString &mode = {})
    {
        QStringList args{QStringLiteral("import"), QStringLiteral("--db"), db};
        if (!mode.isEmpty())
            args << mode;
        args << csv;
        return run(args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(isValid());
        QVERIFY2(QFileInfo::exists(CliRunner::executable()), qPrintable(CliRunner::executable()));
    }

    void version()
    {
        const Result r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("suivi-ouvertures %1\n").arg(QLatin1String(SUIVI_VERSION)));
        QVERIFY(r.err.isEmpty());
    }

    void help()
    {
        const Result r = run({QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY(
            r.out.contains(QLatin1String("suivi-ouvertures import --db DB [--merge|--replace]")));
        QVERIFY(r.out.contains(QLatin1String("suivi-ouvertures stats --db DB")));
        QVERIFY(r.out.contains(QLatin1String("--version")));
        QVERIFY(r.err.isEmpty());
        QCOMPARE(run({QStringLiteral("stats"), QStringLiteral("--help")}).out, r.out);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString db = QStringLiteral("table.sqlite");
        QTest::newRow("stats without --db")
            << QStringList{QStringLiteral("stats")} << QStringLiteral("--db");
        QTest::newRow("stats, --db without value")
            << QStringList{QStringLiteral("stats"), QStringLiteral("--db")} << QStringLiteral("db");
        QTest::newRow("stats, impossible date")
            << QStringList{QStringLiteral("stats"), QStringLiteral("--db"), db,
                           QStringLiteral("--as-of"), QStringLiteral("2022-02-30")}
            << QStringLiteral("2022-02-30");
        QTest::newRow("stats, French date")
            << QStringList{QStringLiteral("stats"), QStringLiteral("--db"), db,
                           QStringLiteral("--as-of"), QStringLiteral("30/06/2022")}
            << QStringLiteral("30/06/2022");
        QTest::newRow("stats, unknown option")
            << QStringList{QStringLiteral("stats"), QStringLiteral("--db"), db,
                           QStringLiteral("--frobnicate")}
            << QStringLiteral("frobnicate");
        QTest::newRow("stats, stray argument")
            << QStringList{QStringLiteral("stats"), QStringLiteral("--db"), db,
                           QStringLiteral("extra.csv")}
            << QStringLiteral("extra.csv");
        QTest::newRow("import without --db")
            << QStringList{QStringLiteral("import"), QStringLiteral("table.csv")}
            << QStringLiteral("--db");
        QTest::newRow("import without file")
            << QStringList{QStringLiteral("import"), QStringLiteral("--db"), db}
            << QStringLiteral("CSV");
        QTest::newRow("import, two files")
            << QStringList{QStringLiteral("import"), QStringLiteral("--db"), db,
                           QStringLiteral("a.csv"), QStringLiteral("b.csv")}
            << QStringLiteral("2");
        QTest::newRow("import, merge and replace") << QStringList{QStringLiteral("import"),
                                                                  QStringLiteral("--db"),
                                                                  db,
                                                                  QStringLiteral("--merge"),
                                                                  QStringLiteral("--replace"),
                                                                  QStringLiteral("a.csv")}
                                                   << QStringLiteral("--replace");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const Result r = run(arguments);
        QVERIFY2(r.exitCode == 2, describe(r));
        QVERIFY2(r.err.contains(mentions), describe(r));
        QVERIFY(r.out.isEmpty());
    }

    void statsOnMissingTable()
    {
        SUIVI_SQLITE_ONLY("a file path");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("typo.sqlite"));
        const Result r = run({QStringLiteral("stats"), QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(db)), describe(r));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(!QFileInfo::exists(db), "stats must not create a table");
    }

    void passwordNeverPrinted()
    {
        // Nothing listens on port 1: the connection fails, and its message is printed.
        for (const char *url : {"postgresql://amd:hunter2@127.0.0.1:1/suivi",
                                "postgresql://amd@127.0.0.1:1/suivi?password=hunter2",
                                "postgresql://amd:hunter2@127.0.0.1:1/suivi?password=hunter2"
                                "&sslmode=disable",
                                "postgresql://amd@127.0.0.1:1/suivi?password=hunter2&bogus=1",
                                "postgresql://amd@127.0.0.1:1/suivi?password=correct%20hunter2",
                                "postgresql://amd:hunter2@127.0.0.1:99999/suivi"}) {
            const Result r =
                run({QStringLiteral("stats"), QStringLiteral("--db"), QLatin1String(url)});
            QVERIFY2(r.exitCode != 0, describe(r));
            QVERIFY2(!r.err.isEmpty(), describe(r));
            QVERIFY2(!r.err.contains(QLatin1String("hunter2")), describe(r));
            QVERIFY2(!r.out.contains(QLatin1String("hunter2")), describe(r));
        }
    }

    void statsOnAFolder()
    {
        SUIVI_SQLITE_ONLY("a folder path");
        QTemporaryDir dir;
        const Result r = run({QStringLiteral("stats"), QStringLiteral("--db"), dir.path()});
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(dir.path())), describe(r));
    }

    void statsOnAFileThatIsNotATable()
    {
        SUIVI_SQLITE_ONLY("a file path");
        const QString csv = TestSupport::dataFile(QStringLiteral("suivi-ouvertures-2021.csv"));
        const Result r = run({QStringLiteral("stats"), QStringLiteral("--db"), csv});
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(csv)), describe(r));
    }

    void statsOnAHandMadeTable()
    {
        TestSupport::TempTable table;
        {
            Store store;
            QString error;
            QVERIFY2(store.open(table.path(), &error), qPrintable(error));
            const qint64 culture = store.ensureMinistry(QStringLiteral("Culture"), &error);
            QVERIFY2(store.addOpening(TestOpenings::make(culture, QStringLiteral("Base Mérimée"))
                                          .announced(Quarter(2021, 3))
                                          .effective(QDate(2021, 12, 1))
                                          .status(Status::Available),
                                      &error) > 0,
                     qPrintable(error));
            QVERIFY2(store.addOpening(TestOpenings::make(culture, QStringLiteral("Base Joconde"))
                                          .announced(Quarter(2022, 1))
                                          .status(Status::Planned),
                                      &error) > 0,
                     qPrintable(error));
        }
        const QJsonObject stats = statsJson(table.path(), QStringLiteral("2022-06-30"));
        QCOMPARE(stats.value(QStringLiteral("as_of")).toString(), QStringLiteral("2022-06-30"));
        QCOMPARE(stats.value(QStringLiteral("total")).toInt(), 2);
        const QJsonArray ministries = stats.value(QStringLiteral("by_ministry")).toArray();
        QCOMPARE(ministries.size(), 1);
        QCOMPARE(counts(ministries.at(0).toObject()), QStringLiteral("2 1 0 0 1 1 0 0"));
        QStringList quarters;
        for (const QJsonValue &v : stats.value(QStringLiteral("by_quarter")).toArray())
            quarters << quarterRow(v.toObject());
        QCOMPARE(quarters,
                 (QStringList{QStringLiteral("2021-Q3 1 0 1 0"), QStringLiteral("2021-Q4 0 1 1 1"),
                              QStringLiteral("2022-Q1 1 0 2 1")}));
        QCOMPARE(stats.value(QStringLiteral("by_ministry_quarter")).toArray().size(), 3);

        // The readable form: a row per ministry and a total.
        const Result r = run({QStringLiteral("stats"), QStringLiteral("--db"), table.path(),
                              QStringLiteral("--as-of"), QStringLiteral("2022-06-30")});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY2(r.out.contains(QLatin1String("2022-06-30")), describe(r));
        const QRegularExpression culture(QStringLiteral("^Culture +2 +1 +0 +0 +1 +1 +0 +0$"),
                                         QRegularExpression::MultilineOption);
        QVERIFY2(r.out.contains(culture), describe(r));
    }

    void importEverySample_data()
    {
        QTest::addColumn<QString>("file");
        // Totals over ministries: announced opened undated on_time late overdue planned abandoned.
        QTest::addColumn<QString>("total");
        QTest::addColumn<QString>("economy");   // Économie, des Finances et de la Relance
        QTest::addColumn<QString>("education"); // Éducation nationale, Jeunesse et Sports
        QTest::addColumn<QString>("research");  // Enseignement supérieur, Recherche, Innovation
        QTest::addColumn<QString>("pm");        // Services du Premier ministre
        QTest::addColumn<QStringList>(
            "effective"); // effective, cumulative by quarter 2021-Q1..2022-Q1

        // Published April 2021: 27 available, 36 planned, nothing dated.
        const QStringList none{QStringLiteral("0 0"), QStringLiteral("0 0"), QStringLiteral("0 0"),
                               QStringLiteral("0 0"), QStringLiteral("0 0")};
        QTest::newRow("2021") << QStringLiteral("suivi-ouvertures-2021.csv")
                              << QStringLiteral("63 27 27 0 0 36 0 0")
                              << QStringLiteral("10 5 5 0 0 5 0 0")
                              << QStringLiteral("6 2 2 0 0 4 0 0")
                              << QStringLiteral("3 0 0 0 0 3 0 0")
                              << QStringLiteral("4 4 4 0 0 0 0 0") << none;
        QTest::newRow("2021 French Excel")
            << QStringLiteral("suivi-ouvertures-2021-excel-fr.csv")
            << QStringLiteral("63 27 27 0 0 36 0 0") << QStringLiteral("10 5 5 0 0 5 0 0")
            << QStringLiteral("6 2 2 0 0 4 0 0") << QStringLiteral("3 0 0 0 0 3 0 0")
            << QStringLiteral("4 4 4 0 0 0 0 0") << none;
        // 2023 headers (TYPE, TITRE, PRODUCTEUR...): 33 available, still undated.
        QTest::newRow("2023") << QStringLiteral("suivi-ouvertures-2023.csv")
                              << QStringLiteral("63 33 33 0 0 30 0 0")
                              << QStringLiteral("10 5 5 0 0 5 0 0")
                              << QStringLiteral("6 3 3 0 0 3 0 0")
                              << QStringLiteral("3 2 2 0 0 1 0 0")
                              << QStringLiteral("4 4 4 0 0 0 0 0") << none;
        // The application's own form: 12 effective dates, 8 on time, 4 late.
        QTest::newRow("extended") << QStringLiteral("suivi-ouvertures-etendu.csv")
                                  << QStringLiteral("63 33 21 8 4 30 0 0")
                                  << QStringLiteral("10 5 5 0 0 5 0 0")
                                  << QStringLiteral("6 3 1 1 1 3 0 0")
                                  << QStringLiteral("3 2 0 0 2 1 0 0")
                                  << QStringLiteral("4 4 0 3 1 0 0 0")
                                  << QStringList{QStringLiteral("1 1"), QStringLiteral("4 5"),
                                                 QStringLiteral("1 6"), QStringLiteral("4 10"),
                                                 QStringLiteral("2 12")};
    }

    void importEverySample()
    {
        QFETCH(QString, file);
        QFETCH(QString, total);
        QFETCH(QString, economy);
        QFETCH(QString, education);
        QFETCH(QString, research);
        QFETCH(QString, pm);
        QFETCH(QStringList, effective);

        TestSupport::TempTable table;
        // On SQLite, a folder that does not exist yet: import creates it and the table.
        const QString db = table.isServer()
                               ? table.location()
                               : QDir(table.dir()).filePath(QStringLiteral("new/table.sqlite"));
        const Result r = import(db, TestSupport::dataFile(file));
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY2(r.out.contains(QLatin1String("63")), describe(r));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);

        const QJsonObject stats = statsJson(db, QStringLiteral("2022-06-30"));
        QCOMPARE(stats.value(QStringLiteral("total")).toInt(), 63);
        const QJsonArray ministries = stats.value(QStringLiteral("by_ministry")).toArray();
        QCOMPARE(ministries.size(), 15);
        QCOMPARE(totals(stats), total);
        const QString key = QStringLiteral("ministry");
        QCOMPARE(counts(find(ministries, key,
                             QStringLiteral("Ministère de l'Économie, des Finances et de la "
                                            "Relance"))),
                 economy);
        QCOMPARE(counts(find(ministries, key,
                             QStringLiteral("Ministère de l'Éducation nationale, de la Jeunesse "
                                            "et des Sports"))),
                 education);
        QCOMPARE(counts(find(ministries, key,
                             QStringLiteral("Ministère de l'Enseignement supérieur, de la "
                                            "Recherche et de l'Innovation"))),
                 research);
        QCOMPARE(counts(find(ministries, key, QStringLiteral("Services du Premier ministre"))), pm);
        // French order: "l'Agriculture" first, "Services" last.
        QCOMPARE(ministries.first().toObject().value(key).toString(),
                 QStringLiteral("Ministère de l'Agriculture et de l'Alimentation"));
        QCOMPARE(ministries.last().toObject().value(key).toString(),
                 QStringLiteral("Services du Premier ministre"));

        // Announced: 3, 24, 8, 22, 6 from 2021-Q1 to 2022-Q1 in every sample.
        const QJsonArray quarters = stats.value(QStringLiteral("by_quarter")).toArray();
        QCOMPARE(quarters.size(), 5);
        const QStringList names{QStringLiteral("2021-Q1"), QStringLiteral("2021-Q2"),
                                QStringLiteral("2021-Q3"), QStringLiteral("2021-Q4"),
                                QStringLiteral("2022-Q1")};
        const int announced[] = {3, 24, 8, 22, 6};
        const int cumulative[] = {3, 27, 35, 57, 63};
        for (int i = 0; i < 5; ++i) {
            const QStringList eff = effective.at(i).split(QLatin1Char(' '));
            QCOMPARE(quarterRow(quarters.at(i).toObject()), QStringLiteral("%1 %2 %3 %4 %5")
                                                                .arg(names.at(i))
                                                                .arg(announced[i])
                                                                .arg(eff.at(0))
                                                                .arg(cumulative[i])
                                                                .arg(eff.at(1)));
        }
    }

    void extendedSampleByMinistryQuarterAndEarlierDate()
    {
        TestSupport::TempTable table;
        const QString db = table.location();
        const Result r =
            import(db, TestSupport::dataFile(QStringLiteral("suivi-ouvertures-etendu.csv")));
        QVERIFY2(r.exitCode == 0, describe(r));
        QJsonObject stats = statsJson(db, QStringLiteral("2022-06-30"));
        QStringList pm;
        for (const QJsonValue &v : stats.value(QStringLiteral("by_ministry_quarter")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("ministry")).toString() ==
                QLatin1String("Services du Premier ministre"))
                pm << QStringLiteral("%1 %2 %3")
                          .arg(o.value(QStringLiteral("quarter")).toString())
                          .arg(o.value(QStringLiteral("announced")).toInt())
                          .arg(o.value(QStringLiteral("effective")).toInt());
        }
        // Four announced for 2021-Q2: three opened on 22/06/2021, one on 01/07/2021.
        QCOMPARE(pm, (QStringList{QStringLiteral("2021-Q2 4 3"), QStringLiteral("2021-Q3 0 1")}));

        // On 30/09/2021 (2021-Q3) only what was due by 2021-Q2 is overdue.
        stats = statsJson(db, QStringLiteral("2021-09-30"));
        QCOMPARE(totals(stats), QStringLiteral("63 33 21 8 4 2 28 0"));
        QCOMPARE(counts(find(stats.value(QStringLiteral("by_ministry")).toArray(),
                             QStringLiteral("ministry"),
                             QStringLiteral("Ministère des Solidarités et de la Santé"))),
                 QStringLiteral("7 3 2 1 0 2 2 0"));
    }

    void reimportKeepsOneRowPerOpening()
    {
        TestSupport::TempTable table;
        const QString db = table.location();
        QCOMPARE(
            import(db, TestSupport::dataFile(QStringLiteral("suivi-ouvertures-2021.csv"))).exitCode,
            0);
        // 2023 edition of the same items, merged: 6 planned items became available.
        Result r = import(db, TestSupport::dataFile(QStringLiteral("suivi-ouvertures-2023.csv")),
                          QStringLiteral("--merge"));
        QVERIFY2(r.exitCode == 0, describe(r));
        QJsonObject stats = statsJson(db, QStringLiteral("2022-06-30"));
        QCOMPARE(totals(stats), QStringLiteral("63 33 33 0 0 30 0 0"));
        r = import(db, TestSupport::dataFile(QStringLiteral("suivi-ouvertures-etendu.csv")),
                   QStringLiteral("--replace"));
        QVERIFY2(r.exitCode == 0, describe(r));
        stats = statsJson(db, QStringLiteral("2022-06-30"));
        QCOMPARE(totals(stats), QStringLiteral("63 33 21 8 4 30 0 0"));
    }

    void badCsvChangesNothing()
    {
        TestSupport::TempTable table;
        const QDir dir(table.dir());
        const QString db = table.location();
        QCOMPARE(
            import(db, TestSupport::dataFile(QStringLiteral("suivi-ouvertures-2021.csv"))).exitCode,
            0);
        const QJsonObject before = statsJson(db, QStringLiteral("2022-06-30"));

        // Row 3 as a spreadsheet shows it (the header is row 1) has no such quarter.
        const QString csv = dir.filePath(QStringLiteral("bad.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\"Donn\xc3\xa9"
                "es, API ou code source\",\"Donn\xc3\xa9"
                "es, API, Codes sources concern\xc3\xa9s\",Minist\xc3\xa8re,"
                "\xc3\x89tat d'avancement,\xc3\x89"
                "ch\xc3\xa9"
                "ance annonc\xc3\xa9"
                "e par les minist\xc3\xa8res,URL\r\n"
                "API,API Nouvelle,Minist\xc3\xa8re de la Culture,Planifi\xc3\xa9,T3 2022,\r\n"
                "API,API Impossible,Minist\xc3\xa8re de la Culture,Planifi\xc3\xa9,T5 2022,\r\n");
        f.close();

        const Result r = import(db, csv, QStringLiteral("--merge"));
        QVERIFY2(r.exitCode != 0, describe(r));
        QVERIFY2(r.err.contains(QLatin1String("bad.csv")), describe(r));
        QVERIFY2(r.err.contains(QRegularExpression(QStringLiteral("\\b3\\b"))), describe(r));
        QVERIFY2(r.err.contains(QStringLiteral("Échéance annoncée par les ministères")) ||
                     r.err.contains(QStringLiteral("T5 2022")),
                 describe(r));
        QCOMPARE(statsJson(db, QStringLiteral("2022-06-30")), before);
    }

    void importOfMissingFile()
    {
        TestSupport::TempTable table;
        const QString db = table.location();
        const QString csv = QDir(table.dir()).filePath(QStringLiteral("missing.csv"));
        const Result r = import(db, csv);
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY2(r.err.contains(QLatin1String("missing.csv")), describe(r));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
