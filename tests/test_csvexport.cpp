#include "csvexporter.h"
#include "importer.h"
#include "openingrepository.h"
#include "store.h"
#include "testopenings.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

// The CSV exports, byte by byte in both dialects, and the open-data form read
// back through the importer into an identical table.
class TestCsvExport : public QObject, public TestSupport::StoreFixture
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_out;
    qint64 m_interior = 0;
    qint64 m_economy = 0;
    const QDate m_asOf{2021, 10, 15};
    // 02:45 in Paris (the tests run with TZ=Europe/Paris).
    const QDateTime m_updated{QDate(2021, 9, 20), QTime(0, 45), Qt::UTC};

    qint64 add(qint64 ministry, Kind kind, const QString &title, Quarter announced,
               const QDate &effective, Status status, const QString &url = {},
               const QString &comment = {}, const QString &description = {}, Quarter first = {})
    {
        QString error;
        const qint64 id = m_store->addOpening(TestOpenings::make(ministry, title)
                                                  .kind(kind)
                                                  .announced(announced)
                                                  .firstAnnounced(first)
                                                  .effective(effective)
                                                  .status(status)
                                                  .url(url)
                                                  .comment(comment)
                                                  .description(description)
                                                  .updated(m_updated),
                                              &error);
        if (id <= 0)
            qWarning("cannot add %s: %s", qPrintable(title), qPrintable(error));
        return id;
    }

    // Rows that exercise quoting and neutralisation in both dialects. The
    // importer trims cells, so values starting with a tab or a carriage
    // return (edges) are left out of round trips.
    void addTrickyRows(bool edges = true)
    {
        add(m_interior, Kind::Api, QStringLiteral("API Historique d'un véhicule, 2e version"),
            Quarter(2021, 4), {}, Status::NotAvailable, {},
            QStringLiteral("Reporté : dépendance au SIV.\nNouvelle échéance \"à confirmer\", voir "
                           "CIAD."),
            QStringLiteral("Historique; propriétaires"), Quarter(2021, 3));
        add(m_interior, Kind::Dataset, QStringLiteral("=SOMME(A1:A2)"), Quarter(2021, 2),
            QDate(2021, 6, 22), Status::Available, QStringLiteral("https://www.data.gouv.fr/x"));
        add(m_economy, Kind::SourceCode, QStringLiteral("+33 1 23"), Quarter(2021, 1),
            QDate(2021, 7, 1), Status::UpdateRequired, {}, QStringLiteral("-3 jours"),
            QStringLiteral("@ministre"));
        if (edges)
            add(m_economy, Kind::Dataset, QStringLiteral("\tTabulé"), Quarter(2022, 1), {},
                Status::Planned, {}, QStringLiteral("\rretour"));
    }

    QString exportFile(CsvDialect dialect, const ExportOptions &options = {})
    {
        const QString path = m_out->filePath(QStringLiteral("out.csv"));
        QString error;
        ExportOptions o = options;
        o.asOf = m_asOf;
        if (!exportCsv(m_store->database(), path, dialect, o, &error))
            qWarning("export failed: %s", qPrintable(error));
        return path;
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

    static QVector<Opening> openings(Database &db)
    {
        QVector<Opening> list;
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT %1 FROM openings o JOIN ministries m ON m.id = "
                              "o.ministry_id ORDER BY o.id")
                   .arg(OpeningRepository::selectColumns()));
        while (q.next())
            list.append(OpeningRepository::row(q));
        return list;
    }

private slots:
    void init()
    {
        TestSupport::failOnWarnings();
        newTable();
        m_out = std::make_unique<QTemporaryDir>();
        openStore();
        if (QTest::currentTestFailed())
            return;
        QString error;
        m_interior = m_store->ensureMinistry(QStringLiteral("Ministère de l'Intérieur"), &error);
        m_economy = m_store->ensureMinistry(
            QStringLiteral("Ministère de l'Économie, des Finances et de la Relance"), &error);
        QVERIFY2(m_interior > 0 && m_economy > 0, qPrintable(error));
    }

    void cleanup()
    {
        tearDown();
        m_out.reset();
    }

    void field_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("excel");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QStringLiteral("Base") << false << QByteArray("Base");
        QTest::newRow("empty") << QString() << false << QByteArray();
        QTest::newRow("comma") << QStringLiteral("a, b") << false << QByteArray("\"a, b\"");
        QTest::newRow("comma excel") << QStringLiteral("a, b") << true << QByteArray("a, b");
        QTest::newRow("semicolon") << QStringLiteral("a; b") << false << QByteArray("a; b");
        QTest::newRow("semicolon excel")
            << QStringLiteral("a; b") << true << QByteArray("\"a; b\"");
        QTest::newRow("quote") << QStringLiteral("dit \"oui\"") << false
                               << QByteArray("\"dit \"\"oui\"\"\"");
        QTest::newRow("line feed") << QStringLiteral("a\nb") << false << QByteArray("\"a\nb\"");
        QTest::newRow("carriage return")
            << QStringLiteral("a\rb") << true << QByteArray("\"a\rb\"");
        QTest::newRow("accents") << QStringLiteral("Échéance") << false
                                 << QByteArray("\xc3\x89"
                                               "ch\xc3\xa9"
                                               "ance");
        QTest::newRow("formula kept in open data")
            << QStringLiteral("=1+1") << false << QByteArray("=1+1");
        QTest::newRow("equals") << QStringLiteral("=1+1") << true << QByteArray("'=1+1");
        QTest::newRow("plus") << QStringLiteral("+33 1 23") << true << QByteArray("'+33 1 23");
        QTest::newRow("minus") << QStringLiteral("-3") << true << QByteArray("'-3");
        QTest::newRow("at") << QStringLiteral("@x") << true << QByteArray("'@x");
        QTest::newRow("tab") << QStringLiteral("\tx") << true << QByteArray("'\tx");
        QTest::newRow("cr first") << QStringLiteral("\rx") << true << QByteArray("\"'\rx\"");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << true << QByteArray("a=b");
        QTest::newRow("neutralised and quoted")
            << QStringLiteral("=A1;B1") << true << QByteArray("\"'=A1;B1\"");
    }

    void field()
    {
        QFETCH(QString, value);
        QFETCH(bool, excel);
        QFETCH(QByteArray, expected);
        QCOMPARE(CsvExport::field(value, excel ? CsvDialect::Excel : CsvDialect::OpenData),
                 expected);
    }

    void openDataBytes()
    {
        addTrickyRows();
        const QByteArray bytes = read(exportFile(CsvDialect::OpenData));
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        const QByteArray expected =
            "\"Donn\xc3\xa9"
            "es, API ou code source\",\"Donn\xc3\xa9"
            "es, API, Codes sources "
            "concern\xc3\xa9s\",Minist\xc3\xa8re,\xc3\x89tat d'avancement,\xc3\x89"
            "ch\xc3\xa9"
            "ance annonc\xc3\xa9"
            "e par les minist\xc3\xa8res,URL,Last Modified,Date "
            "d'ouverture effective,\xc3\x89"
            "ch\xc3\xa9"
            "ance initiale,Commentaire,Description\n"
            "API,\"API Historique d'un v\xc3\xa9hicule, 2e version\",Minist\xc3\xa8re de "
            "l'Int\xc3\xa9rieur,Non disponible,T4 2021,,2021-09-20T00:45:00.000Z,,T3 2021,"
            "\"Report\xc3\xa9 : d\xc3\xa9pendance au SIV.\nNouvelle \xc3\xa9"
            "ch\xc3\xa9"
            "ance \"\"\xc3\xa0 confirmer\"\", voir CIAD.\",Historique; propri\xc3\xa9taires\n"
            "Donn\xc3\xa9"
            "es,=SOMME(A1:A2),Minist\xc3\xa8re de l'Int\xc3\xa9rieur,Disponible,"
            "T2 2021,https://www.data.gouv.fr/x,2021-09-20T00:45:00.000Z,22/06/2021,T2 2021,,\n"
            "Code source,+33 1 23,\"Minist\xc3\xa8re de l'\xc3\x89"
            "conomie, des Finances et de "
            "la Relance\",Mise \xc3\xa0 jour requise,T1 2021,,2021-09-20T00:45:00.000Z,"
            "01/07/2021,T1 2021,-3 jours,@ministre\n"
            "Donn\xc3\xa9"
            "es,\tTabul\xc3\xa9,\"Minist\xc3\xa8re de l'\xc3\x89"
            "conomie, des "
            "Finances et de la Relance\",Planifi\xc3\xa9,T1 2022,,2021-09-20T00:45:00.000Z,,"
            "T1 2022,\"\rretour\",\n";
        QCOMPARE(bytes, expected);
    }

    void excelBytes()
    {
        addTrickyRows();
        const QByteArray bytes = read(exportFile(CsvDialect::Excel));
        const QByteArray expected =
            "\xEF\xBB\xBF"
            "Donn\xc3\xa9"
            "es, API ou code source;Donn\xc3\xa9"
            "es, API, Codes sources "
            "concern\xc3\xa9s;Minist\xc3\xa8re;\xc3\x89tat d'avancement;\xc3\x89"
            "ch\xc3\xa9"
            "ance annonc\xc3\xa9"
            "e par les minist\xc3\xa8res;URL;Last Modified;Date "
            "d'ouverture effective;\xc3\x89"
            "ch\xc3\xa9"
            "ance initiale;Commentaire;Description\r\n"
            "API;API Historique d'un v\xc3\xa9hicule, 2e version;Minist\xc3\xa8re de "
            "l'Int\xc3\xa9rieur;Non disponible;T4 2021;;20/09/2021 02:45;;T3 2021;"
            "\"Report\xc3\xa9 : d\xc3\xa9pendance au SIV.\nNouvelle \xc3\xa9"
            "ch\xc3\xa9"
            "ance \"\"\xc3\xa0 confirmer\"\", voir CIAD.\";\"Historique; propri\xc3\xa9taires\"\r\n"
            "Donn\xc3\xa9"
            "es;'=SOMME(A1:A2);Minist\xc3\xa8re de l'Int\xc3\xa9rieur;Disponible;"
            "T2 2021;https://www.data.gouv.fr/x;20/09/2021 02:45;22/06/2021;T2 2021;;\r\n"
            "Code source;'+33 1 23;Minist\xc3\xa8re de l'\xc3\x89"
            "conomie, des Finances et de "
            "la Relance;Mise \xc3\xa0 jour requise;T1 2021;;20/09/2021 02:45;"
            "01/07/2021;T1 2021;'-3 jours;'@ministre\r\n"
            "Donn\xc3\xa9"
            "es;'\tTabul\xc3\xa9;Minist\xc3\xa8re de l'\xc3\x89"
            "conomie, des "
            "Finances et de la Relance;Planifi\xc3\xa9;T1 2022;;20/09/2021 02:45;;"
            "T1 2022;\"'\rretour\";\r\n";
        QCOMPARE(bytes, expected);
    }

    void oneMinistry()
    {
        addTrickyRows();
        ExportOptions options;
        options.ministryId = m_economy;
        const QList<QByteArray> lines = read(exportFile(CsvDialect::OpenData, options)).split('\n');
        // Header, two rows, and the empty piece after the last LF.
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(1).startsWith("Code source,+33 1 23,"));
        QVERIFY(lines.at(2).startsWith("Donn\xc3\xa9"
                                       "es,\tTabul\xc3\xa9,"));
    }

    void emptyTableGivesHeaderOnly()
    {
        const QByteArray bytes = read(exportFile(CsvDialect::Excel));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 1);
        QVERIFY(bytes.endsWith("Description\r\n"));
    }

    void unknownMinistryIsAnError()
    {
        ExportOptions options;
        options.ministryId = 999;
        QString error;
        const QString path = m_out->filePath(QStringLiteral("none.csv"));
        QVERIFY(!exportCsv(m_store->database(), path, CsvDialect::OpenData, options, &error));
        QVERIFY2(error.contains(QStringLiteral("999")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void unwritableTargetIsAnError()
    {
        const QString path = m_out->filePath(QStringLiteral("absent/suivi.csv"));
        QString error;
        QVERIFY(!exportCsv(m_store->database(), path, CsvDialect::OpenData, {}, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    }

    void cancelLeavesNoFile()
    {
        for (int i = 0; i < 3000; ++i)
            add(m_interior, Kind::Dataset, QStringLiteral("Jeu %1").arg(i), Quarter(2021, 3), {},
                Status::Planned);
        const QString path = m_out->filePath(QStringLiteral("cancelled.csv"));
        QString error = QStringLiteral("stale");
        qint64 seenTotal = 0;
        // Cancelled on the first report after some rows were written.
        QVERIFY(!exportCsv(m_store->database(), path, CsvDialect::OpenData, {}, &error,
                           [&seenTotal](qint64 done, qint64 total) {
                               seenTotal = total;
                               return done == 0;
                           }));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(seenTotal, qint64(3000));
        QCOMPARE(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden), QStringList());

        // An existing file is left as it was.
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("previous");
        existing.close();
        QVERIFY(!exportCsv(m_store->database(), path, CsvDialect::Excel, {}, &error,
                           [](qint64, qint64) { return false; }));
        QCOMPARE(read(path), QByteArray("previous"));
        QCOMPARE(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("cancelled.csv")});
    }

    void progressReachesTotal()
    {
        addTrickyRows();
        QString error;
        qint64 last = -1;
        qint64 lastTotal = -1;
        QVERIFY2(exportCsv(m_store->database(), m_out->filePath(QStringLiteral("p.csv")),
                           CsvDialect::OpenData, {}, &error,
                           [&](qint64 done, qint64 total) {
                               last = done;
                               lastTotal = total;
                               return true;
                           }),
                 qPrintable(error));
        QCOMPARE(last, qint64(4));
        QCOMPARE(lastTotal, qint64(4));
    }

    void roundTripThroughImporter_data()
    {
        QTest::addColumn<bool>("excel");
        QTest::newRow("open data") << false;
        // French Excel's form too: the importer reads it back, apostrophes
        // removed; "Last Modified" is then to the minute, in local time.
        QTest::newRow("excel") << true;
    }

    void roundTripThroughImporter()
    {
        QFETCH(bool, excel);
        // The extended sample, then rows the sample lacks: descriptions,
        // multi-line comments with quotes, moved deadlines, formula-like titles.
        const ImportSummary sample = importFile(
            m_table->path(), TestSupport::dataFile(QStringLiteral("suivi-ouvertures-etendu.csv")),
            ImportMode::Merge);
        QVERIFY2(sample.ok(), qPrintable(sample.error));
        m_store->reload();
        addTrickyRows(false);
        // Apostrophes of the values themselves: kept in both dialects.
        add(m_interior, Kind::Dataset, QStringLiteral("'-moins un"), Quarter(2021, 3), {},
            Status::Planned, {}, QStringLiteral("'=pas une formule"));
        add(m_interior, Kind::Api, QStringLiteral("''=deux apostrophes"), Quarter(2021, 3), {},
            Status::Planned, {}, QStringLiteral("'+'"), QStringLiteral("'@x"));
        add(m_economy, Kind::Dataset, QStringLiteral("'"), Quarter(2021, 3), {}, Status::Planned,
            {}, QStringLiteral("'texte"), QStringLiteral("''"));
        const QVector<Opening> before = openings(m_store->database());
        QVERIFY(before.size() > 60);

        const QString path = exportFile(excel ? CsvDialect::Excel : CsvDialect::OpenData);
        TestSupport::TempTable copy;
        const ImportSummary back = importFile(copy.path(), path, ImportMode::Replace);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.imported, before.size());
        Database db;
        QString error;
        QVERIFY2(db.open(copy.path(), &error), qPrintable(error));
        const QVector<Opening> after = openings(db);

        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i) {
            const Opening &a = before.at(i);
            const Opening &b = after.at(i);
            const QByteArray where =
                "opening " + QByteArray::number(i + 1) + " (" + a.title.toUtf8() + ")";
            QVERIFY2(a.ministry == b.ministry, where.constData());
            QVERIFY2(a.kind == b.kind, where.constData());
            QVERIFY2(a.title == b.title, where.constData());
            QVERIFY2(a.description == b.description, where.constData());
            QVERIFY2(a.url == b.url, where.constData());
            QVERIFY2(a.announced == b.announced, where.constData());
            QVERIFY2(a.firstAnnounced == b.firstAnnounced, where.constData());
            QVERIFY2(a.effectiveDate == b.effectiveDate, where.constData());
            QVERIFY2(a.status == b.status, where.constData());
            QVERIFY2(a.comment == b.comment, where.constData());
            const qint64 seconds = a.updatedAt.secsTo(b.updatedAt);
            if (excel)
                QVERIFY2(seconds <= 0 && seconds > -60, where.constData());
            else
                QVERIFY2(a.updatedAt == b.updatedAt, where.constData());
        }
        // The rows added above did move and have descriptions: they were compared.
        QVERIFY(std::any_of(before.cbegin(), before.cend(), [](const Opening &o) {
            return o.firstAnnounced != o.announced && !o.description.isEmpty() &&
                   o.comment.contains(QLatin1Char('\n'));
        }));
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "test_csvexport.moc"
