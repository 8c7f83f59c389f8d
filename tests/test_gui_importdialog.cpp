#include "guitestsupport.h"
#include "importdialog.h"
#include "store.h"
#include "taskprogress.h"
#include "testopenings.h"
#include "testsupport.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

// The import dialog on real files: preview in the background, errors with row
// and column, Import only when the file is clean, import in the background.
class TestGuiImportDialog : public QObject, public GuiTestFixture
{
    Q_OBJECT

private:
    // The preview's model (an ImportPreviewModel), for the model tester and the checks.
    static QAbstractItemModel *previewModel(const ImportDialog &dialog)
    {
        return TestSupport::child<QTableView>(dialog, "importPreviewView")->model();
    }

    static qint64 openingCount(const QString &db)
    {
        Store store;
        QString error;
        if (!store.open(db, &error))
            qFatal("cannot open %s: %s", qPrintable(db), qPrintable(error));
        return store.count();
    }

private slots:
    // The dialog's remembered folder stays out of the user's settings.
    void initTestCase() { isolateSettings(); }
    void init() { TestSupport::failOnWarnings(); }
    // The dialog's work may outlive a failed test function; never leave it running.
    void cleanup() { QThreadPool::globalInstance()->waitForDone(); }

    void previewsAndImportsExcelFile()
    {
        TestSupport::TempTable table;
        ImportDialog dialog(
            table.path(),
            TestSupport::dataFile(QStringLiteral("suivi-ouvertures-2021-excel-fr.csv")), nullptr);
        TestSupport::ModelTester tester(previewModel(dialog));
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *button = TestSupport::child<QPushButton>(dialog, "importButton");
        QTRY_VERIFY(dialog.isPreviewReady());
        QCOMPARE(previewModel(dialog)->rowCount(), 63);
        QVERIFY(TestSupport::child<QLabel>(dialog, "importRowCountLabel")
                    ->text()
                    .contains(QLatin1String("63")));
        QCOMPARE(TestSupport::child<QLabel>(dialog, "importEncodingLabel")->text(),
                 QStringLiteral("Windows-1252"));
        QVERIFY(TestSupport::child<QLabel>(dialog, "importSeparatorLabel")
                    ->text()
                    .contains(QLatin1Char(';')));
        QCOMPARE(previewModel(dialog)->index(1, 0).data().toString(),
                 QStringLiteral("API Droit à conduire"));
        QVERIFY(TestSupport::child<QRadioButton>(dialog, "importMergeRadio")->isChecked());
        QVERIFY(!TestSupport::child<QLabel>(dialog, "importReplaceWarning")->isVisible());
        QVERIFY(button->isEnabled());
        QVERIFY(!TestSupport::child<TaskProgress>(dialog, "importProgress")->isVisible());

        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!button->isEnabled());
        QTRY_COMPARE(imported.count(), 1);
        const auto summary = imported.at(0).at(0).value<ImportSummary>();
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QCOMPARE(summary.imported, 63);
        QVERIFY(!button->isEnabled()); // the same file is not imported twice by mistake
        QVERIFY(!TestSupport::child<TaskProgress>(dialog, "importProgress")->isVisible());
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("importMessage"))->isVisible());
        QCOMPARE(openingCount(table.path()), 63);
    }

    void replaceShowsWarning()
    {
        TestSupport::TempTable table;
        ImportDialog dialog(table.path(),
                            TestSupport::dataFile(QStringLiteral("suivi-ouvertures-2021.csv")),
                            nullptr);
        TestSupport::ModelTester tester(previewModel(dialog));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.isPreviewReady());
        QVERIFY(TestSupport::child<QLabel>(dialog, "importEncodingLabel")
                    ->text()
                    .startsWith(QLatin1String("UTF-8")));
        QVERIFY(TestSupport::child<QLabel>(dialog, "importSeparatorLabel")
                    ->text()
                    .contains(QLatin1Char(',')));
        auto *replace = TestSupport::child<QRadioButton>(dialog, "importReplaceRadio");
        // On the round indicator: the button stretches wider than its text.
        QTest::mouseClick(replace, Qt::LeftButton, {}, QPoint(6, replace->height() / 2));
        QVERIFY(replace->isChecked());
        QCOMPARE(dialog.mode(), ImportMode::Replace);
        QVERIFY(TestSupport::child<QLabel>(dialog, "importReplaceWarning")->isVisible());
    }

    void errorsBlockImport()
    {
        TestSupport::TempTable table;
        // One opening already in the table: it must survive the refused import.
        {
            Store store;
            QString error;
            QVERIFY2(store.open(table.path(), &error), qPrintable(error));
            const qint64 culture =
                store.ensureMinistry(QStringLiteral("Ministère de la Culture"), &error);
            QVERIFY2(store.addOpening(TestOpenings::make(culture, QStringLiteral("Base Joconde"))
                                          .announced(Quarter(2021, 2)),
                                      &error) > 0,
                     qPrintable(error));
        }
        const QString csv = QDir(table.dir()).filePath(QStringLiteral("mauvais.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(
                       "Données, API ou code source;Données, API, Codes sources concernés;"
                       "Ministère;État d'avancement;Échéance annoncée par les ministères;URL\r\n"
                       "API;API Un;Ministère de l'Intérieur;Planifié;T3 2021;\r\n"
                       "API;API Deux;Ministère de l'Intérieur;Planifié;T4 2021;\r\n"
                       "Données;Jeu Trois;Ministère de l'Intérieur;Planifié;T5 2021;\r\n")
                       .toUtf8());
        file.close();

        ImportDialog dialog(table.path(), csv, nullptr);
        TestSupport::ModelTester tester(previewModel(dialog));
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.isPreviewReady());
        auto *errors = TestSupport::child<QListWidget>(dialog, "importErrorsList");
        QVERIFY(errors->isVisible());
        QVERIFY(errors->count() >= 1);
        const QString text = errors->item(0)->text();
        // The third data row is the spreadsheet's row 4.
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\b4\\b"))), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Échéance annoncée par les ministères")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("T5 2021")), qPrintable(text));

        auto *button = TestSupport::child<QPushButton>(dialog, "importButton");
        QVERIFY(!button->isEnabled());
        QVERIFY(TestSupport::child<QLabel>(dialog, "importBlockedLabel")->isVisible());
        dialog.startImport(); // refused as the button is
        QVERIFY(!dialog.isBusy());
        QCOMPARE(imported.count(), 0);
        QCOMPARE(openingCount(table.path()), 1);
    }

    void cancelButtonLeavesTableUntouched()
    {
        TestSupport::TempTable table;
        // Big enough that the import is still running when Cancel is clicked.
        const QString csv = QDir(table.dir()).filePath(QStringLiteral("grand.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Ministère,\"Données, API ou code source\",\"Données, API, Codes sources "
                   "concernés\",État d'avancement,Échéance annoncée par les ministères\n");
        for (int i = 0; i < 5000; ++i)
            file.write(QStringLiteral("Ministère de la Culture,Données,Jeu %1,Planifié,T%2 2024\n")
                           .arg(i)
                           .arg(i % 4 + 1)
                           .toUtf8());
        file.close();

        ImportDialog dialog(table.path(), csv, nullptr);
        TestSupport::ModelTester tester(previewModel(dialog));
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QSignalSpy failed(&dialog, &ImportDialog::importFailed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.isPreviewReady());
        QVERIFY2(dialog.preview().ok(), qPrintable(dialog.preview().errors.value(0).toString()));
        QCOMPARE(dialog.preview().rowCount, 5000);

        auto *progress = TestSupport::child<TaskProgress>(dialog, "importProgress");
        QTest::mouseClick(TestSupport::child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
        QVERIFY(progress->isVisible());
        auto *cancel = TestSupport::child<QPushButton>(*progress, "taskCancelButton");
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!cancel->isEnabled());
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(!progress->isVisible());
        QVERIFY(dialog.isVisible());
        if (imported.isEmpty()) {
            QCOMPARE(failed.count(), 1);
            QVERIFY(dialog.summary() && dialog.summary()->cancelled);
            QCOMPARE(openingCount(table.path()), 0);
            // Cancelled: the file can still be imported.
            QVERIFY(TestSupport::child<QPushButton>(dialog, "importButton")->isEnabled());
        } else {
            QCOMPARE(openingCount(table.path()), 5000); // finished before the click: all rows
        }
    }

    void closingDuringImportNeverLosesTheResult()
    {
        TestSupport::TempTable table;
        ImportDialog dialog(table.path(),
                            TestSupport::dataFile(QStringLiteral("suivi-ouvertures-etendu.csv")),
                            nullptr);
        TestSupport::ModelTester tester(previewModel(dialog));
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QSignalSpy failed(&dialog, &ImportDialog::importFailed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.isPreviewReady());
        QVERIFY(TestSupport::child<QPushButton>(dialog, "importButton")->isEnabled());
        dialog.startImport();
        dialog.reject(); // cancels, but waits for the import's answer before closing
        QTRY_VERIFY(!dialog.isVisible());
        QVERIFY(!dialog.isBusy());
        // Either the import ended before the cancel (and said so), or nothing changed.
        if (imported.count() == 1) {
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(openingCount(table.path()) > 0);
        } else {
            QCOMPARE(failed.count(), 1);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QCOMPARE(openingCount(table.path()), 0);
        }
    }
};

QTEST_MAIN(TestGuiImportDialog)
#include "test_gui_importdialog.moc"
