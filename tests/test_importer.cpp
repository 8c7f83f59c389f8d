// Tests of the importer on good files: every header shape of the samples,
// merge and replace with their change log, timestamps, synonyms and
// notations, progress; on SQLite and, as test_importer_pg, on PostgreSQL.
#include "csvreader.h"
#include "database.h"
#include "importer.h"
#include "importtestsupport.h"
#include "ministrydirectory.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ImportTest;

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void init() { TestSupport::failOnWarnings(); }

    void samples_data();
    void samples();
    void previewSamples_data();
    void previewSamples();
    void extendedColumns();
    void lastModified_data();
    void lastModified();
    void mergeUpdatesStatuses();
    void mergeLeavesAbsentColumns();
    void mergeComparesStatedFields();
    void replaceLogsDeletions();
    void synonymsNotationsAndAliases();
    void excelEscapedCells();
    void progressCountsBytes();
    void newFileEndsInWal();
    void failedNewFileIsRemoved_data();
    void failedNewFileIsRemoved();
    void utf16_data();
    void utf16();

private:
    CsvFiles m_files;
};

void TestImporter::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("statuses");

    const QStringList published{"available|27", "planned|36"};
    const QStringList later{"available|33", "not_available|3", "planned|27"};
    QTest::newRow("2021") << sample("suivi-ouvertures-2021.csv") << published;
    QTest::newRow("2021-excel-fr") << sample("suivi-ouvertures-2021-excel-fr.csv") << published;
    QTest::newRow("2023") << sample("suivi-ouvertures-2023.csv") << later;
    QTest::newRow("etendu") << sample("suivi-ouvertures-etendu.csv") << later;
}

void TestImporter::samples()
{
    QFETCH(QString, file);
    QFETCH(QStringList, statuses);

    TestSupport::TempTable table;
    const ImportSummary summary = importFile(table.path(), file, ImportMode::Merge);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.imported, 63);
    QCOMPARE(summary.updated, 0);
    QCOMPARE(summary.unchanged, 0);
    QCOMPARE(summary.ministriesCreated, 15);
    QCOMPARE(summary.warningCount, 0);
    QCOMPARE(summary.toString(), u"imported 63, updated 0, unchanged 0"_s);

    const QString db = table.path();
    QCOMPARE(dump(db, "SELECT kind, COUNT(*) FROM openings GROUP BY kind ORDER BY kind"),
             QStringList({"api|14", "dataset|41", "source_code|8"}));
    QCOMPARE(dump(db, "SELECT status, COUNT(*) FROM openings GROUP BY status ORDER BY status"),
             statuses);
    QCOMPARE(count(db, "SELECT COUNT(*) FROM ministries"), 15);
    QCOMPARE(count(db, "SELECT COUNT(DISTINCT ministry_id) FROM openings"), 15);
    QCOMPARE(count(db, "SELECT COUNT(*) FROM changes WHERE field = 'created' AND opening_id IN "
                       "(SELECT id FROM openings) AND new_value IS NOT NULL"),
             63);
    QCOMPARE(count(db, "SELECT COUNT(*) FROM changes"), 63);
    QCOMPARE(scalar(db, "SELECT m.name, o.title, o.announced_q, o.first_announced_q FROM openings "
                        "o JOIN ministries m ON m.id = o.ministry_id ORDER BY o.id LIMIT 1"),
             u"Ministère de l'Intérieur|API Historique d'un véhicule (HistoVec)|%1|%1"_s.arg(
                 Quarter(2021, 3).key()));
    // Titles are searchable by their folded form.
    QCOMPARE(count(db, "SELECT COUNT(*) FROM openings WHERE search_key LIKE '%d''un vehicule%'"),
             1);
}

void TestImporter::previewSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<int>("columns");

    QTest::newRow("2021") << sample("suivi-ouvertures-2021.csv") << "UTF-8"
                          << "," << 7;
    QTest::newRow("2021-excel-fr") << sample("suivi-ouvertures-2021-excel-fr.csv") << "Windows-1252"
                                   << ";" << 7;
    QTest::newRow("2023") << sample("suivi-ouvertures-2023.csv") << "UTF-8 (BOM)"
                          << "," << 6;
    QTest::newRow("etendu") << sample("suivi-ouvertures-etendu.csv") << "UTF-8"
                            << "," << 9;
}

void TestImporter::previewSamples()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, separator);
    QFETCH(int, columns);

    const ImportPreview preview = previewImport(file, 10);
    QVERIFY2(preview.ok(), qPrintable(preview.errors.value(0).toString()));
    QCOMPARE(preview.rowCount, 63);
    QCOMPARE(preview.rows.size(), 10);
    QCOMPARE(preview.encoding, encoding);
    QCOMPARE(QString(preview.separator), separator);
    QCOMPARE(preview.headers.size(), columns);
    QVERIFY(preview.unknownColumns.isEmpty());
    QCOMPARE(preview.warningCount, 0);
    const Opening &first = preview.rows.first();
    QCOMPARE(first.ministry, u"Ministère de l'Intérieur"_s);
    QCOMPARE(first.ministryId, 0);
    QCOMPARE(first.kind, Kind::Api);
    QCOMPARE(first.announced, Quarter(2021, 3));
    QCOMPARE(first.firstAnnounced, Quarter(2021, 3));
    QCOMPARE(preview.rows.at(3).url,
             u"https://api.gouv.fr/les-api/api-bulletin-annonces-legales-obligatoires-balo"_s);
}

void TestImporter::extendedColumns()
{
    TestSupport::TempTable table;
    const QString db = table.path();
    const ImportSummary summary =
        importFile(db, sample("suivi-ouvertures-etendu.csv"), ImportMode::Replace);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(count(db, "SELECT COUNT(*) FROM openings WHERE effective_date IS NOT NULL"), 12);
    QCOMPARE(scalar(db, "SELECT effective_date FROM openings WHERE title LIKE '%(BALO)'"),
             u"2021-06-22"_s);
    QCOMPARE(scalar(db, "SELECT comment FROM openings WHERE title LIKE '%HistoVec%'"),
             u"Reporté : dépendance au SIV.\nNouvelle échéance \"à confirmer\", voir CIAD."_s);
    QCOMPARE(count(db, "SELECT COUNT(*) FROM openings WHERE first_announced_q IS NULL OR "
                       "first_announced_q <> announced_q"),
             0);

    // A slipped item keeps its first quarter; an empty one means the announced quarter.
    const QString path = m_files.write(
        "slips.csv", extendedHeader + "\n"
                                      "API,Slipped,Ministère A,Planifié,T2 2022,,,T3 2021,\n"
                                      "API,Not slipped,Ministère A,Planifié,T2 2022,,,,\n");
    QVERIFY(importFile(db, path, ImportMode::Replace).ok());
    QCOMPARE(
        dump(db, "SELECT title, announced_q, first_announced_q FROM openings ORDER BY id"),
        QStringList({u"Slipped|%1|%2"_s.arg(Quarter(2022, 2).key()).arg(Quarter(2021, 3).key()),
                     u"Not slipped|%1|%1"_s.arg(Quarter(2022, 2).key())}));
}

void TestImporter::lastModified_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("updatedAt");

    QTest::newRow("iso") << sample("suivi-ouvertures-2021.csv") << "2021-09-20T00:45:00.000Z";
    // French Excel writes local time: 00:45 in Paris in September is 22:45 UTC.
    QTest::newRow("excel-fr") << sample("suivi-ouvertures-2021-excel-fr.csv")
                              << "2021-09-19T22:45:00.000Z";
}

void TestImporter::lastModified()
{
    QFETCH(QString, file);
    QFETCH(QString, updatedAt);

    TestSupport::TempTable table;
    QVERIFY(importFile(table.path(), file, ImportMode::Merge).ok());
    QCOMPARE(scalar(table.path(), "SELECT updated_at FROM openings ORDER BY id LIMIT 1"),
             updatedAt);
}

void TestImporter::mergeUpdatesStatuses()
{
    TestSupport::TempTable table;
    const QString db = table.path();
    QVERIFY(importFile(db, sample("suivi-ouvertures-2021.csv"), ImportMode::Merge).ok());

    const ImportSummary summary =
        importFile(db, sample("suivi-ouvertures-2023.csv"), ImportMode::Merge);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.imported, 0);
    QCOMPARE(summary.updated, 9);
    QCOMPARE(summary.unchanged, 54);
    QCOMPARE(summary.removed, 0);
    QCOMPARE(summary.ministriesCreated, 0);
    QCOMPARE(summary.toString(), u"imported 0, updated 9, unchanged 54"_s);
    QCOMPARE(dump(db, "SELECT status, COUNT(*) FROM openings GROUP BY status ORDER BY status"),
             QStringList({"available|33", "not_available|3", "planned|27"}));
    QCOMPARE(dump(db, "SELECT field, old_value, new_value, COUNT(*) FROM changes WHERE field <> "
                      "'created' GROUP BY field, old_value, new_value ORDER BY new_value"),
             QStringList({"status|planned|available|6", "status|planned|not_available|3"}));
    QCOMPARE(count(db, "SELECT COUNT(*) FROM openings WHERE version = 2"), 9);
    // The 2023 file has no "Last Modified": updated rows are stamped with the import time.
    QCOMPARE(count(db, "SELECT COUNT(*) FROM openings WHERE version = 2 AND updated_at < "
                       "'2022'"),
             0);

    const QStringList before = snapshot(db);
    const ImportSummary again =
        importFile(db, sample("suivi-ouvertures-2023.csv"), ImportMode::Merge);
    QCOMPARE(again.unchanged, 63);
    QCOMPARE(again.updated + again.imported, 0);
    QCOMPARE(snapshot(db), before);
}

void TestImporter::mergeLeavesAbsentColumns()
{
    TestSupport::TempTable table;
    const QString db = table.path();
    QVERIFY(importFile(db, sample("suivi-ouvertures-etendu.csv"), ImportMode::Merge).ok());
    // The Excel edition has no effective date, first quarter or comment: they stay.
    const ImportSummary summary =
        importFile(db, sample("suivi-ouvertures-2021-excel-fr.csv"), ImportMode::Merge);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.updated, 9);
    QCOMPARE(summary.imported, 0);
    QCOMPARE(count(db, "SELECT COUNT(*) FROM openings WHERE effective_date IS NOT NULL"), 12);
    QCOMPARE(count(db, "SELECT COUNT(*) FROM openings WHERE comment <> ''"), 3);
    // An updated row takes the file's "Last Modified".
    QCOMPARE(scalar(db, "SELECT updated_at FROM openings WHERE title LIKE '%HistoVec%'"),
             u"2021-09-19T22:45:00.000Z"_s);
}

void TestImporter::mergeComparesStatedFields()
{
    TestSupport::TempTable table;
    const QString db = table.path();
    const QByteArray header = extendedHeader + ",Description\n";
    QVERIFY(importFile(
                db,
                m_files.write("base.csv", header + "API,A,M,Planifié,T3 2021,,,T2 2021,c,d\n"
                                                   "API,B,M,Planifié,T3 2021,,,T2 2021,c,d\n"
                                                   "API,C,M,Disponible,T3 2021,u,01/09/2021,,c,d\n"
                                                   "API,D,M,Planifié,T3 2021,,,T2 2021,c,d\n"
                                                   "API,E,M,Planifié,T3 2021,,,,c,d\n"),
                ImportMode::Merge)
                .ok());
    // A: comment; B: first quarter; C: date cleared and URL; D: first quarter
    // left empty (kept); E: title case only.
    const ImportSummary summary =
        importFile(db,
                   m_files.write("next.csv", header + "API,A,M,Planifié,T3 2021,,,T2 2021,c2,d\n"
                                                      "API,B,M,Planifié,T3 2021,,,T1 2021,c,d\n"
                                                      "API,C,M,Disponible,T3 2021,v,,,c,d\n"
                                                      "API,D,M,Planifié,T3 2021,,,,c,d\n"
                                                      "API,e,M,Planifié,T3 2021,,,,c,d\n"),
                   ImportMode::Merge);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.updated, 4);
    QCOMPARE(summary.unchanged, 1);
    QCOMPARE(
        dump(db, "SELECT o.title, c.field, c.old_value, c.new_value FROM changes c JOIN "
                 "openings o ON o.id = c.opening_id WHERE c.field <> 'created' ORDER BY c.id"),
        QStringList(
            {"A|comment|c|c2",
             u"B|first_announced|%1|%2"_s.arg(Quarter(2021, 2).key()).arg(Quarter(2021, 1).key()),
             "C|url|u|v", "C|effective_date|2021-09-01|NULL", "e|title|E|e"}));
    QCOMPARE(scalar(db, "SELECT first_announced_q FROM openings WHERE title = 'D'"),
             QString::number(Quarter(2021, 2).key()));
}

void TestImporter::replaceLogsDeletions()
{
    TestSupport::TempTable table;
    const QString db = table.path();
    QVERIFY(importFile(db, sample("suivi-ouvertures-2021.csv"), ImportMode::Merge).ok());
    const QString firstTitle = scalar(db, "SELECT title FROM openings ORDER BY id LIMIT 1");

    const ImportSummary summary =
        importFile(db, sample("suivi-ouvertures-2023.csv"), ImportMode::Replace);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.removed, 63);
    QCOMPARE(summary.imported, 63);
    QCOMPARE(summary.updated, 0);
    QCOMPARE(summary.toString(), u"imported 63, updated 0, unchanged 0, removed 63"_s);
    QCOMPARE(count(db, "SELECT COUNT(*) FROM openings"), 63);
    QCOMPARE(count(db, "SELECT COUNT(*) FROM openings WHERE version <> 1"), 0);
    QCOMPARE(count(db, "SELECT COUNT(*) FROM changes WHERE field = 'deleted'"), 63);
    QCOMPARE(count(db, "SELECT COUNT(*) FROM changes WHERE field = 'created'"), 126);
    QCOMPARE(
        scalar(db, "SELECT old_value FROM changes WHERE field = 'deleted' ORDER BY id LIMIT 1"),
        firstTitle);
    QCOMPARE(count(db, "SELECT COUNT(*) FROM ministries"), 15);
}

void TestImporter::synonymsNotationsAndAliases()
{
    TestSupport::TempTable table;
    {
        Database db;
        QString error;
        QVERIFY2(db.open(table.path(), &error), qPrintable(error));
        MinistryDirectory ministries(db);
        QVERIFY(ministries.load(&error));
        const qint64 id = ministries.ensure(u"Ministère de l'Économie"_s, &error);
        QVERIFY(id > 0);
        QVERIFY(ministries.addAlias(id, u"Bercy"_s, &error));
    }
    const QString path =
        m_files.write("synonyms.csv", "  titre ;Type;Statut;Ministere;Echeance;Date d'ouverture\r\n"
                                      "a;API;en cours;BERCY;2021-T3;\r\n"
                                      "b;api;DISPONIBLE;Bercy;3e trimestre 2021;2021-09-01\r\n"
                                      "c;code source;Mise à jour requise;bercy;S2 2021;1/7/2021\r\n"
                                      "d;Données;abandonné;Bercy;fin 2021;\r\n"
                                      "e;Donnees;Non disponible;Bercy;mi-2022;\r\n"
                                      "f;Données;Planifié;Bercy;15/09/2021;\r\n"
                                      "g;Données;Planifié;Bercy;2022;\r\n"
                                      "h;Données;Planifié;Bercy;Q1 2023;\r\n");
    const ImportSummary summary = importFile(table.path(), path, ImportMode::Merge);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.imported, 8);
    QCOMPARE(summary.ministriesCreated, 0);
    auto q = [](int y, int n) { return QString::number(Quarter(y, n).key()); };
    QCOMPARE(dump(table.path(), "SELECT title, kind, status, announced_q, effective_date FROM "
                                "openings ORDER BY title"),
             QStringList({"a|api|in_progress|" + q(2021, 3) + "|NULL",
                          "b|api|available|" + q(2021, 3) + "|2021-09-01",
                          "c|source_code|update_required|" + q(2021, 4) + "|2021-07-01",
                          "d|dataset|abandoned|" + q(2021, 4) + "|NULL",
                          "e|dataset|not_available|" + q(2022, 2) + "|NULL",
                          "f|dataset|planned|" + q(2021, 3) + "|NULL",
                          "g|dataset|planned|" + q(2022, 4) + "|NULL",
                          "h|dataset|planned|" + q(2023, 1) + "|NULL"}));
    QCOMPARE(count(table.path(), "SELECT COUNT(*) FROM ministries"), 1);
}

void TestImporter::excelEscapedCells()
{
    // The Excel CSV export (";" and a BOM) puts an apostrophe before what Excel would
    // run as a formula: taken off. An open data CSV (",") keeps its cells as they are.
    const QByteArray row = "API,'=title,Ministère A,Planifié,T3 2021,,,,'-comment\n";
    QByteArray excelHeader = extendedHeader;
    excelHeader.replace(",\"", ";\"").replace("\",", "\";");
    excelHeader.replace(",Minist", ";Minist").replace(",État", ";État");
    excelHeader.replace(",Échéance annoncée", ";Échéance annoncée").replace(",URL", ";URL");
    excelHeader.replace(",Date", ";Date").replace(",Échéance initiale", ";Échéance initiale");
    excelHeader.replace(",Commentaire", ";Commentaire");
    QByteArray excelRow = row;
    excelRow.replace(',', ';');
    const QString excel =
        m_files.write("escaped.csv", "\xEF\xBB\xBF" + excelHeader + "\n" + excelRow);
    TestSupport::TempTable table;
    const ImportSummary summary = importFile(table.path(), excel, ImportMode::Merge);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(scalar(table.path(), "SELECT title, comment FROM openings"), u"=title|-comment"_s);

    const QString openData =
        m_files.write("kept.csv", "\xEF\xBB\xBF" + extendedHeader + "\n" + row);
    TestSupport::TempTable other;
    QVERIFY(importFile(other.path(), openData, ImportMode::Merge).ok());
    QCOMPARE(scalar(other.path(), "SELECT title, comment FROM openings"), u"'=title|'-comment"_s);
}

void TestImporter::progressCountsBytes()
{
    const QString file = sample("suivi-ouvertures-etendu.csv");
    QVector<QPair<qint64, qint64>> calls;
    TestSupport::TempTable table;
    const ImportSummary summary =
        importFile(table.path(), file, ImportMode::Replace, [&](qint64 done, qint64 total) {
            calls.append({done, total});
            return true;
        });
    QVERIFY(summary.ok());
    QVERIFY(calls.size() >= 2);
    QCOMPARE(calls.first(), qMakePair(qint64(0), QFileInfo(file).size()));
    QCOMPARE(calls.last(), qMakePair(QFileInfo(file).size(), QFileInfo(file).size()));

    // The preview reports the same way, and can be stopped.
    calls.clear();
    const ImportPreview preview = previewImport(file, 5, [&](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    });
    QVERIFY(preview.ok());
    QCOMPARE(calls.last(), qMakePair(QFileInfo(file).size(), QFileInfo(file).size()));
    const ImportPreview stopped = previewImport(file, 5, [](qint64, qint64) { return false; });
    QVERIFY(stopped.cancelled);
    QVERIFY(!stopped.ok());
}

// A new file is filled under a rollback journal, then back in WAL mode, whether the
// import succeeded or was rolled back.
void TestImporter::newFileEndsInWal()
{
    SUIVI_SQLITE_ONLY("journal modes are SQLite's");
    const QString bad =
        m_files.write("bad-quarter.csv", publishedHeader + "\nAPI,Titre,Ministère A,Planifié,"
                                                           "T9 2021,\n");
    TestSupport::TempTable table;
    QVERIFY(!QFileInfo::exists(table.path()));
    QVERIFY(
        importFile(table.path(), sample("suivi-ouvertures-etendu.csv"), ImportMode::Replace).ok());
    QCOMPARE(scalar(table.path(), "PRAGMA journal_mode"), u"wal"_s);
    QCOMPARE(count(table.path(), "SELECT COUNT(*) FROM openings"), 63);
    QVERIFY(!QFileInfo::exists(table.path() + QStringLiteral("-journal")));

    // A failed import into an existing table leaves it as it was, in WAL.
    const QStringList before = snapshot(table.path());
    QVERIFY(!importFile(table.path(), bad, ImportMode::Replace).ok());
    QCOMPARE(snapshot(table.path()), before);
    QCOMPARE(scalar(table.path(), "PRAGMA journal_mode"), u"wal"_s);
}

void TestImporter::failedNewFileIsRemoved_data()
{
    QTest::addColumn<bool>("cancel");
    QTest::newRow("error") << false;
    QTest::newRow("cancel") << true;
}

void TestImporter::failedNewFileIsRemoved()
{
    SUIVI_SQLITE_ONLY("table files are SQLite's");
    QFETCH(bool, cancel);
    const QString bad =
        m_files.write("bad-row.csv", publishedHeader + "\nAPI,Titre,Ministère A,Planifié,"
                                                       "T9 2021,\n");
    TestSupport::TempTable table;
    const QString db = table.path();
    QVERIFY(!QFileInfo::exists(db));
    // Cancelled once the table is open: at the first report after the start.
    int reports = 0;
    const ProgressCallback progress = [&](qint64, qint64) { return !cancel || ++reports < 2; };
    const ImportSummary summary = importFile(
        db, cancel ? sample("suivi-ouvertures-etendu.csv") : bad, ImportMode::Replace, progress);
    QVERIFY(!summary.ok());
    QCOMPARE(summary.cancelled, cancel);
    QVERIFY(!cancel || reports >= 2);
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QVERIFY2(!QFileInfo::exists(db + QLatin1String(suffix)), suffix);
    // The folder is still there and the next import creates the table.
    QVERIFY(importFile(db, sample("suivi-ouvertures-etendu.csv"), ImportMode::Replace).ok());
    QCOMPARE(count(db, "SELECT COUNT(*) FROM openings"), 63);
}

void TestImporter::utf16_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("tabs");

    // Excel's "Unicode text": UTF-16 LE with a BOM, tab-separated.
    QTest::newRow("le-bom-tab") << "UTF-16 LE (BOM)" << true;
    QTest::newRow("be-bom") << "UTF-16 BE (BOM)" << false;
    QTest::newRow("le-no-bom") << "UTF-16 LE" << false;
    QTest::newRow("be-no-bom-tab") << "UTF-16 BE" << true;
}

void TestImporter::utf16()
{
    QFETCH(QString, encoding);
    QFETCH(bool, tabs);

    const QString utf8File = sample("suivi-ouvertures-etendu.csv");
    QFile source(utf8File);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(source.readAll());
    if (tabs) {
        // Written again field by field, tab-separated, quoted where needed.
        QString error;
        const auto records = CsvReader::readAll(text.toUtf8(), &error);
        QVERIFY2(records, qPrintable(error));
        QStringList lines;
        for (const CsvReader::Record &record : *records) {
            QStringList fields;
            for (QString field : record.fields) {
                if (field.contains(u'"') || field.contains(u'\t') || field.contains(u'\n'))
                    field = u'"' + field.replace(u"\""_s, u"\"\""_s) + u'"';
                fields << field;
            }
            lines << fields.join(u'\t');
        }
        text = lines.join(u"\r\n"_s) + u"\r\n"_s;
    }
    const bool bigEndian = encoding.contains(u"BE"_s);
    const bool bom = encoding.contains(u"BOM"_s);
    QByteArray bytes;
    if (bom)
        bytes += bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
    for (const QChar c : std::as_const(text)) {
        const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xFF);
        bytes += bigEndian ? hi : lo;
        bytes += bigEndian ? lo : hi;
    }
    const QString csv = m_files.write(u"utf16-%1.csv"_s.arg(QTest::currentDataTag()), bytes);

    const ImportPreview preview = previewImport(csv, 10);
    QVERIFY2(preview.ok(), qPrintable(preview.errors.value(0).toString()));
    QCOMPARE(preview.encoding, encoding);
    QCOMPARE(preview.separator, tabs ? QChar(u'\t') : QChar(u','));
    QCOMPARE(preview.rowCount, 63);
    QCOMPARE(preview.headers.size(), 9);

    TestSupport::TempTable expected, table;
    QVERIFY(importFile(expected.path(), utf8File, ImportMode::Replace).ok());
    const ImportSummary summary = importFile(table.path(), csv, ImportMode::Replace);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.imported, 63);
    QCOMPARE(summary.warningCount, 0);
    const char *values = "SELECT m.name, o.kind, o.title, o.description, o.url, o.announced_q, "
                         "o.first_announced_q, o.effective_date, o.status, o.comment, o.search_key "
                         "FROM openings o JOIN ministries m ON m.id = o.ministry_id ORDER BY o.id";
    const QStringList rows = dump(table.path(), values);
    QCOMPARE(rows.size(), 63);
    QCOMPARE(rows, dump(expected.path(), values));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "test_importer.moc"
