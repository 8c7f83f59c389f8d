#pragma once

#include "testsupport.h"

#include <QDate>
#include <QSize>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

class MainWindow;
class QAbstractItemModelTester;

// The set-up of the tests that drive the real main window, in one place: their settings
// kept apart, a fresh table (the extended sample imported, or left empty for the test to
// fill), the application's store on it and the MainWindow, shown and waited for. The
// window's table model runs under QAbstractItemModelTester from the window's creation to
// its end, so every load, filter, edit and refresh a test makes is checked too.
//
// A test class derives from it beside QObject and calls it from its slots:
//   initTestCase(): isolateSettings();
//   init():         newTable(); openWindow(QDate(2021, 10, 15));
//   cleanup():      tearDown();
// and reaches the objects as m_table, m_store (TestSupport::StoreFixture) and m_window.
// A failed step has marked the test function failed (QVERIFY) when it returns.
class GuiTestFixture : public TestSupport::StoreFixture
{
public:
    GuiTestFixture();
    ~GuiTestFixture() override;

protected:
    enum class Content {
        ExtendedSample, // tests/data/suivi-ouvertures-etendu.csv, 63 openings
        Empty,
    };
    enum class WaitFor {
        Exposed, // painted on screen
        Active,  // and given the keyboard focus, for key clicks
    };

    // From initTestCase(): the test's settings go to settingsDir, else a temporary folder
    // of the fixture, never to the user's (see TestSupport::isolateGuiTest).
    void isolateSettings(const QString &settingsDir = QString());
    // From init(): no settings left by the previous test function, and a new table.
    // (openStore() gives the application's store on it, for what is tested without
    // the window.)
    void newTable(Content content = Content::ExtendedSample);
    // A new store and the main window on it, with no table yet and not shown.
    void createWindow();
    // A new store and the main window on it, the table opened (the fixture's, or
    // location), overdue judged on referenceDate (today when null), given size (its
    // own when empty), shown and waited for.
    void openWindow(const QDate &referenceDate = QDate(), WaitFor waitFor = WaitFor::Exposed,
                    const QSize &size = QSize());
    void openWindowOn(const QString &location);
    // The window gone (its model tester first), the store and table kept.
    void closeWindow();
    // From cleanup(): the window, the store, then the table.
    void tearDown() override;

    std::unique_ptr<MainWindow> m_window;

private:
    void showWindow(const QString &location, const QDate &referenceDate, WaitFor waitFor,
                    const QSize &size);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
};

namespace TestSupport {

// The child of a dialog or window by object name; stops the test run when it is missing
// (a renamed widget), rather than crashing on a null pointer later.
template <typename T> T *child(const QWidget &owner, const char *name)
{
    T *widget = owner.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return widget;
}

} // namespace TestSupport
