#include "chartview.h"
#include "guitestsupport.h"
#include "importer.h"
#include "mainwindow.h"
#include "presentationwindow.h"
#include "store.h"
#include "testsupport.h"

#include <QAction>
#include <QLabel>
#include <QLineSeries>
#include <QPointer>
#include <QSettings>
#include <QTest>

// The presentation mode opened with F5 from the main window on the extended sample:
// its slides, the keys that move through them, and Escape.
class TestGuiPresentation : public QObject, public GuiTestFixture
{
    Q_OBJECT

private:
    QString counter(PresentationWindow *p) const
    {
        return p->findChild<QLabel *>(QStringLiteral("slideCounter"))->text();
    }
    void screenshot(QWidget *w, const QString &name) const
    {
        if (qEnvironmentVariableIsSet("SUIVI_SCREENSHOTS"))
            w->grab().save(QDir(qEnvironmentVariable("SUIVI_SCREENSHOTS"))
                               .filePath(name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase() { isolateSettings(); }

    void init()
    {
        newTable();
        openWindow(QDate(2021, 10, 15));
        TestSupport::failOnWarnings();
    }

    void cleanup() { tearDown(); }

    void opensNavigatesEverySlideAndCloses()
    {
        QAction *present = m_window->findChild<QAction *>(QStringLiteral("presentAction"));
        QVERIFY(present && present->isEnabled());
        QCOMPARE(present->shortcut(), QKeySequence(Qt::Key_F5));
        present->trigger();
        QPointer<PresentationWindow> p = m_window->findChild<PresentationWindow *>();
        QVERIFY(p);
        QTRY_VERIFY(p->isReady());
        QVERIFY(p->isFullScreen());
        // Key figures, burn-up, ministries, then the 15 ministries of the sample.
        QCOMPARE(p->slideCount(), 18);
        QCOMPARE(p->currentSlide(), 0);
        QCOMPARE(counter(p), QStringLiteral("1 / 18"));
        QVERIFY(!p->currentChart());
        screenshot(p, QStringLiteral("slide-01"));

        QStringList titles{p->slideTitle()};
        const QList<Qt::Key> forward = {Qt::Key_Right, Qt::Key_Space, Qt::Key_PageDown,
                                        Qt::Key_Down};
        for (int i = 1; i < p->slideCount(); ++i) {
            QTest::keyClick(p, forward.at(i % forward.size()));
            QCOMPARE(p->currentSlide(), i);
            QCOMPARE(counter(p), QStringLiteral("%1 / 18").arg(i + 1));
            QVERIFY(p->currentChart());
            QVERIFY(!p->currentChart()->chart()->series().isEmpty());
            titles << p->slideTitle();
            screenshot(p, QStringLiteral("slide-%1").arg(i + 1, 2, 10, QLatin1Char('0')));
            if (i == 3) {
                // The first ministry is the most overdue: the Interior, its three overdue items
                // listed, its burn-up cumulated from its own quarters (T1 2021 .. T1 2022).
                QCOMPARE(p->slideTitle(), QStringLiteral("Ministère de l'Intérieur"));
                const QString list = p->findChild<QLabel *>(QStringLiteral("overdueList"))->text();
                QVERIFY(list.contains(QStringLiteral("API Droit à conduire")));
                QVERIFY(list.contains(QStringLiteral("HistoVec")));
                QVERIFY(!list.contains(QStringLiteral("Certificat d'immatriculation")));
                auto *announced =
                    qobject_cast<QLineSeries *>(p->currentChart()->chart()->series().value(1));
                QVERIFY(announced);
                QList<double> ys;
                for (const QPointF &pt : announced->points())
                    ys << pt.y();
                QCOMPARE(ys, (QList<double>{0, 0, 4, 5, 5}));
            }
        }
        QCOMPARE(titles.size(), 18);
        QCOMPARE(titles.at(2), QStringLiteral("Progress by ministry"));
        QCOMPARE(QSet<QString>(titles.begin(), titles.end()).size(), 18);
        // Past the end nothing moves; back and home.
        QTest::keyClick(p, Qt::Key_Right);
        QCOMPARE(p->currentSlide(), 17);
        QTest::keyClick(p, Qt::Key_PageUp);
        QCOMPARE(p->currentSlide(), 16);
        QTest::keyClick(p, Qt::Key_Left);
        QCOMPARE(p->currentSlide(), 15);
        QTest::keyClick(p, Qt::Key_Home);
        QCOMPARE(counter(p), QStringLiteral("1 / 18"));
        QTest::keyClick(p, Qt::Key_End);
        QCOMPARE(counter(p), QStringLiteral("18 / 18"));

        QTest::keyClick(p, Qt::Key_Escape);
        QTRY_VERIFY(p.isNull());
        QVERIFY(m_window->isVisible());
    }

    void keepsTheFilterAndDateInForce()
    {
        // Only overdue items, judged on 15 January 2022: 11 of them, in 5 ministries.
        m_window->setReferenceDate(QDate(2022, 1, 15));
        auto *present = m_window->findChild<QAction *>(QStringLiteral("presentAction"));
        m_window->findChild<QWidget *>(QStringLiteral("overdueOnlyCheck"))
            ->setProperty("checked", true);
        present->trigger();
        QPointer<PresentationWindow> p = m_window->findChild<PresentationWindow *>();
        QVERIFY(p);
        QTRY_VERIFY(p->isReady());
        const QString figures = p->findChild<QLabel *>(QStringLiteral("totalFigure"))->text();
        QCOMPARE(p->findChild<QLabel *>(QStringLiteral("overdueFigure"))->text(), figures);
        QVERIFY(p->findChild<QLabel *>(QStringLiteral("overviewSubtitle"))
                    ->text()
                    .contains(QLocale().toString(QDate(2022, 1, 15), QLocale::LongFormat)));
        p->close();
        QTRY_VERIFY(p.isNull());
    }
};

QTEST_MAIN(TestGuiPresentation)
#include "test_gui_presentation.moc"
