#include "addopeningdialog.h"
#include "chartdatadialog.h"
#include "chartview.h"
#include "conflictdialog.h"
#include "connectdialog.h"
#include "exportdialog.h"
#include "guitestsupport.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "presentationwindow.h"
#include "store.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

// What a screen reader finds: every control a user can reach or act on has a name, and
// every chart a name and a description, read through Qt's accessibility interfaces (the
// ones AT-SPI exposes to Orca).
class TestGuiAccessibility : public QObject, public GuiTestFixture
{
    Q_OBJECT

private:
    static bool isControl(const QAccessibleInterface *iface)
    {
        switch (iface->role()) {
        case QAccessible::PushButton:
        case QAccessible::CheckBox:
        case QAccessible::RadioButton:
        case QAccessible::ComboBox:
        case QAccessible::EditableText:
        case QAccessible::SpinBox:
        case QAccessible::Slider:
        case QAccessible::Table:
        case QAccessible::List:
        case QAccessible::Tree:
        case QAccessible::PageTab:
        case QAccessible::ButtonMenu:
        case QAccessible::ButtonDropDown:
            return true;
        default:
            return iface->state().focusable;
        }
    }

    // The controls below iface with no name, as "role (object name)".
    static void collectUnnamed(QAccessibleInterface *iface, QStringList *unnamed, int depth = 0)
    {
        if (!iface || !iface->isValid() || depth > 40)
            return;
        const QAccessible::State state = iface->state();
        if (state.invisible || state.offscreen)
            return;
        if (isControl(iface) && iface->text(QAccessible::Name).trimmed().isEmpty()) {
            const QObject *o = iface->object();
            *unnamed << QStringLiteral("%1 (%2 %3)")
                            .arg(int(iface->role()))
                            .arg(o ? QString::fromLatin1(o->metaObject()->className()) : QString(),
                                 o ? o->objectName() : QString());
        }
        // A table's cells are named by their data; its header and itself are what matter.
        const QAccessible::Role role = iface->role();
        if (role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::List)
            return;
        for (int i = 0; i < iface->childCount(); ++i)
            collectUnnamed(iface->child(i), unnamed, depth + 1);
    }

    static QStringList unnamedControls(QWidget *top)
    {
        QStringList unnamed;
        collectUnnamed(QAccessible::queryAccessibleInterface(top), &unnamed);
        return unnamed;
    }
    QStringList unnamedControls() const { return unnamedControls(m_window.get()); }

    // The dialog an action opens, walked once it is shown.
    template <typename Dialog> void checkDialogOf(const char *action)
    {
        trigger(action);
        Dialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<Dialog *>()) && dialog->isVisible());
        const QStringList unnamed = unnamedControls(dialog);
        dialog->reject();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void trigger(const char *action)
    {
        auto *a = m_window->findChild<QAction *>(QLatin1String(action));
        QVERIFY2(a && a->isEnabled(), action);
        a->trigger();
    }

private slots:
    void initTestCase() { isolateSettings(); }

    void init()
    {
        newTable();
        openWindow(QDate(2023, 1, 15), WaitFor::Active, QSize(1400, 900));
    }

    void cleanup() { tearDown(); }

    void tablePageControlsAreNamed()
    {
        trigger("showTableAction");
        const QStringList unnamed = unnamedControls();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void dashboardControlsAreNamed()
    {
        trigger("showDashboardAction");
        const QStringList unnamed = unnamedControls();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void addDialogControlsAreNamed() { checkDialogOf<AddOpeningDialog>("addOpeningAction"); }
    void exportDialogControlsAreNamed() { checkDialogOf<ExportDialog>("exportAction"); }
    void connectDialogControlsAreNamed() { checkDialogOf<ConnectDialog>("connectServerAction"); }

    // Help lists every shortcut, read from the actions, and the accessibility statement.
    void keyboardHelpListsTheShortcuts()
    {
        trigger("keyboardHelpAction");
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("keyboardHelpBox"))) &&
                    box->isVisible());
        const QString text = box->text();
        for (const char *name : {"showDashboardAction", "presentAction", "importAction"}) {
            auto *a = m_window->findChild<QAction *>(QLatin1String(name));
            QVERIFY2(
                text.contains(a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped()),
                name);
        }
        const QStringList unnamed = unnamedControls(box);
        box->close();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void presentationControlsAreNamed()
    {
        trigger("presentAction");
        PresentationWindow *slides = nullptr;
        QTRY_VERIFY((slides = m_window->findChild<PresentationWindow *>()) && slides->isVisible());
        const QStringList unnamed = unnamedControls(slides);
        slides->close();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void importDialogControlsAreNamed()
    {
        ImportDialog dialog(m_table->location(),
                            TestSupport::dataFile(QStringLiteral("suivi-ouvertures-2021.csv")),
                            m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList unnamed = unnamedControls(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void conflictDialogControlsAreNamed()
    {
        EditConflict conflict;
        conflict.theirs.title = QStringLiteral("API Droit à conduire");
        conflict.theirs.comment = QStringLiteral("leur commentaire");
        conflict.seen = {{Field::Comment, QString()}};
        conflict.mine = {{Field::Comment, QStringLiteral("mon commentaire")}};
        ConflictDialog dialog(conflict, m_store->ministries().all(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList unnamed = unnamedControls(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    // Each chart: its title as name, and a sentence of what it shows as description,
    // in French, following the data.
    void chartsHaveNameAndDescription()
    {
        trigger("showDashboardAction");
        const QList<ChartView *> charts = m_window->findChildren<ChartView *>();
        QVERIFY(charts.size() >= 4);
        for (ChartView *chart : charts) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(chart);
            QVERIFY(iface);
            QTRY_VERIFY2(!iface->text(QAccessible::Description).isEmpty(),
                         qPrintable(chart->objectName()));
            QVERIFY2(!iface->text(QAccessible::Name).isEmpty(), qPrintable(chart->objectName()));
        }
        // The burn-up's sentence follows the data: the 63 announced openings of the sample.
        QAccessibleInterface *burnUp = QAccessible::queryAccessibleInterface(
            TestSupport::child<ChartView>(*m_window, "burnUpChartView"));
        QVERIFY2(burnUp->text(QAccessible::Description).contains(QStringLiteral("63")),
                 qPrintable(burnUp->text(QAccessible::Description)));
    }

    // "Show the data": the ministry chart's numbers as a table, one row per ministry,
    // reached from the chart by the keyboard's menu key, and copied tab-separated.
    void chartDataAsATable()
    {
        trigger("showDashboardAction");
        auto *chart = TestSupport::child<ChartView>(*m_window, "ministryChartView");
        QTRY_VERIFY(!chart->data().rows.isEmpty());
        chart->setFocus();
        QTRY_VERIFY(chart->hasFocus());
        // The menu key opens the chart's context menu (a modal loop): its "Show the data"
        // is chosen from inside that loop, as a user pressing Enter on it would.
        bool offered = false;
        QTimer::singleShot(0, chart, [&offered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QAction *show =
                menu ? menu->findChild<QAction *>(QStringLiteral("showChartDataAction")) : nullptr;
            offered = show && show->isEnabled();
            if (offered)
                show->trigger();
            if (menu)
                menu->close();
        });
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, chart->rect().center(),
                                  chart->mapToGlobal(chart->rect().center()));
        QApplication::sendEvent(chart, &menuKey);
        QVERIFY(offered);
        ChartDataDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = chart->findChild<ChartDataDialog *>()) && dialog->isVisible());
        QTableWidget *table = dialog->table();
        QCOMPARE(table->rowCount(), chart->data().rows.size());
        QVERIFY(table->rowCount() >= 8); // the sample's ministries
        QVERIFY(!table->accessibleName().isEmpty());
        int announced = 0;
        for (int r = 0; r < table->rowCount(); ++r)
            announced += table->item(r, table->columnCount() - 1)->text().toInt();
        QCOMPARE(announced, 63);
        dialog->copy();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.startsWith(chart->data().headers.join(QLatin1Char('\t'))));
        QCOMPARE(copied.count(QLatin1Char('\n')), table->rowCount() + 1);
        const QStringList unnamed = unnamedControls(dialog);
        dialog->reject();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestGuiAccessibility)
#include "test_gui_accessibility.moc"
