// Tests of what the importer refuses or warns about: each kind of row error
// named with file, row and column, the database left untouched (also on
// cancel), unknown columns and dates on unopened items.
#include "importer.h"
#include "importtestsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace ImportTest;

class TestImportErrors : public QObject
{
    Q_OBJECT

private slots:
    void init() { TestSupport::failOnWarnings(); }

    void rowErrors_data();
    void rowErrors();
    void missingColumn();
    void unterminatedQuote();
    void strayWindows1252Byte();
    void duplicateRows();
    void manyErrors();
    void errorsKeepFileOrderAcrossBatches();
    void unknownColumns();
    void statusDateWarning();
    void cancel_data();
    void cancel();
    void tableInUse();
    void tableFreedWhileWaiting();

private:
    CsvFiles m_files;
};

void TestImportErrors::rowErrors_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("text");

    const QByteArray good = "API,Good item,Ministère A,Planifié,T3 2021,,,,\n";
    QTest::newRow("bad quarter") << good + "API,Bad,Ministère A,Planifié,T5 2021,,,,\n"
                                 << 3 << u"Échéance annoncée par les ministères"_s << "T5 2021";
    QTest::newRow("bad first quarter") << good + "API,Bad,Ministère A,Planifié,T3 2021,,,bientôt,\n"
                                       << 3 << u"Échéance initiale"_s << u"bientôt"_s;
    QTest::newRow("unknown status") << good + "API,Bad,Ministère A,Dispo,T3 2021,,,,\n"
                                    << 3 << u"État d'avancement"_s << "Dispo";
    QTest::newRow("unknown kind") << good +
                                         "Logiciels libres,Bad,Ministère A,Planifié,T3 2021,,,,\n"
                                  << 3 << u"Données, API ou code source"_s << "Logiciels libres";
    QTest::newRow("missing title") << good + "API,  ,Ministère A,Planifié,T3 2021,,,,\n"
                                   << 3 << u"Données, API, Codes sources concernés"_s << "";
    QTest::newRow("missing ministry") << good + "API,Bad,,Planifié,T3 2021,,,,\n"
                                      << 3 << u"Ministère"_s << "";
    QTest::newRow("bad date") << good + "API,Bad,Ministère A,Disponible,T3 2021,,31/02/2021,,\n"
                              << 3 << u"Date d'ouverture effective"_s << "31/02/2021";
    // After a two-line comment, rows are counted as lines of the file.
    QTest::newRow("row after multi-line cell")
        << QByteArray("API,Good,Ministère A,Planifié,T3 2021,,,,\"two\nlines\"\n"
                      "API,Bad,Ministère A,Planifié,T3 2O21,,,,\n")
        << 4 << u"Échéance annoncée par les ministères"_s << "T3 2O21";
}

void TestImportErrors::rowErrors()
{
    QFETCH(QByteArray, rows);
    QFETCH(int, row);
    QFETCH(QString, column);
    QFETCH(QString, text);

    const QString path = m_files.write("bad.csv", extendedHeader + "\n" + rows);

    const ImportPreview preview = previewImport(path);
    QVERIFY(!preview.ok());
    QCOMPARE(preview.errorCount, 1);
    const ImportIssue &issue = preview.errors.first();
    QCOMPARE(issue.row, row);
    QCOMPARE(issue.column, column);
    QCOMPARE(issue.text, text);
    QVERIFY(issue.toString().startsWith(
        u"%1: row %2, column “%3”: "_s.arg(QDir::toNativeSeparators(path)).arg(row).arg(column)));
    if (!text.isEmpty())
        QVERIFY2(issue.message.contains(text), qPrintable(issue.message));

    // The import rejects the whole file and leaves the table as it was.
    TestSupport::TempTable table;
    QVERIFY(importFile(table.path(), sample("suivi-ouvertures-2021.csv"), ImportMode::Merge).ok());
    const QStringList before = snapshot(table.path());
    for (const ImportMode mode : {ImportMode::Merge, ImportMode::Replace}) {
        const ImportSummary summary = importFile(table.path(), path, mode);
        QVERIFY(!summary.ok());
        QVERIFY(!summary.cancelled);
        QCOMPARE(summary.imported, 0);
        QVERIFY2(summary.error.contains(QDir::toNativeSeparators(path)), qPrintable(summary.error));
        QVERIFY2(summary.error.contains(u"row %1, column “%2”"_s.arg(row).arg(column)),
                 qPrintable(summary.error));
        QCOMPARE(snapshot(table.path()), before);
    }
}

void TestImportErrors::missingColumn()
{
    const QString path = m_files.write("no-ministry.csv", "TYPE;TITRE;STATUT;DATE ESTIMÉE\n"
                                                          "API;x;Planifié;T3 2021\n");
    const ImportPreview preview = previewImport(path);
    QVERIFY(!preview.ok());
    QCOMPARE(preview.errorCount, 1);
    QCOMPARE(preview.errors.first().row, 1);
    QCOMPARE(preview.errors.first().column, u"Ministère"_s);
    QCOMPARE(preview.rowCount, 0);

    TestSupport::TempTable table;
    QVERIFY(importFile(table.path(), sample("suivi-ouvertures-2023.csv"), ImportMode::Merge).ok());
    const QStringList before = snapshot(table.path());
    const ImportSummary summary = importFile(table.path(), path, ImportMode::Replace);
    QVERIFY(!summary.ok());
    QVERIFY2(summary.error.contains(QDir::toNativeSeparators(path)), qPrintable(summary.error));
    QVERIFY2(summary.error.contains(u"required column “Ministère” is missing"_s),
             qPrintable(summary.error));
    QCOMPARE(snapshot(table.path()), before);

    const ImportSummary empty =
        importFile(table.path(), m_files.write("empty.csv", ""), ImportMode::Replace);
    QVERIFY2(empty.error.contains(u"empty"_s), qPrintable(empty.error));
    QCOMPARE(snapshot(table.path()), before);
}

void TestImportErrors::unterminatedQuote()
{
    const QString path = m_files.write(
        "open.csv", extendedHeader + "\nAPI,Good,Ministère A,Planifié,T3 2021,,,,\n"
                                     "API,Bad,Ministère A,Planifié,T3 2021,,,,\"never "
                                     "closed\n\n");
    const ImportPreview preview = previewImport(path);
    QVERIFY(!preview.ok());
    QCOMPARE(preview.errors.first().row, 3);
    TestSupport::TempTable table;
    const ImportSummary summary = importFile(table.path(), path, ImportMode::Merge);
    QVERIFY2(summary.error.contains(u"row 3"_s), qPrintable(summary.error));
    QCOMPARE(count(table.path(), "SELECT COUNT(*) FROM openings"), 0);
    QCOMPARE(count(table.path(), "SELECT COUNT(*) FROM ministries"), 0);
}

void TestImportErrors::duplicateRows()
{
    // Same ministry, title (ignoring case and accents) and kind: named with both rows.
    const QString path = m_files.write(
        "twins.csv", extendedHeader + "\nAPI,Base élèves,Ministère A,Planifié,T3 2021,,,,\n"
                                      "Données,Base élèves,Ministère A,Planifié,T3 2021,,,,\n"
                                      "API,BASE ELEVES,ministere a,Disponible,T4 2021,,,,\n");
    const ImportPreview preview = previewImport(path);
    QCOMPARE(preview.errorCount, 1);
    QCOMPARE(preview.errors.first().row, 4);
    QVERIFY2(preview.errors.first().message.contains(u"row 2"_s),
             qPrintable(preview.errors.first().message));

    TestSupport::TempTable table;
    const ImportSummary summary = importFile(table.path(), path, ImportMode::Merge);
    QVERIFY(!summary.ok());
    QVERIFY2(summary.error.contains(u"row 4"_s) && summary.error.contains(u"row 2"_s),
             qPrintable(summary.error));
    QCOMPARE(count(table.path(), "SELECT COUNT(*) FROM openings"), 0);
}

void TestImportErrors::manyErrors()
{
    // Every error is counted; the message lists the first ones.
    QByteArray content = extendedHeader + "\n";
    for (int i = 0; i < 25; ++i)
        content += "API,Item " + QByteArray::number(i) + ",M,Dispo %1,T3 2021,,,,\n";
    const QString path = m_files.write("many.csv", content);
    const ImportPreview preview = previewImport(path);
    QCOMPARE(preview.errorCount, 25);
    QCOMPARE(preview.errors.last().row, 26);
    QCOMPARE(preview.errors.last().text, u"Dispo %1"_s);

    TestSupport::TempTable table;
    const ImportSummary summary = importFile(table.path(), path, ImportMode::Merge);
    QVERIFY(!summary.ok());
    QVERIFY2(summary.error.contains(u"25"_s), qPrintable(summary.error));
    QVERIFY2(summary.error.contains(u"row 11, column"_s), qPrintable(summary.error));
    QVERIFY2(!summary.error.contains(u"row 12, column"_s), qPrintable(summary.error));
    QVERIFY2(summary.error.contains(u"15"_s), qPrintable(summary.error));
    QVERIFY2(summary.error.contains(u"“Dispo %1”"_s), qPrintable(summary.error));
    QCOMPARE(count(table.path(), "SELECT COUNT(*) FROM openings"), 0);
}

// The file is read on another thread in batches; errors found there and by
// the writer (duplicates) still come in file order, counted in full, as the
// preview (read in one pass) lists them.
void TestImportErrors::errorsKeepFileOrderAcrossBatches()
{
    QByteArray content = extendedHeader + "\n";
    for (int i = 0; i < 3000; ++i) {
        content += "API,Item " + QByteArray::number(i) + ",Ministère B,Planifié,T3 2021,,,,\n";
        // Two errors a row for a while, from just before a batch ends: the
        // batches of the reading thread close early and the first errors
        // listed come from two of them.
        if (i == 505 || i == 1500 || i == 2500)
            for (int k = 0; k < 600; ++k)
                content += "Truc,Bad " + QByteArray::number(k) + ",M,Dispo,T3 2021,,,,\n";
        if (i % 1000 == 999) // a duplicate, found by the writer
            content += "API,Item 3,Ministère B,Planifié,T3 2021,,,,\n";
    }
    const QString path = m_files.write("batches.csv", content);
    const ImportPreview preview = previewImport(path);
    QCOMPARE(preview.errorCount, 3 * 600 * 2 + 3);

    TestSupport::TempTable table;
    const ImportSummary summary = importFile(table.path(), path, ImportMode::Replace);
    QVERIFY(!summary.ok());
    QVERIFY2(summary.error.contains(QString::number(preview.errorCount)),
             qPrintable(summary.error));
    // The first errors listed are the preview's, in the same order.
    qsizetype at = 0;
    for (int i = 0; i < 10; ++i) {
        at = summary.error.indexOf(preview.errors.at(i).toString(), at);
        QVERIFY2(at >= 0, qPrintable(preview.errors.at(i).toString()));
    }
    QCOMPARE(count(table.path(), "SELECT COUNT(*) FROM openings"), 0);

    // Only duplicates: the writer's errors alone, spread over many batches.
    QByteArray twins = extendedHeader + "\n";
    for (int i = 0; i < 2500; ++i)
        twins += "API,Item " + QByteArray::number(i % 505) + ",Ministère B,Planifié,T3 2021,,,,\n";
    const QString twinsPath = m_files.write("twins.csv", twins);
    const ImportPreview twinsPreview = previewImport(twinsPath);
    QCOMPARE(twinsPreview.errorCount, 2500 - 505);
    const ImportSummary twinsSummary = importFile(table.path(), twinsPath, ImportMode::Merge);
    QVERIFY2(twinsSummary.error.contains(u"1995"_s), qPrintable(twinsSummary.error));
    at = 0;
    for (int i = 0; i < 10; ++i) {
        at = twinsSummary.error.indexOf(twinsPreview.errors.at(i).toString(), at);
        QVERIFY2(at >= 0, qPrintable(twinsPreview.errors.at(i).toString()));
    }
}

void TestImportErrors::unknownColumns()
{
    const QString path =
        m_files.write("extra.csv", "TYPE,TITRE,PRODUCTEUR,STATUT,DATE ESTIMÉE,Service,Titre,,\n"
                                   "API,x,Ministère A,Planifié,T3 2021,DINUM,ignored,,\n");
    const ImportPreview preview = previewImport(path);
    QVERIFY(preview.ok());
    QCOMPARE(preview.unknownColumns, QStringList{u"Service"_s});
    QCOMPARE(preview.warningCount, 2); // Service, and Titre given twice
    QCOMPARE(preview.warnings.first().row, 1);
    QCOMPARE(preview.warnings.first().column, u"Service"_s);
    QCOMPARE(preview.rows.first().title, u"x"_s);

    TestSupport::TempTable table;
    const ImportSummary summary = importFile(table.path(), path, ImportMode::Merge);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.imported, 1);
    QCOMPARE(summary.warningCount, 2);
}

void TestImportErrors::statusDateWarning()
{
    const QString path = m_files.write(
        "dated.csv", extendedHeader + "\nAPI,Opened,Ministère A,Disponible,T3 2021,,15/09/2021,,\n"
                                      "API,Dated,Ministère A,Planifié,T3 2021,,2021-09-15,,\n");
    const ImportPreview preview = previewImport(path);
    QVERIFY(preview.ok());
    QCOMPARE(preview.warningCount, 1);
    const ImportIssue &warning = preview.warnings.first();
    QCOMPARE(warning.row, 3);
    QCOMPARE(warning.column, u"Date d'ouverture effective"_s);
    QCOMPARE(warning.text, u"2021-09-15"_s);
    QVERIFY2(warning.message.contains(u"Planifié"_s), qPrintable(warning.message));

    TestSupport::TempTable table;
    const ImportSummary summary = importFile(table.path(), path, ImportMode::Merge);
    QVERIFY(summary.ok());
    QCOMPARE(summary.warningCount, 1);
    QCOMPARE(dump(table.path(), "SELECT status, effective_date FROM openings ORDER BY id"),
             QStringList({"available|2021-09-15", "planned|2021-09-15"}));
}

void TestImportErrors::cancel_data()
{
    QTest::addColumn<int>("cancelAtCall");
    QTest::newRow("before any row") << 1;
    QTest::newRow("midway") << 3;
    QTest::newRow("at the end") << -1;
}

void TestImportErrors::cancel()
{
    QFETCH(int, cancelAtCall);

    QByteArray content = extendedHeader + "\n";
    for (int i = 0; i < 3000; ++i)
        content += "Données,Item " + QByteArray::number(i) +
                   ",Ministère B,Planifié,T4 2021,,,,\"a, \"\"quoted\"\"\ncomment\"\n";
    const QString path = m_files.write("big.csv", content);

    TestSupport::TempTable table;
    QVERIFY(importFile(table.path(), sample("suivi-ouvertures-2021.csv"), ImportMode::Merge).ok());
    const QStringList before = snapshot(table.path());
    for (const ImportMode mode : {ImportMode::Merge, ImportMode::Replace}) {
        int calls = 0;
        qint64 lastDone = 0, lastTotal = 0;
        const ImportSummary summary =
            importFile(table.path(), path, mode, [&](qint64 done, qint64 total) {
                ++calls;
                lastDone = done;
                lastTotal = total;
                return cancelAtCall < 0 ? done < total : calls < cancelAtCall;
            });
        QVERIFY(summary.cancelled);
        QVERIFY(!summary.ok());
        QVERIFY(summary.error.isEmpty());
        QCOMPARE(summary.imported, 0);
        if (cancelAtCall > 0) {
            QCOMPARE(calls, cancelAtCall);
        } else {
            QCOMPARE(lastDone, lastTotal);
        }
        QCOMPARE(snapshot(table.path()), before);
    }
}

// 1000 UTF-8 rows and one "caf\xE9": an error at that row showing the byte, no
// ministry "MinistÃ¨re ..." created.
void TestImportErrors::strayWindows1252Byte()
{
    QByteArray rows;
    for (int i = 0; i < 1000; ++i)
        rows += "API,Jeu " + QByteArray::number(i) + ",Ministère A,Planifié,T3 2021,,,,\n";
    rows += "API,Un caf\xE9,Ministère A,Planifié,T3 2021,,,,\n";
    const QString path = m_files.write("stray.csv", extendedHeader + "\n" + rows);
    const ImportPreview preview = previewImport(path);
    QCOMPARE(preview.encoding, u"UTF-8"_s);
    QVERIFY(!preview.ok());
    QCOMPARE(preview.errors.first().row, 1002);
    QVERIFY2(preview.errors.first().message.contains(u"0xE9"_s),
             qPrintable(preview.errors.first().message));

    TestSupport::TempTable table;
    const ImportSummary summary = importFile(table.path(), path, ImportMode::Merge);
    QVERIFY(!summary.ok());
    QVERIFY2(summary.error.contains(u"1002"_s), qPrintable(summary.error));
    QCOMPARE(count(table.path(), u"SELECT COUNT(*) FROM ministries"_s), 0);
}

namespace {

// Another program writing to a SQLite table: a connection of its own, on its
// own thread, holding a write transaction from start() until release() (or
// until releaseAfter has passed, when given).
class WriteLockHolder : public QThread
{
public:
    explicit WriteLockHolder(const QString &path, int releaseAfterMs = -1)
        : m_path(path), m_releaseAfterMs(releaseAfterMs)
    {
    }
    ~WriteLockHolder() override
    {
        release();
        wait();
    }

    // Starts the thread and returns once the write lock is held.
    bool hold()
    {
        start();
        m_held.acquire();
        return m_holding;
    }
    void release() { m_release.release(); }

protected:
    void run() override
    {
        const QString name = u"lock-holder"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_path);
            QSqlQuery q(db);
            m_holding = db.open() && q.exec(u"BEGIN IMMEDIATE"_s);
            m_held.release();
            if (m_releaseAfterMs >= 0)
                m_release.tryAcquire(1, m_releaseAfterMs);
            else
                m_release.acquire();
            q.exec(u"ROLLBACK"_s);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

private:
    const QString m_path;
    const int m_releaseAfterMs;
    bool m_holding = false;
    QSemaphore m_held;
    QSemaphore m_release;
};

} // namespace

void TestImportErrors::tableInUse()
{
    SUIVI_SQLITE_ONLY("the write lock is SQLite's");
    TestSupport::TempTable table;
    const QString db = table.path();
    QVERIFY(importFile(db, sample("suivi-ouvertures-2021.csv"), ImportMode::Merge).ok());
    const QStringList before = snapshot(db);

    // Another window writing: after the busy timeout the import gives up before
    // any row, naming the table, not a row.
    WriteLockHolder holder(db);
    QVERIFY(holder.hold());
    const ImportSummary refused =
        importFile(db, sample("suivi-ouvertures-2023.csv"), ImportMode::Merge);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(QDir::toNativeSeparators(db)), qPrintable(refused.error));
    QVERIFY2(refused.error.contains(u"in use by another program or window"_s),
             qPrintable(refused.error));
    QVERIFY2(!refused.error.contains(u"row"_s), qPrintable(refused.error));
    QCOMPARE(refused.imported + refused.updated + refused.unchanged, 0);
    holder.release();
    holder.wait();
    QCOMPARE(snapshot(db), before);

    // Free again: the same import goes through.
    const ImportSummary summary =
        importFile(db, sample("suivi-ouvertures-2023.csv"), ImportMode::Merge);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.updated, 9);
}

void TestImportErrors::tableFreedWhileWaiting()
{
    SUIVI_SQLITE_ONLY("the write lock is SQLite's");
    TestSupport::TempTable table;
    const QString db = table.path();
    QVERIFY(importFile(db, sample("suivi-ouvertures-2021.csv"), ImportMode::Merge).ok());

    // The other writer is done well within the busy timeout: the import,
    // started while the lock is held, waits for it and succeeds.
    WriteLockHolder holder(db, 300);
    QVERIFY(holder.hold());
    const ImportSummary summary =
        importFile(db, sample("suivi-ouvertures-2023.csv"), ImportMode::Merge);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.updated, 9);
    QCOMPARE(summary.unchanged, 54);
}

QTEST_GUILESS_MAIN(TestImportErrors)
#include "test_importerrors.moc"
