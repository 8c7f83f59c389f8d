#include "clirunner.h"
#include "database.h"
#include "ministrydirectory.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// The export command through the built executable: every format writes its file,
// the open data CSV imports back to the same figures, --ministry takes a name or an
// alias, and wrong command lines say what is wrong.
class TestCliExport : public QObject, private CliRunner
{
    Q_OBJECT

private:
    // The extended sample imported into table; false (with a warning) on failure.
    bool importSample(const TestSupport::TempTable &table)
    {
        const Result r =
            run({QStringLiteral("import"), QStringLiteral("--db"), table.location(),
                 QStringLiteral("--replace"),
                 TestSupport::dataFile(QStringLiteral("suivi-ouvertures-etendu.csv"))});
        if (r.exitCode != 0)
            qWarning("%s", describe(r).constData());
        return r.exitCode == 0;
    }

    Result exportTo(const QString &db, const QString &format, const QString &out,
                    const QStringList &more = {})
    {
        return run(QStringList{QStringLiteral("export"), QStringLiteral("--db"), db,
                               QStringLiteral("--format"), format, QStringLiteral("-o"), out} +
                   more);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(isValid());
        QVERIFY2(QFileInfo::exists(CliRunner::executable()), qPrintable(CliRunner::executable()));
    }

    void helpNamesExport()
    {
        const Result r = run({QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY(r.out.contains(
            QLatin1String("suivi-ouvertures export --db DB --format xlsx|csv|csv-excel|pdf -o ")));
        QVERIFY(r.out.contains(QLatin1String("[--ministry ")));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--help")}).out, r.out);
    }

    void everyFormatWritesItsFile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("xlsx") << QStringLiteral("xlsx") << QStringLiteral("suivi.xlsx")
                              << QByteArray("PK\x03\x04");
        // Open data: no BOM; the header starts with the kind column, quoted (it has a comma).
        QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("suivi.csv")
                             << QByteArray("\"Donn\xc3\xa9");
        QTest::newRow("csv-excel")
            << QStringLiteral("csv-excel") << QStringLiteral("suivi excel.csv")
            << QByteArray("\xef\xbb\xbf");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QStringLiteral("rapport CIAD.pdf")
                             << QByteArray("%PDF-");
    }

    void everyFormatWritesItsFile()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        QFETCH(QByteArray, start);
        TestSupport::TempTable table;
        QVERIFY(importSample(table));
        const QString out = QDir(table.dir()).filePath(file);
        const Result r = exportTo(table.location(), format, out,
                                  {QStringLiteral("--as-of"), QStringLiteral("2022-06-30")});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY2(r.out.contains(QFileInfo(out).fileName()), describe(r));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
        QCOMPARE(TestSupport::fileHead(out, start.size()), start);
    }

    void pdfWithoutDisplay()
    {
        // A server or a CI runner: no display, no platform chosen. The command picks the
        // offscreen platform itself.
        TestSupport::TempTable table;
        QVERIFY(importSample(table));
        const QString out = QDir(table.dir()).filePath(QStringLiteral("rapport.pdf"));
        const Result r =
            run({QStringLiteral("export"), QStringLiteral("--db"), table.location(),
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out},
                {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                 QStringLiteral("QT_QPA_PLATFORM")});
        QVERIFY2(r.exitCode == 0, describe(r));
        QCOMPARE(TestSupport::fileHead(out, 5), QByteArray("%PDF-"));

        // The tests run in a French locale: the report speaks French.
        if (!TestSupport::havePdfToText())
            SUIVI_MISSING_TOOL("pdftotext (poppler-utils) is not installed");
        const QString text = TestSupport::pdfText(out);
        for (const char *french : {"RAPPORT POUR LE CIAD", "Sommaire", "Avancement par ministère",
                                   "ouvertes dans les délais", "Ministère de la Culture"})
            QVERIFY2(text.contains(QString::fromUtf8(french)), french);
        QVERIFY(!text.contains(QLatin1String("Contents")));
    }

    void csvImportsBack()
    {
        TestSupport::TempTable table;
        QVERIFY(importSample(table));
        const QString csv = QDir(table.dir()).filePath(QStringLiteral("export.csv"));
        Result r = exportTo(table.location(), QStringLiteral("csv"), csv);
        QVERIFY2(r.exitCode == 0, describe(r));
        const QStringList stats{QStringLiteral("stats"), QStringLiteral("--as-of"),
                                QStringLiteral("2022-06-30"), QStringLiteral("--json"),
                                QStringLiteral("--db")};
        const Result before = run(stats + QStringList{table.location()});
        QVERIFY2(before.exitCode == 0, describe(before));

        TestSupport::TempTable copy;
        r = run({QStringLiteral("import"), QStringLiteral("--db"), copy.location(),
                 QStringLiteral("--replace"), csv});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY2(r.out.contains(QLatin1String("63")), describe(r));
        const Result after = run(stats + QStringList{copy.location()});
        QVERIFY2(after.exitCode == 0, describe(after));
        // Every count, by ministry and by quarter, effective dates included.
        QCOMPARE(after.out, before.out);
    }

    void ministryByNameOrAlias()
    {
        TestSupport::TempTable table;
        QVERIFY(importSample(table));
        {
            Database db;
            QString error;
            QVERIFY2(db.open(table.location(), &error), qPrintable(error));
            MinistryDirectory ministries(db);
            QVERIFY(ministries.load(&error));
            const qint64 culture = ministries.find(QStringLiteral("Ministère de la Culture"));
            QVERIFY(culture > 0);
            QVERIFY2(ministries.addAlias(culture, QStringLiteral("MC"), &error), qPrintable(error));
        }
        const QString byName = QDir(table.dir()).filePath(QStringLiteral("culture.csv"));
        // Case and accents do not matter.
        Result r =
            exportTo(table.location(), QStringLiteral("csv"), byName,
                     {QStringLiteral("--ministry"), QStringLiteral("MINISTERE DE LA CULTURE")});
        QVERIFY2(r.exitCode == 0, describe(r));
        QCOMPARE(TestSupport::lineCount(byName), 3);
        const QString byAlias = QDir(table.dir()).filePath(QStringLiteral("mc.csv"));
        r = exportTo(table.location(), QStringLiteral("csv"), byAlias,
                     {QStringLiteral("--ministry"), QStringLiteral("mc")});
        QVERIFY2(r.exitCode == 0, describe(r));
        QCOMPARE(TestSupport::fileHead(byAlias, 100000), TestSupport::fileHead(byName, 100000));
        const QString pdf = QDir(table.dir()).filePath(QStringLiteral("mc.pdf"));
        r = exportTo(table.location(), QStringLiteral("pdf"), pdf,
                     {QStringLiteral("--ministry"), QStringLiteral("MC")});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY2(r.out.contains(QLatin1String("4")), describe(r)); // cover, 2 charts, 1 ministry
    }

    void unknownMinistry()
    {
        TestSupport::TempTable table;
        QVERIFY(importSample(table));
        const QString out = QDir(table.dir()).filePath(QStringLiteral("x.xlsx"));
        const Result r =
            exportTo(table.location(), QStringLiteral("xlsx"), out,
                     {QStringLiteral("--ministry"), QStringLiteral("Ministère du Rêve")});
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY2(r.err.contains(QStringLiteral("Ministère du Rêve")), describe(r));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString db = QStringLiteral("table.sqlite");
        const QString e = QStringLiteral("export");
        const QString dbOption = QStringLiteral("--db");
        const QString format = QStringLiteral("--format");
        const QString o = QStringLiteral("-o");
        QTest::newRow("bad format") << QStringList{e,
                                                   dbOption,
                                                   db,
                                                   format,
                                                   QStringLiteral("docx"),
                                                   o,
                                                   QStringLiteral("x.docx")}
                                    << QStringLiteral("docx");
        QTest::newRow("no format") << QStringList{e, dbOption, db, o, QStringLiteral("x.xlsx")}
                                   << QStringLiteral("--format");
        QTest::newRow("no output")
            << QStringList{e, dbOption, db, format, QStringLiteral("pdf")} << QStringLiteral("-o");
        QTest::newRow("no db") << QStringList{e, format, QStringLiteral("csv"), o,
                                              QStringLiteral("x.csv")}
                               << QStringLiteral("--db");
        QTest::newRow("bad date") << QStringList{e,
                                                 dbOption,
                                                 db,
                                                 format,
                                                 QStringLiteral("csv"),
                                                 o,
                                                 QStringLiteral("x.csv"),
                                                 QStringLiteral("--as-of"),
                                                 QStringLiteral("30/06/2022")}
                                  << QStringLiteral("30/06/2022");
        QTest::newRow("stray argument") << QStringList{e,
                                                       dbOption,
                                                       db,
                                                       format,
                                                       QStringLiteral("csv"),
                                                       o,
                                                       QStringLiteral("x.csv"),
                                                       QStringLiteral("extra")}
                                        << QStringLiteral("extra");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Result r = run(arguments);
        QVERIFY2(r.exitCode == 2, describe(r));
        QVERIFY2(r.err.contains(mentions), describe(r));
        QVERIFY(r.out.isEmpty());
    }

    void missingTable()
    {
        SUIVI_SQLITE_ONLY("a file path");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("typo.sqlite"));
        const Result r = exportTo(db, QStringLiteral("pdf"), dir.filePath(QStringLiteral("r.pdf")));
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(db)), describe(r));
        QVERIFY2(!QFileInfo::exists(db), "export must not create a table");
    }

    // The output is never the open table: not the file, not a link to it, not its
    // -wal/-shm companions. The table is untouched and the message names the file.
    void refusesTheTableItself_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("output"); // "db", "link", "wal", "shm"
        for (const char *format : {"csv", "csv-excel", "xlsx", "pdf"})
            for (const char *output : {"db", "link", "wal", "shm"})
                QTest::addRow("%s %s", format, output)
                    << QString::fromLatin1(format) << QString::fromLatin1(output);
    }

    void refusesTheTableItself()
    {
        SUIVI_SQLITE_ONLY("a file path");
        QFETCH(QString, format);
        QFETCH(QString, output);
        TestSupport::TempTable table;
        QVERIFY(importSample(table));
        const QByteArray before = TestSupport::fileHead(table.location(), 1 << 30);
        QString out = table.location();
        if (output == QLatin1String("link")) {
            out = QDir(table.dir()).filePath(QStringLiteral("link.") + format);
            QVERIFY(QFile::link(table.location(), out));
        } else if (output != QLatin1String("db")) {
            out += QLatin1Char('-') + output;
        }
        const Result r = exportTo(table.location(), format, out);
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(out)), describe(r));
        QCOMPARE(TestSupport::fileHead(table.location(), 1 << 30), before);
        const Result stats =
            run({QStringLiteral("stats"), QStringLiteral("--db"), table.location()});
        QVERIFY2(stats.exitCode == 0, describe(stats));
    }

    void unwritableOutput()
    {
        TestSupport::TempTable table;
        QVERIFY(importSample(table));
        for (const QString &format :
             {QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("pdf")}) {
            const QString out =
                QDir(table.dir()).filePath(QStringLiteral("missing/folder/out.") + format);
            const Result r = exportTo(table.location(), format, out);
            QVERIFY2(r.exitCode == 1, describe(r));
            QVERIFY2(r.err.contains(QStringLiteral("out.") + format), describe(r));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "test_cli_export.moc"
