#include "guitestsupport.h"

#include "mainwindow.h"
#include "openingstablemodel.h"
#include "store.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSettings>
#include <QTest>

GuiTestFixture::GuiTestFixture() = default;

GuiTestFixture::~GuiTestFixture()
{
    closeWindow();
}

void GuiTestFixture::isolateSettings(const QString &settingsDir)
{
    QVERIFY(m_settingsDir.isValid());
    // The executable's name, as the test's application name in its own settings folder.
    const QByteArray testName = QCoreApplication::applicationName().toLatin1();
    TestSupport::isolateGuiTest(settingsDir.isEmpty() ? m_settingsDir.path() : settingsDir,
                                testName.constData());
}

void GuiTestFixture::newTable(Content content)
{
    QSettings().clear();
    StoreFixture::newTable();
    if (content == Content::ExtendedSample) {
        const QString imported = TestSupport::importExtendedSample(m_table->location());
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
    }
}

void GuiTestFixture::createWindow()
{
    closeWindow();
    m_store = std::make_unique<Store>();
    m_window = std::make_unique<MainWindow>(*m_store);
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void GuiTestFixture::openWindow(const QDate &referenceDate, WaitFor waitFor, const QSize &size)
{
    QVERIFY(m_table);
    showWindow(m_table->location(), referenceDate, waitFor, size);
}

void GuiTestFixture::openWindowOn(const QString &location)
{
    showWindow(location, QDate(), WaitFor::Exposed, QSize());
}

void GuiTestFixture::showWindow(const QString &location, const QDate &referenceDate,
                                WaitFor waitFor, const QSize &size)
{
    createWindow();
    if (referenceDate.isValid())
        m_window->setReferenceDate(referenceDate);
    QString error;
    QVERIFY2(m_window->openTable(location, &error), qPrintable(error));
    if (size.isValid())
        m_window->resize(size);
    m_window->show();
    if (waitFor == WaitFor::Active) {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    } else {
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
}

void GuiTestFixture::closeWindow()
{
    m_modelTester.reset();
    m_window.reset();
}

void GuiTestFixture::tearDown()
{
    closeWindow();
    StoreFixture::tearDown();
}
