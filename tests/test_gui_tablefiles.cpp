#include "banner.h"
#include "exportdialog.h"
#include "filterpanel.h"
#include "guitestsupport.h"
#include "importdialog.h"
#include "location.h"
#include "mainwindow.h"
#include "messagewidget.h"
#include "openingstablemodel.h"
#include "pageswitch.h"
#include "savefolder.h"
#include "store.h"
#include "tablefiles.h"
#include "testsupport.h"
#include "userguide.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

// What a new user does with files and tables: a new table, a CSV opened or dropped, a
// missing file, the filters of each table, the sample table's band, the page switch,
// the save folders and the guide.
class TestGuiTableFiles : public QObject, public GuiTestFixture
{
    Q_OBJECT

private:
    TableFiles *files() const { return m_window->tableFiles(); }
    QString tempPath(const QString &name) const { return QDir(m_table->dir()).filePath(name); }
    // The next new table goes to path.
    void answerNewTable(const QString &path)
    {
        files()->setNewTablePrompt([path](const QString &) { return path; });
    }
    MessageWidget *message() const
    {
        return TestSupport::child<MessageWidget>(*m_window, "messageWidget");
    }
    Banner *filterBanner() const { return TestSupport::child<Banner>(*m_window, "filterBanner"); }
    FilterPanel *panel() const { return m_window->findChild<FilterPanel *>(); }

private slots:
    void initTestCase() { isolateSettings(); }
    void init()
    {
        newTable();
        openWindow(QDate(2021, 10, 15));
    }
    void cleanup() { tearDown(); }

    void newTableIsEmptyOpenedAndNamedInTheTitle()
    {
        const QString path = tempPath(QStringLiteral("nouveau"));
        answerNewTable(path);
        m_window->findChild<QAction *>(QStringLiteral("newTableAction"))->trigger();
        const QString file = path + QStringLiteral(".sqlite");
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(m_store->location(), QFileInfo(file).absoluteFilePath());
        QCOMPARE(m_store->count(), qint64(0));
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("nouveau.sqlite")));
        // The next save dialog opens where the table went.
        QCOMPARE(SaveFolder::start(), QFileInfo(file).absolutePath());
    }

    void newTableRefusesTheOpenTable()
    {
        answerNewTable(m_table->location());
        QVERIFY(!files()->newTable());
        QCOMPARE(m_store->count(), qint64(63));
        QCOMPARE(message()->type(), MessageWidget::Type::Error);
    }

    void openedCsvIsImportedIntoANewTable()
    {
        const QString csv = TestSupport::dataFile(QStringLiteral("suivi-ouvertures-2023.csv"));
        bool asked = false;
        files()->setImportTargetPrompt([&asked](const QString &, bool openTable) {
            asked = openTable;
            return TableFiles::ImportTarget::NewTable;
        });
        const QString table = tempPath(QStringLiteral("depuis-csv.sqlite"));
        answerNewTable(table);
        m_window->openFile(csv);
        QVERIFY(asked);
        QCOMPARE(m_store->location(), QFileInfo(table).absoluteFilePath());
        ImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ImportDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->csvPath(), csv);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isPreviewReady(), 20000);
        QSignalSpy imported(dialog, &ImportDialog::imported);
        dialog->startImport();
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 20000);
        QVERIFY(m_store->count() > 0);
        // The table of before is untouched.
        Store before;
        QVERIFY(before.open(m_table->location(), nullptr));
        QCOMPARE(before.count(), qint64(63));
    }

    void openedCsvCanBeLeftAlone()
    {
        files()->setImportTargetPrompt(
            [](const QString &, bool) { return TableFiles::ImportTarget::Cancel; });
        m_window->openFile(TestSupport::dataFile(QStringLiteral("suivi-ouvertures-2023.csv")));
        QVERIFY(!m_window->findChild<ImportDialog *>());
        QCOMPARE(m_store->location(), m_table->location());
    }

    void xlsxIsExplainedNotOpened()
    {
        const QString xlsx = tempPath(QStringLiteral("classeur.xlsx"));
        QFile file(xlsx);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("PK");
        file.close();
        m_window->openFile(xlsx);
        QCOMPARE(m_store->location(), m_table->location());
        QCOMPARE(message()->type(), MessageWidget::Type::Error);
        QVERIFY2(message()->text().contains(QStringLiteral("CSV")), qPrintable(message()->text()));
        QVERIFY(!message()->text().contains(QStringLiteral("database")));
    }

    void missingTableIsSaidMissingAndNotCreated()
    {
        const QString missing = tempPath(QStringLiteral("absente.sqlite"));
        m_window->openFile(missing);
        QVERIFY(!QFileInfo::exists(missing));
        QCOMPARE(m_store->location(), m_table->location());
        QCOMPARE(message()->type(), MessageWidget::Type::Error);
        QVERIFY2(message()->text().contains(QDir::toNativeSeparators(missing)) &&
                     message()->text().contains(QStringLiteral("does not exist")),
                 qPrintable(message()->text()));

        // At start, with the missing file named: said, and no other table opened.
        createWindow();
        m_window->show();
        m_window->openTableAsking(missing);
        QVERIFY(!m_store->isOpen());
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(message()->text().contains(QDir::toNativeSeparators(missing)));
    }

    void filtersBelongToTheirTable()
    {
        panel()->searchEdit()->setText(QStringLiteral("adresse"));
        QTRY_VERIFY(!model()->filter().text.isEmpty());
        QTRY_VERIFY(filterBanner()->isVisible());
        QVERIFY(filterBanner()->text().contains(QStringLiteral("adresse")));

        // A new table opens unfiltered.
        answerNewTable(tempPath(QStringLiteral("autre.sqlite")));
        QVERIFY(files()->newTable());
        QVERIFY(model()->filter().isEmpty());
        QVERIFY(panel()->searchEdit()->text().isEmpty());
        QVERIFY(!filterBanner()->isVisible());

        // The first table finds its filter again, and says so.
        QString error;
        QVERIFY2(m_window->openTable(m_table->location(), &error), qPrintable(error));
        QCOMPARE(model()->filter().text, QStringLiteral("adresse"));
        QVERIFY(filterBanner()->isVisible());
        TestSupport::child<QPushButton>(*m_window, "showAllButton")->click();
        QTRY_VERIFY(model()->filter().isEmpty());
        QVERIFY(!filterBanner()->isVisible());
    }

    void filterSettingsNeverHoldAPassword()
    {
        const QString key = Location::settingsKey(
            QStringLiteral("postgresql://amd:secret@db.example/suivi?password=secret"));
        QCOMPARE(key, Location::settingsKey(QStringLiteral("postgresql://amd@db.example/suivi")));
        QVERIFY(!key.contains(QStringLiteral("secret")));
    }

    void sampleBandUntilDismissed()
    {
        ApplicationServices services;
        services.freshSampleTable = m_table->location();
        createWindow();
        m_window->setApplicationServices(services);
        QString error;
        QVERIFY(m_window->openTable(m_table->location(), &error));
        m_window->show();
        auto *band = TestSupport::child<Banner>(*m_window, "sampleBanner");
        QVERIFY(band->isVisible());
        QVERIFY(band->text().contains(QStringLiteral("Sample table")));
        TestSupport::child<QToolButton>(*m_window, "sampleBannerClose")->click();
        QVERIFY(!band->isVisible());

        // Not again at the next start.
        createWindow();
        QVERIFY(m_window->openTable(m_table->location(), &error));
        m_window->show();
        QVERIFY(!TestSupport::child<Banner>(*m_window, "sampleBanner")->isVisible());
    }

    void sampleBandGoesForAnotherTable()
    {
        ApplicationServices services;
        services.freshSampleTable = m_table->location();
        createWindow();
        m_window->setApplicationServices(services);
        QString error;
        QVERIFY(m_window->openTable(m_table->location(), &error));
        m_window->show();
        QVERIFY(TestSupport::child<Banner>(*m_window, "sampleBanner")->isVisible());
        answerNewTable(tempPath(QStringLiteral("mien.sqlite")));
        QVERIFY(files()->newTable());
        QVERIFY(!TestSupport::child<Banner>(*m_window, "sampleBanner")->isVisible());
        QVERIFY(m_window->openTable(m_table->location(), &error));
        QVERIFY(!TestSupport::child<Banner>(*m_window, "sampleBanner")->isVisible());
    }

    void pageSwitchFollowsTheActions()
    {
        auto *tabs = TestSupport::child<QTabBar>(*m_window, "pageTabs");
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Table"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Dashboard"));
        QVERIFY(tabs->focusPolicy() & Qt::TabFocus);
        tabs->setCurrentIndex(1);
        auto *dashboard = m_window->findChild<QAction *>(QStringLiteral("showDashboardAction"));
        QVERIFY(dashboard->isChecked());
        m_window->findChild<QAction *>(QStringLiteral("showTableAction"))->trigger();
        QCOMPARE(tabs->currentIndex(), 0);
        QVERIFY(!dashboard->isChecked());
    }

    void helpHasShortcutsAndGuide()
    {
        QVERIFY(UserGuide::markdown().contains(QStringLiteral("Nouveau tableau")));
        m_window->findChild<QAction *>(QStringLiteral("guideAction"))->trigger();
        auto *text = TestSupport::child<QTextBrowser>(*m_window, "guideText");
        QVERIFY(text->toPlainText().contains(QStringLiteral("Filtres actifs")));
        QVERIFY(!text->accessibleName().isEmpty());
        QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("keyboardHelpAction"))->text(),
                 QStringLiteral("&Keyboard shortcuts"));
    }

    void saveDialogsStartInDocumentsThenTheLastFolder()
    {
        QCOMPARE(SaveFolder::start(),
                 QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        SaveFolder::remember(tempPath(QStringLiteral("x.pdf")));
        QCOMPARE(SaveFolder::start(), m_table->dir());
    }

    void exportNameFollowsTheFormat()
    {
        using F = ExportDialog::Format;
        QCOMPARE(ExportDialog::fileNameFor(QStringLiteral("/d/rapport.csv"), F::Pdf),
                 QStringLiteral("/d/rapport.pdf"));
        QCOMPARE(ExportDialog::fileNameFor(QStringLiteral("/d/rapport"), F::Xlsx),
                 QStringLiteral("/d/rapport.xlsx"));
        QCOMPARE(ExportDialog::fileNameFor(QStringLiteral("/d/rapport.PDF"), F::Pdf),
                 QStringLiteral("/d/rapport.PDF"));
        QCOMPARE(ExportDialog::fileNameFor(QStringLiteral("/d/bilan.2022"), F::Csv),
                 QStringLiteral("/d/bilan.2022.csv"));
        QCOMPARE(ExportDialog::fileNameFor(QStringLiteral("/d/t.xlsx"), F::CsvExcel),
                 QStringLiteral("/d/t.csv"));
    }

private:
    OpeningsTableModel *model() const { return m_window->model(); }
};

QTEST_MAIN(TestGuiTableFiles)
#include "test_gui_tablefiles.moc"
