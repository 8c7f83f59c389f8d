#include "database.h"
#include "importer.h"
#include "ministrydirectory.h"
#include "pdfreport.h"
#include "progress.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

// The PDF report on the extended sample and on made-up tables: how many pages
// (cover, charts, a page per ministry, continuation pages for long lists), and
// through pdftotext that the text holds what a CIAD reads (every ministry, every
// listed opening, the reference date).
class TestPdfReport : public QObject
{
    Q_OBJECT

private:
    const QDate m_asOf{2022, 6, 30};

    static int pageCount(const QString &pdf)
    {
        QFile file(pdf);
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        const QString bytes = QString::fromLatin1(file.readAll());
        return int(bytes.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))));
    }

    // Pages a ministry's openings still due take when every row fits on one line.
    static int ministryPages(int rows)
    {
        const int first = PdfReport::rowsOnMinistryPage();
        const int next = PdfReport::rowsOnContinuationPage();
        return rows <= first ? 1 : 1 + int(std::ceil(double(rows - first) / next));
    }

    static int chartPages(int ministries)
    {
        return 1 +
               std::max(1, int(std::ceil(double(ministries) / PdfReport::ministriesPerChartPage)));
    }

    // A CSV in the published shape: count openings per ministry, all planned for T4 2021
    // (overdue on 30/06/2022), titles short enough for one line.
    static QString writeCsv(const QString &dir, const QVector<QPair<QString, int>> &ministries)
    {
        const QString path = dir + QStringLiteral("/made-up.csv");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QByteArray text =
            QStringLiteral("\"Données, API ou code source\",\"Données, API, Codes sources "
                           "concernés\",Ministère,État d'avancement,Échéance "
                           "annoncée par les ministères,URL\n")
                .toUtf8();
        for (const auto &[ministry, count] : ministries) {
            for (int i = 1; i <= count; ++i)
                text += QStringLiteral("Données,Jeu %1 %2,%1,Planifié,T4 2021,\n")
                            .arg(ministry)
                            .arg(i)
                            .toUtf8();
        }
        file.write(text);
        return path;
    }

    static bool openTable(Database &db, const QString &table, const QString &csv)
    {
        const ImportSummary summary = importFile(table, csv, ImportMode::Replace);
        if (!summary.ok()) {
            qWarning("import: %s", qPrintable(summary.error));
            return false;
        }
        QString error;
        if (!db.open(table, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

private slots:
    void init() { TestSupport::failOnWarnings(); }

    void sampleReport()
    {
        TestSupport::TempTable table;
        Database db;
        QVERIFY(openTable(db, table.path(),
                          TestSupport::dataFile(QStringLiteral("suivi-ouvertures-etendu.csv"))));
        QString error;
        const std::optional<Progress> progress = computeProgress(db, {}, m_asOf, &error);
        QVERIFY2(progress, qPrintable(error));
        QCOMPARE(progress->byMinistry.size(), 15);

        const QString pdf = table.dir() + QStringLiteral("/rapport.pdf");
        ExportOptions options;
        options.asOf = m_asOf;
        QVector<QPair<qint64, qint64>> reported;
        QVERIFY2(writePdfReport(db, pdf, options, &error,
                                [&reported](qint64 done, qint64 total) {
                                    reported.append({done, total});
                                    return true;
                                }),
                 qPrintable(error));

        // 1 cover + burn-up + per-ministry chart + a page per ministry; no sample ministry has
        // more than 5 openings still due, so no list goes on over a second page, even with
        // titles on three lines.
        int expected = 1 + chartPages(15);
        for (const MinistryProgress &m : progress->byMinistry) {
            QVERIFY(m.counts.overdue + m.counts.planned <= PdfReport::rowsOnMinistryPage() / 3);
            expected += ministryPages(m.counts.overdue + m.counts.planned);
        }
        QCOMPARE(expected, 18);
        QCOMPARE(pageCount(pdf), expected);
        QCOMPARE(reported.last(), (QPair<qint64, qint64>(expected, expected)));

        if (!TestSupport::havePdfToText())
            SUIVI_MISSING_TOOL("pdftotext (poppler-utils) is not installed");
        const QString text = TestSupport::pdfText(pdf);
        QVERIFY(!text.isEmpty());
        for (const MinistryProgress &m : progress->byMinistry)
            QVERIFY2(text.contains(m.ministry), qPrintable(m.ministry));
        QVERIFY(text.contains(QLatin1String("30/06/2022")));
        QVERIFY(text.contains(QStringLiteral("%1 / %1").arg(expected)));
        // Openings still due are listed by title; opened ones are not.
        QVERIFY(text.contains(QStringLiteral("API Droit à conduire")));
        QVERIFY(!text.contains(QStringLiteral("API Bulletin officiel des annonces des marchés")));
    }

    void longListsGoOnOverMorePages()
    {
        TestSupport::TempTable table;
        const int cut = ReportData::maxListedPerMinistry;
        // Long: over a few pages; very long: past what the report lists.
        const QString csv =
            writeCsv(table.dir(), {{QStringLiteral("Ministère Long"), 30},
                                   {QStringLiteral("Ministère Très Long"), cut + 25},
                                   {QStringLiteral("Ministère Court"), 1}});
        Database db;
        QVERIFY(openTable(db, table.path(), csv));
        const QString pdf = table.dir() + QStringLiteral("/long.pdf");
        ExportOptions options;
        options.asOf = m_asOf;
        QString error;
        QVERIFY2(writePdfReport(db, pdf, options, &error), qPrintable(error));

        // The very long list shows cut rows and one line saying how many more there are.
        const int expected =
            1 + chartPages(3) + ministryPages(1) + ministryPages(30) + ministryPages(cut + 1);
        QVERIFY(ministryPages(30) > 1);
        QCOMPARE(pageCount(pdf), expected);

        if (!TestSupport::havePdfToText())
            SUIVI_MISSING_TOOL("pdftotext (poppler-utils) is not installed");
        const QString text = TestSupport::pdfText(pdf);
        // Nothing lost between pages; the cut list keeps its first openings.
        for (int i = 1; i <= 30; ++i)
            QVERIFY2(text.contains(QStringLiteral("Jeu Ministère Long %1 ").arg(i)),
                     qPrintable(QString::number(i)));
        QVERIFY(text.contains(QStringLiteral("Jeu Ministère Très Long %1 ").arg(cut)));
        QVERIFY(!text.contains(QStringLiteral("Jeu Ministère Très Long %1 ").arg(cut + 1)));
        QVERIFY(text.contains(QStringLiteral("25")));
    }

    void oneMinistry()
    {
        TestSupport::TempTable table;
        Database db;
        QVERIFY(openTable(db, table.path(),
                          TestSupport::dataFile(QStringLiteral("suivi-ouvertures-etendu.csv"))));
        MinistryDirectory ministries(db);
        QString error;
        QVERIFY(ministries.load(&error));
        ExportOptions options;
        options.asOf = m_asOf;
        options.ministryId = ministries.find(QStringLiteral("Ministère de la Culture"));
        QVERIFY(*options.ministryId > 0);
        const QString pdf = table.dir() + QStringLiteral("/culture.pdf");
        QVERIFY2(writePdfReport(db, pdf, options, &error), qPrintable(error));
        QCOMPARE(pageCount(pdf), 1 + chartPages(1) + 1);
        if (!TestSupport::havePdfToText())
            SUIVI_MISSING_TOOL("pdftotext (poppler-utils) is not installed");
        const QString text = TestSupport::pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Ministère de la Culture")));
        QVERIFY(!text.contains(QStringLiteral("Ministère de la Justice")));
    }

    void ministryWithoutOpenings()
    {
        TestSupport::TempTable table;
        Database db;
        QVERIFY(openTable(db, table.path(),
                          TestSupport::dataFile(QStringLiteral("suivi-ouvertures-etendu.csv"))));
        MinistryDirectory ministries(db);
        QString error;
        QVERIFY(ministries.load(&error));
        ExportOptions options;
        options.asOf = m_asOf;
        options.ministryId = ministries.ensure(QStringLiteral("Ministère des Sports"), &error);
        QVERIFY2(*options.ministryId > 0, qPrintable(error));
        const QString pdf = table.dir() + QStringLiteral("/sports.pdf");
        // Its page still comes, saying there is nothing to list.
        QVERIFY2(writePdfReport(db, pdf, options, &error), qPrintable(error));
        QCOMPARE(pageCount(pdf), 1 + chartPages(1) + 1);
        if (!TestSupport::havePdfToText())
            SUIVI_MISSING_TOOL("pdftotext (poppler-utils) is not installed");
        QVERIFY(TestSupport::pdfText(pdf).contains(QStringLiteral("Ministère des Sports")));
    }

    void emptyTable()
    {
        TestSupport::TempTable table;
        Database db;
        QVERIFY(openTable(db, table.path(), writeCsv(table.dir(), {})));
        const QString pdf = table.dir() + QStringLiteral("/vide.pdf");
        ExportOptions options;
        options.asOf = m_asOf;
        QString error;
        QVERIFY2(writePdfReport(db, pdf, options, &error), qPrintable(error));
        QCOMPARE(pageCount(pdf), 1 + chartPages(0));
    }

    void cancelledOrFailedLeavesNoFile_data()
    {
        QTest::addColumn<int>("stopAt");
        // The first report comes from reading the table, the next ones from drawing pages.
        QTest::newRow("reading") << 1;
        QTest::newRow("first page") << 2;
        QTest::newRow("a later page") << 6;
    }

    void cancelledOrFailedLeavesNoFile()
    {
        QFETCH(int, stopAt);
        TestSupport::TempTable table;
        Database db;
        QVERIFY(openTable(db, table.path(),
                          TestSupport::dataFile(QStringLiteral("suivi-ouvertures-etendu.csv"))));
        ExportOptions options;
        options.asOf = m_asOf;
        const QString pdf = table.dir() + QStringLiteral("/rapport.pdf");
        {
            QFile old(pdf);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("before");
        }
        QString error;
        int reports = 0;
        QVERIFY(!writePdfReport(db, pdf, options, &error,
                                [&reports, stopAt](qint64, qint64) { return ++reports < stopAt; }));
        QCOMPARE(reports, stopAt);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile old(pdf);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("before"));
        QCOMPARE(QDir(table.dir()).entryList(QDir::Files).filter(QStringLiteral("rapport")),
                 QStringList{QStringLiteral("rapport.pdf")});

        const QString nowhere = table.dir() + QStringLiteral("/no/such/folder/rapport.pdf");
        QVERIFY(!writePdfReport(db, nowhere, options, &error));
        QVERIFY2(error.contains(QLatin1String("rapport.pdf")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(nowhere));
    }
};

QTEST_MAIN(TestPdfReport)
#include "test_pdfreport.moc"
