#include "addopeningdialog.h"
#include "filterpanel.h"
#include "guitestsupport.h"
#include "importdialog.h"
#include "importer.h"
#include "mainwindow.h"
#include "messagewidget.h"
#include "openingdelegate.h"
#include "openingstablemodel.h"
#include "store.h"
#include "tablefiles.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace {

// The three numbers of the status bar, whatever the language of its words.
QList<int> numbersIn(const QString &text)
{
    QList<int> numbers;
    auto it = QRegularExpression(QStringLiteral("\\d+")).globalMatch(text);
    while (it.hasNext())
        numbers << it.next().captured().toInt();
    return numbers;
}

} // namespace

// The main window driven as a user would: cell editors, undo, filters and the
// status bar counts, page shortcuts, adding and deleting openings.
class TestGuiMainWindow : public QObject, public GuiTestFixture
{
    Q_OBJECT

private:
    template <typename T> T *child(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }
    QAction *action(const QString &name) const { return child<QAction>(name); }
    QTableView *view() const { return child<QTableView>(QStringLiteral("openingsView")); }
    OpeningsTableModel *model() const { return m_window->model(); }
    QList<int> counts() const
    {
        return numbersIn(child<QLabel>(QStringLiteral("countsLabel"))->text());
    }

    int rowOfTitle(const QString &title) const
    {
        for (int row = 0; row < model()->rowCount(); ++row)
            if (model()->index(row, OpeningsTableModel::TitleColumn).data() == title)
                return row;
        return -1;
    }

    // Opens the cell's editor as a double-click or F2 would, and returns it.
    template <typename T> T *openEditor(int row, int column, const QString &name)
    {
        const QModelIndex index = model()->index(row, column);
        view()->setCurrentIndex(index);
        view()->edit(index);
        return view()->viewport()->findChild<T *>(name);
    }

    // Overdue is judged on a fixed day so the counts do not move with the calendar; the
    // window active, for key clicks.
    void openWindow() { GuiTestFixture::openWindow(QDate(2022, 1, 15), WaitFor::Active); }

private slots:
    void initTestCase() { isolateSettings(); }

    void init()
    {
        newTable();
        openWindow();
        TestSupport::failOnWarnings();
    }

    void cleanup() { tearDown(); }

    void showsTheWholeTable()
    {
        QCOMPARE(model()->rowCount(), 63);
        QTRY_COMPARE(counts(), (QList<int>{63, 33, 24}));
        QVERIFY(child<MessageWidget>(QStringLiteral("messageWidget"))->isHidden());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("table.sqlite")));
    }

    void editsStatusThroughTheDelegateAndUndoes()
    {
        const int row = rowOfTitle(QStringLiteral("API Droit à conduire"));
        QVERIFY(row >= 0);
        const qint64 id = model()->idAt(row);
        QCOMPARE(m_store->opening(id)->status, Status::NotAvailable);
        QAction *undo = action(QStringLiteral("undoAction"));
        QVERIFY(!undo->isEnabled());

        auto *editor = openEditor<QComboBox>(row, OpeningsTableModel::StatusColumn,
                                             QStringLiteral("statusEditor"));
        QVERIFY(editor);
        QCOMPARE(editor->currentData().toString(), Domain::statusCode(Status::NotAvailable));
        editor->setCurrentIndex(editor->findData(Domain::statusCode(Status::InProgress)));
        QTest::keyClick(editor, Qt::Key_Enter);
        QTRY_COMPARE(m_store->opening(id)->status, Status::InProgress);
        QTRY_VERIFY(!view()->viewport()->findChild<QComboBox *>(QStringLiteral("statusEditor")));

        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(m_store->opening(id)->status, Status::NotAvailable);
        QVERIFY(action(QStringLiteral("redoAction"))->isEnabled());
    }

    void effectiveDateMakesTheOpeningAvailable()
    {
        const int row = rowOfTitle(QStringLiteral("API Droit à conduire"));
        const qint64 id = model()->idAt(row);
        QVERIFY(model()->index(row, 0).data(OpeningsTableModel::OverdueRole).toBool());
        auto *editor = openEditor<QLineEdit>(row, OpeningsTableModel::EffectiveDateColumn,
                                             QStringLiteral("dateEditor"));
        QVERIFY(editor);
        QVERIFY(editor->text().isEmpty());
        QTest::keyClicks(editor, QStringLiteral("15/09/2021"));
        QTest::keyClick(editor, Qt::Key_Enter);
        QTRY_COMPARE(m_store->opening(id)->effectiveDate, QDate(2021, 9, 15));
        QCOMPARE(m_store->opening(id)->status, Status::Available);
        const int after = model()->rowOf(id);
        QVERIFY(!model()->index(after, 0).data(OpeningsTableModel::OverdueRole).toBool());
        QTRY_COMPARE(counts(), (QList<int>{63, 34, 23}));

        // One undo brings back both the date and the status.
        action(QStringLiteral("undoAction"))->trigger();
        QCOMPARE(m_store->opening(id)->effectiveDate, QDate());
        QCOMPARE(m_store->opening(id)->status, Status::NotAvailable);
        QTRY_COMPARE(counts(), (QList<int>{63, 33, 24}));
    }

    void editsMinistryAndCommentThroughTheirEditors()
    {
        const int row = rowOfTitle(QStringLiteral("API Droit à conduire"));
        const qint64 id = model()->idAt(row);
        auto *ministries = openEditor<QComboBox>(row, OpeningsTableModel::MinistryColumn,
                                                 QStringLiteral("ministryEditor"));
        QVERIFY(ministries);
        QCOMPARE(ministries->currentText(), QStringLiteral("Ministère de l'Intérieur"));
        ministries->setCurrentIndex(ministries->findText(QStringLiteral("Ministère des Armées")));
        QTest::keyClick(ministries, Qt::Key_Enter);
        QTRY_COMPARE(m_store->opening(id)->ministry, QStringLiteral("Ministère des Armées"));

        // Shift+Enter starts a line, Enter saves.
        auto *comment = openEditor<QPlainTextEdit>(
            model()->rowOf(id), OpeningsTableModel::CommentColumn, QStringLiteral("commentEditor"));
        QVERIFY(comment);
        QTest::keyClicks(comment, QStringLiteral("Transfert"));
        QTest::keyClick(comment, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(comment, QStringLiteral("voir CIAD"));
        QTest::keyClick(comment, Qt::Key_Return);
        QTRY_COMPARE(m_store->opening(id)->comment, QStringLiteral("Transfert\nvoir CIAD"));
        QCOMPARE(m_window->undoStack()->count(), 2);
    }

    void refusesAWrongUrlWithAMessage()
    {
        const int row = rowOfTitle(QStringLiteral("API Droit à conduire"));
        const qint64 id = model()->idAt(row);
        auto *editor =
            openEditor<QLineEdit>(row, OpeningsTableModel::UrlColumn, QStringLiteral("urlEditor"));
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("pas une adresse"));
        QTest::keyClick(editor, Qt::Key_Enter);
        auto *message = child<MessageWidget>(QStringLiteral("messageWidget"));
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("pas une adresse")));
        QCOMPARE(message->type(), MessageWidget::Type::Error);
        QCOMPARE(m_store->opening(id)->url, QString());
        QVERIFY(!action(QStringLiteral("undoAction"))->isEnabled());
    }

    void refusesAnUnreadableQuarter()
    {
        const int row = rowOfTitle(QStringLiteral("API Droit à conduire"));
        const qint64 id = model()->idAt(row);
        auto *editor = openEditor<QComboBox>(row, OpeningsTableModel::AnnouncedColumn,
                                             QStringLiteral("quarterEditor"));
        QVERIFY(editor);
        QCOMPARE(editor->currentText(), Quarter(2021, 3).display());
        editor->setEditText(QStringLiteral("fin 2023"));
        QTest::keyClick(editor, Qt::Key_Enter);
        QTRY_COMPARE(m_store->opening(id)->announced, Quarter(2023, 4));

        editor = openEditor<QComboBox>(model()->rowOf(id), OpeningsTableModel::AnnouncedColumn,
                                       QStringLiteral("quarterEditor"));
        QVERIFY(editor);
        editor->setEditText(QStringLiteral("bientôt"));
        QTest::keyClick(editor, Qt::Key_Enter);
        auto *message = child<MessageWidget>(QStringLiteral("messageWidget"));
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("bientôt")));
        QCOMPARE(m_store->opening(id)->announced, Quarter(2023, 4));
    }

    void filtersUpdateTheCounts()
    {
        QTRY_COMPARE(counts(), (QList<int>{63, 33, 24}));
        auto *ministry = child<QComboBox>(QStringLiteral("ministryFilterCombo"));
        const int interior = ministry->findText(QStringLiteral("Ministère de l'Intérieur"));
        QVERIFY(interior > 0);
        ministry->setCurrentIndex(interior);
        QTRY_COMPARE(counts(), (QList<int>{5, 1, 4}));
        QCOMPARE(model()->rowCount(), 5);

        auto *search = child<QLineEdit>(QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("PERMIS"));
        QTRY_COMPARE(counts(), (QList<int>{1, 0, 1}));
        QCOMPARE(model()->rowCount(), 1);

        auto *reset = child<QPushButton>(QStringLiteral("resetFiltersButton"));
        QVERIFY(reset->isEnabled());
        reset->click();
        QTRY_COMPARE(counts(), (QList<int>{63, 33, 24}));
        QCOMPARE(search->text(), QString());
        QVERIFY(!reset->isEnabled());
    }

    void statusAndOverdueFilters()
    {
        auto *status = child<QComboBox>(QStringLiteral("statusFilterCombo"));
        status->setCurrentIndex(status->findData(Domain::statusCode(Status::Planned)));
        QTRY_COMPARE(counts().value(0), model()->rowCount());
        QVERIFY(model()->rowCount() > 0);
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(model()->openingAt(row)->status, Status::Planned);
        status->setCurrentIndex(0);
        child<QAbstractButton>(QStringLiteral("overdueOnlyCheck"))->click();
        QTRY_COMPARE(counts(), (QList<int>{24, 0, 24}));
    }

    void filterComesBackWithTheWindow()
    {
        auto *ministry = child<QComboBox>(QStringLiteral("ministryFilterCombo"));
        ministry->setCurrentIndex(ministry->findText(QStringLiteral("Ministère de l'Intérieur")));
        auto *from = child<QComboBox>(QStringLiteral("fromQuarterCombo"));
        from->setCurrentIndex(from->findData(Quarter(2021, 4).key()));
        QTRY_COMPARE(model()->rowCount(), 1);
        m_window->close();
        closeWindow();

        openWindow();
        QCOMPARE(child<QComboBox>(QStringLiteral("ministryFilterCombo"))->currentText(),
                 QStringLiteral("Ministère de l'Intérieur"));
        QCOMPARE(child<QComboBox>(QStringLiteral("fromQuarterCombo"))->currentData().toInt(),
                 Quarter(2021, 4).key());
        QCOMPARE(model()->rowCount(), 1);
    }

    void shortcutsSwitchPagesAndFind()
    {
        auto *pages = child<QStackedWidget>(QStringLiteral("pages"));
        QVERIFY(pages);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("tablePage"));
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("dashboardPage"));
        QVERIFY(action(QStringLiteral("showDashboardAction"))->isChecked());
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("tablePage"));

        auto *search = child<QLineEdit>(QStringLiteral("searchEdit"));
        search->setText(QStringLiteral("ancien"));
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("tablePage"));
        QTRY_VERIFY(search->hasFocus());
        QCOMPARE(search->selectedText(), QStringLiteral("ancien"));
    }

    void addsAndDeletesOpenings()
    {
        auto *ministry = child<QComboBox>(QStringLiteral("ministryFilterCombo"));
        ministry->setCurrentIndex(ministry->findText(QStringLiteral("Ministère des Armées")));
        QTRY_COMPARE(model()->rowCount(), 1);

        QAction *add = action(QStringLiteral("addOpeningAction"));
        QVERIFY(add->isEnabled());
        add->trigger();
        AddOpeningDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<AddOpeningDialog *>()) && dialog->isVisible());
        // The ministry the table is filtered on is proposed.
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("addMinistryCombo"))->currentText(),
                 QStringLiteral("Ministère des Armées"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("addOkButton"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("addTitleEdit")),
                         QStringLiteral("Effectifs militaires"));
        QVERIFY(ok->isEnabled());
        ok->click();
        QTRY_COMPARE(model()->rowCount(), 2);
        QCOMPARE(m_store->count(), qint64(64));
        const int row = rowOfTitle(QStringLiteral("Effectifs militaires"));
        QVERIFY(row >= 0);
        QCOMPARE(view()->currentIndex().row(), row);

        // Delete on the table asks first.
        view()->setFocus();
        QTRY_VERIFY(view()->hasFocus());
        QVERIFY(action(QStringLiteral("deleteOpeningAction"))->isEnabled());
        QTest::keyClick(view(), Qt::Key_Delete);
        QMessageBox *box = nullptr;
        QTRY_VERIFY(
            (box = m_window->findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"))) &&
            box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("Effectifs militaires")));
        box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"))->click();
        QTRY_COMPARE(m_store->count(), qint64(63));
        QCOMPARE(model()->rowCount(), 1);

        action(QStringLiteral("undoAction"))->trigger();
        QCOMPARE(m_store->count(), qint64(64));
        QTRY_COMPARE(model()->rowCount(), 2);
        action(QStringLiteral("undoAction"))->trigger();
        QCOMPARE(m_store->count(), qint64(63));
    }

    void importsADroppedCsvFile()
    {
        const QString csv = TestSupport::dataFile(QStringLiteral("suivi-ouvertures-2023.csv"));
        // The window asks where the file goes: into the open table.
        m_window->tableFiles()->setImportTargetPrompt(
            [](const QString &, bool) { return TableFiles::ImportTarget::OpenTable; });
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(csv)});
        const QPointF centre = QRectF(m_window->rect()).center();
        QDragEnterEvent enter(centre.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);

        ImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ImportDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->csvPath(), csv);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isPreviewReady(), 20000);
        QSignalSpy imported(dialog, &ImportDialog::imported);
        dialog->setMode(ImportMode::Replace);
        dialog->startImport();
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 20000);

        // The window reads the table the import wrote.
        QTRY_COMPARE(qint64(model()->rowCount()), m_store->count());
        QTRY_COMPARE(qint64(counts().value(0)), m_store->count());
        auto *message = child<MessageWidget>(QStringLiteral("messageWidget"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->type(), MessageWidget::Type::Positive);
        QVERIFY(!action(QStringLiteral("undoAction"))->isEnabled());
    }

    void everyNamedActionHasAShortcutOrMenu()
    {
        const QStringList names = {
            QStringLiteral("openAction"),           QStringLiteral("importAction"),
            QStringLiteral("undoAction"),           QStringLiteral("redoAction"),
            QStringLiteral("addOpeningAction"),     QStringLiteral("deleteOpeningAction"),
            QStringLiteral("showTableAction"),      QStringLiteral("showDashboardAction"),
            QStringLiteral("findAction"),           QStringLiteral("quitAction"),
            QStringLiteral("languageFrenchAction"), QStringLiteral("languageEnglishAction")};
        for (const QString &name : names) {
            QAction *a = action(name);
            QVERIFY2(a, qPrintable(name));
            QVERIFY2(!a->associatedObjects().isEmpty(), qPrintable(name));
        }
        QCOMPARE(action(QStringLiteral("showTableAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(action(QStringLiteral("findAction"))->shortcut(), QKeySequence::Find);
        QCOMPARE(action(QStringLiteral("importAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_I));
    }

    void languageActionsAskTheApplication()
    {
        QSignalSpy spy(m_window.get(), &MainWindow::languageChangeRequested);
        action(QStringLiteral("languageEnglishAction"))->trigger();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("en"));
    }

    void parsesTypedDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("dd/mm/yyyy") << QStringLiteral("15/09/2021") << QDate(2021, 9, 15);
        QTest::newRow("d/m/yyyy") << QStringLiteral("5/9/2021") << QDate(2021, 9, 5);
        QTest::newRow("d/m/yy") << QStringLiteral("5/9/21") << QDate(2021, 9, 5);
        QTest::newRow("iso") << QStringLiteral("2021-09-15") << QDate(2021, 9, 15);
        QTest::newRow("spaces") << QStringLiteral(" 15/09/2021 ") << QDate(2021, 9, 15);
        QTest::newRow("impossible") << QStringLiteral("31/02/2021") << QDate();
        QTest::newRow("words") << QStringLiteral("bientôt") << QDate();
    }
    void parsesTypedDates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(OpeningDelegate::parseDate(text), date);
    }
};

QTEST_MAIN(TestGuiMainWindow)
#include "test_gui_mainwindow.moc"
