#include "exportdialog.h"
#include "guitestsupport.h"
#include "importer.h"
#include "mainwindow.h"
#include "messagewidget.h"
#include "openingstablemodel.h"
#include "store.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

// The export dialog on the extended sample: every format written in the background
// (the PDF's pages painted after), one ministry, a cancelled export, and File >
// Export… in the main window.
class TestGuiExportDialog : public QObject, public GuiTestFixture
{
    Q_OBJECT

private slots:
    // Settings of the test (last folder, last format) never go to the user's.
    void initTestCase() { isolateSettings(); }

    void init()
    {
        newTable();
        openStore();
        TestSupport::failOnWarnings();
    }

    void cleanup()
    {
        // An export may outlive a failed test function; never leave one running.
        QThreadPool::globalInstance()->waitForDone();
        tearDown();
    }

    void writesEveryFormat_data()
    {
        QTest::addColumn<ExportDialog::Format>("format");
        QTest::addColumn<QString>("suggested");
        QTest::addColumn<QByteArray>("start");
        using F = ExportDialog::Format;
        QTest::newRow("xlsx") << F::Xlsx << QStringLiteral("suivi-ouvertures-2022-06-30.xlsx")
                              << QByteArray("PK\x03\x04");
        QTest::newRow("csv") << F::Csv << QStringLiteral("suivi-ouvertures-2022-06-30.csv")
                             << QByteArray("\"Donn\xc3\xa9");
        QTest::newRow("csv-excel")
            << F::CsvExcel << QStringLiteral("suivi-ouvertures-2022-06-30-excel.csv")
            << QByteArray("\xef\xbb\xbf");
        QTest::newRow("pdf") << F::Pdf << QStringLiteral("suivi-ouvertures-2022-06-30.pdf")
                             << QByteArray("%PDF-");
    }

    void writesEveryFormat()
    {
        QFETCH(ExportDialog::Format, format);
        QFETCH(QString, suggested);
        QFETCH(QByteArray, start);
        ExportDialog dialog(*m_store, QDate(2022, 6, 30));
        QCOMPARE(dialog.referenceDate(), QDate(2022, 6, 30));
        QCOMPARE(ExportDialog::defaultFileName(format, dialog.referenceDate()), suggested);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *formats = TestSupport::child<QComboBox>(dialog, "exportFormatCombo");
        QCOMPARE(formats->count(), 4);
        formats->setCurrentIndex(int(format));
        QCOMPARE(dialog.format(), format);
        QVERIFY(!dialog.ministryId()); // every ministry unless asked
        const QString path = QDir(m_table->dir()).filePath(suggested);
        dialog.setNextFileName(path);
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        QSignalSpy failed(&dialog, &ExportDialog::exportFailed);
        auto *button = TestSupport::child<QPushButton>(dialog, "exportButton");
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(!button->isEnabled());
        QVERIFY(!formats->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(exported.count() + failed.count(), 1, 60000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(exported.at(0).at(0).toString(), path);
        QCOMPARE(dialog.fileName(), path);
        QCOMPARE(TestSupport::fileHead(path, start.size()), start);
        QVERIFY(!dialog.isBusy());
        QVERIFY(button->isEnabled());
        auto *message = TestSupport::child<MessageWidget>(dialog, "exportMessage");
        QVERIFY(message->isVisible());
        QCOMPARE(message->type(), MessageWidget::Type::Positive);
        QVERIFY(message->text().contains(QFileInfo(path).fileName()));
        QVERIFY(TestSupport::child<QPushButton>(dialog, "exportOpenButton")->isVisible());
        // The next export suggests the same format.
        QCOMPARE(ExportDialog(*m_store).format(), format);
    }

    void oneMinistry()
    {
        ExportDialog dialog(*m_store, QDate(2022, 6, 30));
        const qint64 culture =
            m_store->ministries().find(QStringLiteral("Ministère de la Culture"));
        QVERIFY(culture > 0);
        auto *ministries = TestSupport::child<QComboBox>(dialog, "exportMinistryCombo");
        QCOMPARE(ministries->count(), 1 + 15);
        dialog.setMinistryId(culture);
        QCOMPARE(ministries->currentText(), QStringLiteral("Ministère de la Culture"));
        dialog.setFormat(ExportDialog::Format::Csv);
        const QString path = QDir(m_table->dir()).filePath(QStringLiteral("culture.csv"));
        dialog.setNextFileName(path);
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        dialog.startExport();
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 60000);
        QCOMPARE(TestSupport::lineCount(path), 3); // the header and the ministry's two openings
    }

    void cancelledPdfLeavesTheFileAlone()
    {
        const QString path = QDir(m_table->dir()).filePath(QStringLiteral("rapport.pdf"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("before");
        }
        ExportDialog dialog(*m_store, QDate(2022, 6, 30));
        dialog.setFormat(ExportDialog::Format::Pdf);
        dialog.setNextFileName(path);
        QSignalSpy failed(&dialog, &ExportDialog::exportFailed);
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.startExport();
        // Escape while it runs cancels the export and keeps the dialog open.
        dialog.reject();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 60000);
        QVERIFY(exported.isEmpty());
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isBusy());
        QCOMPARE(TestSupport::child<MessageWidget>(dialog, "exportMessage")->type(),
                 MessageWidget::Type::Information);
        QCOMPARE(TestSupport::fileHead(path, 100), QByteArray("before"));
        QVERIFY(!TestSupport::child<QPushButton>(dialog, "exportOpenButton")->isVisible());
        // Not busy: Escape closes.
        dialog.reject();
        QVERIFY(!dialog.isVisible());
    }

    // The open table itself (or its -wal companion) is refused before anything runs,
    // with a message naming the file; the table stays whole.
    void refusesTheOpenTable_data()
    {
        QTest::addColumn<ExportDialog::Format>("format");
        QTest::addColumn<QString>("suffix");
        using F = ExportDialog::Format;
        QTest::newRow("csv") << F::Csv << QString();
        QTest::newRow("xlsx") << F::Xlsx << QString();
        QTest::newRow("pdf") << F::Pdf << QString();
        QTest::newRow("csv wal") << F::Csv << QStringLiteral("-wal");
    }

    void refusesTheOpenTable()
    {
        QFETCH(ExportDialog::Format, format);
        QFETCH(QString, suffix);
        const QString path = m_table->location() + suffix;
        const QByteArray before = TestSupport::fileHead(m_table->location(), 1 << 30);
        ExportDialog dialog(*m_store, QDate(2022, 6, 30));
        dialog.setFormat(format);
        dialog.setNextFileName(path);
        QSignalSpy failed(&dialog, &ExportDialog::exportFailed);
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.startExport();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count() + exported.count(), 1, 60000);
        QVERIFY(exported.isEmpty());
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QCOMPARE(TestSupport::child<MessageWidget>(dialog, "exportMessage")->type(),
                 MessageWidget::Type::Error);
        QCOMPARE(TestSupport::fileHead(m_table->location(), 1 << 30), before);
        QVERIFY(m_store->isOpen());
    }

    void fileMenuOpensTheDialog()
    {
        MainWindow window(*m_store);
        TestSupport::ModelTester tester(window.model());
        window.setReferenceDate(QDate(2022, 6, 30));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("exportAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY(action->isEnabled());
        action->trigger();
        ExportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ExportDialog *>()) != nullptr);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->referenceDate(), QDate(2022, 6, 30));
        // A second Ctrl+E raises the same dialog.
        action->trigger();
        QCOMPARE(window.findChildren<ExportDialog *>().size(), 1);
        dialog->reject();
        QTRY_VERIFY(window.findChild<ExportDialog *>() == nullptr); // deleted on close
    }
};

QTEST_MAIN(TestGuiExportDialog)
#include "test_gui_exportdialog.moc"
