#include "database.h"
#include "importer.h"
#include "openingrepository.h"
#include "progress.h"
#include "stagedfile.h"
#include "store.h"
#include "testopenings.h"
#include "testsupport.h"
#include "xlsx/xlsxchecker.h"
#include "xlsx/xlsxexpectations.h"
#include "xlsxexporter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The XLSX export, read back by an independent reader (openpyxl, through
// tests/xlsx/check_xlsx.py) and compared cell by cell with the database and
// with computeProgress.
class TestXlsxExport : public QObject, public TestSupport::StoreFixture
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_out;
    const QDate m_asOf{2021, 10, 15};

    // Sheet names of the sample's ministries, in French alphabetical order of
    // their full names.
    const QStringList m_sampleSheets{
        QStringLiteral("Agriculture"),
        QStringLiteral("Économie, des Finances"),
        QStringLiteral("Éducation nationale"),
        QStringLiteral("Enseignement supérieur"),
        QStringLiteral("Europe et des Affaires"),
        QStringLiteral("Intérieur"),
        QStringLiteral("Cohésion des territoires"),
        QStringLiteral("Culture"),
        QStringLiteral("Justice"),
        QStringLiteral("Transformation"),
        QStringLiteral("Transition écologique"),
        QStringLiteral("Armées"),
        QStringLiteral("Solidarités et de la Santé"),
        QStringLiteral("Travail, de l'Emploi"),
        QStringLiteral("Services du Premier ministre"),
    };
    // Titles that a spreadsheet would take for formulas: must stay text.
    const QStringList m_formulaTitles{QStringLiteral("=SOMME(A1:A2)"), QStringLiteral("+33 1 23"),
                                      QStringLiteral("-1"), QStringLiteral("@ministre")};
    const QString m_longUrl = QStringLiteral("https://www.data.gouv.fr/") + QString(2100, u'a');
    // URLs written as plain text, not as hyperlinks.
    QStringList notLinks() const
    {
        return {QStringLiteral("pas une adresse"), QStringLiteral("ftp://ftp.ign.fr/bd"),
                m_longUrl};
    }

    QVector<Opening> openings(std::optional<qint64> ministry = {})
    {
        QVector<Opening> list;
        QSqlQuery q(m_store->database().connection());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT %1 FROM openings o JOIN ministries m ON m.id = "
                              "o.ministry_id ORDER BY o.id")
                   .arg(OpeningRepository::selectColumns()));
        while (q.next()) {
            const Opening o = OpeningRepository::row(q);
            if (!ministry || o.ministryId == *ministry)
                list.append(o);
        }
        return list;
    }

    // The sample table, plus openings whose cells need care.
    void loadSample()
    {
        const ImportSummary sample = importFile(
            m_table->path(), TestSupport::dataFile(QStringLiteral("suivi-ouvertures-etendu.csv")),
            ImportMode::Merge);
        QVERIFY2(sample.ok(), qPrintable(sample.error));
        m_store->reload();
        const qint64 interior =
            m_store->ministries().find(QStringLiteral("Ministère de l'Intérieur"));
        QVERIFY(interior > 0);
        auto add = [&](const QString &title, const QString &url, const QString &description) {
            QString addError;
            QVERIFY2(m_store->addOpening(TestOpenings::make(interior, title)
                                             .kind(Kind::Dataset)
                                             .url(url)
                                             .description(description)
                                             .announced(Quarter(2021, 4))
                                             .firstAnnounced(Quarter(2021, 2))
                                             .effective(QDate(2021, 12, 24))
                                             .status(Status::Available)
                                             .comment(QStringLiteral("Ligne 1\nLigne \"2\"")),
                                         &addError) > 0,
                     qPrintable(addError));
        };
        for (const QString &title : m_formulaTitles)
            add(title, QStringLiteral("https://www.data.gouv.fr/"), QStringLiteral("=1+1"));
        const QStringList plain = notLinks();
        for (int i = 0; i < plain.size(); ++i)
            add(QStringLiteral("Adresse %1").arg(i + 1), plain.at(i), {});
    }

    QString exportTo(const QString &name, const ExportOptions &options, QString *error)
    {
        const QString path = m_out->filePath(name);
        ExportOptions o = options;
        o.asOf = m_asOf;
        return exportXlsx(m_store->database(), path, o, error) ? path : QString();
    }

    // The summary's tables, as computeProgress gives them.
    QJsonArray summaryTables(const QString &sheet, std::optional<qint64> ministry)
    {
        OpeningFilter filter;
        if (ministry)
            filter.ministryIds = {*ministry};
        QString error;
        const std::optional<Progress> p =
            computeProgress(m_store->database(), filter, m_asOf, &error);
        if (!p) {
            qWarning("progress: %s", qPrintable(error));
            return {};
        }
        return XlsxExpectations::summaryTables(sheet, *p);
    }

    // Hyperlink expectations for the URL column (I) of rows, first data row 2.
    QJsonObject links(const QVector<Opening> &rows) const
    {
        QJsonObject out;
        for (int i = 0; i < rows.size(); ++i) {
            const QString &url = rows.at(i).url;
            if (url.isEmpty())
                continue;
            out.insert(QStringLiteral("I%1").arg(i + 2),
                       notLinks().contains(url) ? QJsonValue() : QJsonValue(url));
        }
        return out;
    }

    static void check(const QString &path, const QJsonObject &expectations)
    {
        QString report;
        QVERIFY2(XlsxChecker::check(path, expectations, &report), qPrintable(report));
    }

private slots:
    void init()
    {
        TestSupport::failOnWarnings();
        newTable();
        m_out = std::make_unique<QTemporaryDir>();
        openStore();
    }

    void cleanup()
    {
        tearDown();
        m_out.reset();
    }

    void wholeTable()
    {
        if (XlsxChecker::python().isEmpty())
            SUIVI_MISSING_TOOL("No Python with openpyxl (python3-openpyxl); set SUIVI_PYTHON.");
        loadSample();
        QString error;
        const QString path = exportTo(QStringLiteral("suivi.xlsx"), {}, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));

        // Rows grouped by ministry in the summary's order, each in table order.
        const QVector<Opening> all = openings();
        QStringList ministryOrder;
        QJsonArray allRows;
        QJsonObject rows;
        QVector<Opening> ordered;
        {
            QString progressError;
            const auto p = computeProgress(m_store->database(), {}, m_asOf, &progressError);
            QVERIFY2(p, qPrintable(progressError));
            QCOMPARE(p->byMinistry.size(), m_sampleSheets.size());
            for (int i = 0; i < p->byMinistry.size(); ++i) {
                QJsonArray own;
                for (const Opening &o : all) {
                    if (o.ministryId != p->byMinistry.at(i).ministryId)
                        continue;
                    own.append(XlsxExpectations::row(o));
                    allRows.append(XlsxExpectations::row(o));
                    ordered.append(o);
                }
                rows.insert(m_sampleSheets.at(i), own);
            }
        }
        QCOMPARE(ordered.size(), all.size());
        rows.insert(QStringLiteral("Ouvertures"), allRows);

        QJsonArray sheets{"Synthèse", "Ouvertures"};
        for (const QString &name : m_sampleSheets)
            sheets.append(name);
        QJsonArray plainStrings;
        for (const QString &title : m_formulaTitles)
            plainStrings.append(title);

        QJsonObject expectations{
            {"sheets", sheets},
            {"header", QJsonObject{{"sheets", QJsonArray::fromStringList(QStringList{"Ouvertures"} +
                                                                         m_sampleSheets)},
                                   {"cells", XlsxExpectations::openingsHeader()}}},
            {"rows", rows},
            {"tables", summaryTables(QStringLiteral("Synthèse"), {})},
            {"contains",
             QJsonObject{
                 {"Synthèse", QJsonArray{"Suivi des ouvertures de données, API et codes sources",
                                         "Tous les ministères"}}}},
            {"cells",
             QJsonArray{
                 QJsonObject{{"sheet", "Synthèse"},
                             {"cell", "B2"},
                             {"value", QJsonObject{{"date", m_asOf.toString(Qt::ISODate)}}}},
                 QJsonObject{
                     {"sheet", "Synthèse"}, {"cell", "B3"}, {"value", "Tous les ministères"}},
             }},
            {"links", QJsonObject{{"Ouvertures", links(ordered)}}},
            {"charts", QJsonObject{{"Synthèse", 2}, {"Ouvertures", 0}}},
            {"freeze", QJsonObject{{"Ouvertures", "A2"}, {"Intérieur", "A2"}}},
            {"autofilter",
             QJsonObject{{"Ouvertures", QStringLiteral("A1:K%1").arg(all.size() + 1)}}},
        };
        check(path, expectations);

        // The formula-like titles are among the rows checked as text cells;
        // say so explicitly for the one a reader would worry about.
        int formulas = 0;
        for (const Opening &o : all)
            formulas += m_formulaTitles.contains(o.title);
        QCOMPARE(formulas, m_formulaTitles.size());
    }

    void oneMinistry()
    {
        if (XlsxChecker::python().isEmpty())
            SUIVI_MISSING_TOOL("No Python with openpyxl (python3-openpyxl); set SUIVI_PYTHON.");
        loadSample();
        const qint64 interior =
            m_store->ministries().find(QStringLiteral("Ministère de l'Intérieur"));
        ExportOptions options;
        options.ministryId = interior;
        QString error;
        const QString path = exportTo(QStringLiteral("interieur.xlsx"), options, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));

        const QVector<Opening> own = openings(interior);
        QJsonArray rows;
        for (const Opening &o : own)
            rows.append(XlsxExpectations::row(o));
        const QJsonObject expectations{
            {"sheets", QJsonArray{"Synthèse", "Ouvertures"}},
            {"rows", QJsonObject{{"Ouvertures", rows}}},
            {"tables", summaryTables(QStringLiteral("Synthèse"), interior)},
            {"cells",
             QJsonArray{QJsonObject{
                 {"sheet", "Synthèse"}, {"cell", "B3"}, {"value", "Ministère de l'Intérieur"}}}},
            {"links", QJsonObject{{"Ouvertures", links(own)}}},
            {"charts", QJsonObject{{"Synthèse", 2}}},
        };
        check(path, expectations);
    }

    void emptyTable()
    {
        if (XlsxChecker::python().isEmpty())
            SUIVI_MISSING_TOOL("No Python with openpyxl (python3-openpyxl); set SUIVI_PYTHON.");
        QString error;
        const QString path = exportTo(QStringLiteral("vide.xlsx"), {}, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        const QJsonObject expectations{
            {"sheets", QJsonArray{"Synthèse", "Ouvertures"}},
            {"header", QJsonObject{{"sheets", QJsonArray{"Ouvertures"}},
                                   {"cells", XlsxExpectations::openingsHeader()}}},
            {"rows", QJsonObject{{"Ouvertures", QJsonArray()}}},
            {"charts", QJsonObject{{"Synthèse", 0}}},
        };
        check(path, expectations);
    }

    // Past 65,530 candidate hyperlinks in the workbook (libxlsxwriter keeps
    // each in memory until the file is written), every sheet gets a share in
    // proportion to its URLs; the other URLs stay as text.
    void hyperlinksShareTheWorkbookBudget()
    {
        if (XlsxChecker::python().isEmpty())
            SUIVI_MISSING_TOOL("No Python with openpyxl (python3-openpyxl); set SUIVI_PYTHON.");
        Database &db = m_store->database();
        QString error;
        const qint64 culture = m_store->ensureMinistry(QStringLiteral("Culture"), &error);
        const qint64 interior = m_store->ensureMinistry(QStringLiteral("Intérieur"), &error);
        QVERIFY2(culture > 0 && interior > 0, qPrintable(error));
        // 40,000 URLs for Culture, 20,000 for Intérieur, each on two sheets:
        // 120,000 candidates for 65,530 hyperlinks.
        const int perCulture = 40000;
        const int perInterior = 20000;
        OpeningRepository repository(db);
        QVERIFY(db.transaction());
        TestOpenings::Builder row(culture, QString());
        row.announced(Quarter(2022, 1)).updated(QDateTime(QDate(2022, 1, 3), QTime(9, 0), Qt::UTC));
        for (int i = 0; i < perCulture + perInterior; ++i) {
            row.ministry(i < perCulture ? culture : interior)
                .title(QStringLiteral("Jeu %1").arg(i + 1))
                .url(QStringLiteral("https://www.data.gouv.fr/jeu-%1").arg(i + 1));
            if (repository.insert(row, &error) <= 0)
                QFAIL(qPrintable(error));
        }
        QVERIFY2(db.commit(&error), qPrintable(error));
        const QString path = exportTo(QStringLiteral("liens.xlsx"), {}, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));

        const qint64 written = 2 * (perCulture + perInterior);
        auto share = [written](qint64 urls) { return double(urls * 65530 / written); };
        const QJsonObject expectations{
            {"sheets", QJsonArray{"Synthèse", "Ouvertures", "Culture", "Intérieur"}},
            {"link_counts", QJsonObject{{"Ouvertures", share(perCulture + perInterior)},
                                        {"Culture", share(perCulture)},
                                        {"Intérieur", share(perInterior)}}},
            // Every URL is still there, as text past the share.
            {"titles", QJsonObject{{"Ouvertures",
                                    QJsonObject{{"column", 9},
                                                {"rows", perCulture + perInterior + 1},
                                                {"first", "https://www.data.gouv.fr/jeu-1"},
                                                {"last", "https://www.data.gouv.fr/jeu-60000"}}}}},
        };
        check(path, expectations);
    }

    void unknownMinistryIsAnError()
    {
        ExportOptions options;
        options.ministryId = 4242;
        QString error;
        QVERIFY(exportTo(QStringLiteral("x.xlsx"), options, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("4242")), qPrintable(error));
        QCOMPARE(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void unwritableTargetIsAnError()
    {
        const QString path = m_out->filePath(QStringLiteral("absent/suivi.xlsx"));
        QString error;
        QVERIFY(!exportXlsx(m_store->database(), path, {}, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    }

    void cancelLeavesNoFile()
    {
        const qint64 ministry = m_store->ensureMinistry(QStringLiteral("Culture"), nullptr);
        for (int i = 0; i < 2100; ++i) {
            QVERIFY(
                m_store->addOpening(TestOpenings::make(ministry, QStringLiteral("Jeu %1").arg(i))
                                        .announced(Quarter(2021, 3)),
                                    nullptr) > 0);
        }
        const QString path = m_out->filePath(QStringLiteral("annule.xlsx"));
        QString error = QStringLiteral("stale");
        qint64 reports = 0;
        ExportOptions options;
        QVERIFY(!exportXlsx(m_store->database(), path, options, &error,
                            [&reports](qint64 done, qint64 total) {
                                ++reports;
                                return done < total / 2;
                            }));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(reports >= 2);
        QCOMPARE(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden), QStringList());

        // Cancelling over an existing file leaves it as it was.
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("previous");
        existing.close();
        QVERIFY(!exportXlsx(m_store->database(), path, options, &error,
                            [](qint64 done, qint64) { return done == 0; }));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("previous"));
        QCOMPARE(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("annule.xlsx")});
    }

    void replacesAnExistingFile()
    {
        const qint64 ministry = m_store->ensureMinistry(QStringLiteral("Culture"), nullptr);
        QVERIFY(m_store->addOpening(TestOpenings::make(ministry, QStringLiteral("Base Mérimée")),
                                    nullptr) > 0);
        const QString path = m_out->filePath(QStringLiteral("suivi.xlsx"));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("previous");
        existing.close();
        QString error;
        QVERIFY2(exportXlsx(m_store->database(), path, {}, &error), qPrintable(error));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QVERIFY(existing.read(2) == "PK"); // a zip container now
        QCOMPARE(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("suivi.xlsx")});
    }

    // The staged file is renamed over the target: when that fails, the old file is
    // still there (it is never removed first).
    void failedReplaceKeepsTheOldFile()
    {
        const QString path = m_out->filePath(QStringLiteral("garde.xlsx"));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("previous");
        existing.close();
        StagedFile staged(path);
        QString error;
        QVERIFY2(staged.open(&error), qPrintable(error));
        QVERIFY(QFile::remove(staged.partPath())); // the rename can only fail now
        QVERIFY(!staged.replaceTarget(&error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("previous"));
    }

    // The partial files of a killed export to the same file are removed by the next
    // export; other hidden files are left alone.
    void removesLeftoversOfAKilledExport()
    {
        const qint64 ministry = m_store->ensureMinistry(QStringLiteral("Culture"), nullptr);
        QVERIFY(m_store->addOpening(TestOpenings::make(ministry, QStringLiteral("Base Mérimée")),
                                    nullptr) > 0);
        const QString path = m_out->filePath(QStringLiteral("suivi.xlsx"));
        const QStringList leftovers{QStringLiteral(".suivi.xlsx.aB3xYz.part"),
                                    QStringLiteral(".suivi.xlsx.000000.part")};
        const QStringList kept{QStringLiteral(".autre.xlsx.aB3xYz.part"),
                               QStringLiteral(".suivi.xlsx.notes")};
        for (const QString &name : leftovers + kept) {
            QFile f(m_out->filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("partial");
        }
        QString error;
        QVERIFY2(exportXlsx(m_store->database(), path, {}, &error), qPrintable(error));
        QStringList expected = kept + QStringList{QStringLiteral("suivi.xlsx")};
        expected.sort();
        QStringList found = QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden);
        found.sort();
        QCOMPARE(found, expected);
    }
};

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "test_xlsxexport.moc"
