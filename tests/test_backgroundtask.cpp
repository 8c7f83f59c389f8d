#include "backgroundtask.h"
#include "testsupport.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <atomic>
#include <memory>

// The one helper for long work: results come back in the requester's thread,
// progress and Cancel work, a dead requester gets nothing, the latest run wins.
class TestBackgroundTask : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        bool cancelled = false;
        int value = 0;
    };

    // Semaphores the worker waits on, so the test decides when the work moves on.
    struct Gate
    {
        QSemaphore entered;
        QSemaphore proceed;
    };

private slots:
    void init() { TestSupport::failOnWarnings(); }
    // Every run captured test locals: none may outlive its test function.
    void cleanup() { QThreadPool::globalInstance()->waitForDone(); }

    void deliversResultInRequesterThread()
    {
        QObject requester;
        auto *task = new BackgroundTask(&requester);
        QSignalSpy started(task, &BackgroundTask::started);
        QSignalSpy finished(task, &BackgroundTask::finished);
        std::optional<int> result;
        QThread *callbackThread = nullptr;
        QThread *workThread = nullptr;
        const quint64 generation = task->run(
            [&workThread](TaskReporter &) {
                workThread = QThread::currentThread();
                return 42;
            },
            [&](int value) {
                result = value;
                callbackThread = QThread::currentThread();
            });
        QCOMPARE(generation, quint64(1));
        QCOMPARE(started.count(), 1);
        QVERIFY(task->isRunning());
        QTRY_VERIFY(result.has_value());
        QCOMPARE(*result, 42);
        QCOMPARE(callbackThread, QThread::currentThread());
        QVERIFY(workThread != QThread::currentThread());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!task->isRunning());
        QVERIFY(!task->wasCancelled());
    }

    void reportsProgress()
    {
        QObject requester;
        auto *task = new BackgroundTask(&requester);
        QSignalSpy progress(task, &BackgroundTask::progressChanged);
        Gate gate;
        bool done = false;
        task->run(
            [&gate](TaskReporter &r) {
                r.progress(3, 10);
                gate.entered.release();
                gate.proceed.acquire();
                for (int i = 4; i <= 10; ++i)
                    r.progress(i, 10);
                return true;
            },
            [&done](bool) { done = true; });
        // The first value of a run is never throttled.
        QTRY_VERIFY(!progress.isEmpty() && progress.last().at(0).toLongLong() == 3);
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(10));
        gate.proceed.release();
        QTRY_VERIFY(done);
        // Throttling may skip values in between, never the last one.
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(10));
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(10));
        for (const QList<QVariant> &args : std::as_const(progress))
            QVERIFY(args.at(0).toLongLong() <= args.at(1).toLongLong());
    }

    void scalesHugeTotalsAndRestartsPhases()
    {
        QObject requester;
        auto *task = new BackgroundTask(&requester);
        QSignalSpy progress(task, &BackgroundTask::progressChanged);
        Gate gate;
        bool done = false;
        const qint64 huge = qint64(1) << 40;
        task->run(
            [&gate, huge](TaskReporter &r) {
                r.progress(huge / 2, huge);
                gate.entered.release();
                gate.proceed.acquire();
                r.progress(1, 4); // a second phase, counted in rows
                gate.entered.release();
                gate.proceed.acquire();
                return true;
            },
            [&done](bool) { done = true; });
        QTRY_VERIFY(!progress.isEmpty() && progress.last().at(0).toLongLong() == 500000);
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(1000000));
        QVERIFY(gate.entered.tryAcquire(1, 5000));
        gate.proceed.release();
        QTRY_VERIFY(progress.last().at(0).toLongLong() == 1 &&
                    progress.last().at(1).toLongLong() == 4);
        QVERIFY(gate.entered.tryAcquire(1, 5000));
        gate.proceed.release();
        QTRY_VERIFY(done);
    }

    void cancelStopsWorkAndResultSaysSo()
    {
        QObject requester;
        auto *task = new BackgroundTask(&requester);
        QSignalSpy finished(task, &BackgroundTask::finished);
        Gate gate;
        std::optional<Outcome> outcome;
        task->run(
            [&gate](TaskReporter &r) {
                Outcome o;
                for (int i = 0; i < 1000; ++i) {
                    if (!r.progress(i, 1000)) {
                        o.cancelled = true;
                        break;
                    }
                    o.value = i;
                    if (i == 5) {
                        gate.entered.release();
                        gate.proceed.acquire(); // the test cancels here
                    }
                }
                return o;
            },
            [&outcome](const Outcome &o) { outcome = o; });
        QVERIFY(gate.entered.tryAcquire(1, 5000));
        task->cancel();
        QVERIFY(task->wasCancelled());
        gate.proceed.release();
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(outcome->cancelled);
        QCOMPARE(outcome->value, 5);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(task->wasCancelled());
    }

    void deadRequesterGetsNoCallback()
    {
        auto requester = std::make_unique<QObject>();
        auto *task = new BackgroundTask(requester.get());
        Gate gate;
        auto sawCancel = std::make_shared<std::atomic_bool>(false);
        bool called = false;
        task->run(
            [&gate, sawCancel](TaskReporter &r) {
                gate.entered.release();
                gate.proceed.acquire();
                *sawCancel = r.isCancelled();
                return 1;
            },
            [&called](int) { called = true; });
        QVERIFY(gate.entered.tryAcquire(1, 5000));
        requester.reset(); // deletes the task and its watcher while the work runs
        gate.proceed.release();
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(!called);
        QVERIFY(sawCancel->load());
    }

    void latestRunWins()
    {
        QObject requester;
        auto *task = new BackgroundTask(&requester);
        QSignalSpy finished(task, &BackgroundTask::finished);
        Gate gate;
        auto firstSawCancel = std::make_shared<std::atomic_bool>(false);
        QList<int> results;
        task->run(
            [&gate, firstSawCancel](TaskReporter &r) {
                gate.entered.release();
                gate.proceed.acquire();
                *firstSawCancel = r.isCancelled();
                return 1;
            },
            [&results](int v) { results << v; });
        QVERIFY(gate.entered.tryAcquire(1, 5000));
        const quint64 second =
            task->run([](TaskReporter &) { return 2; }, [&results](int v) { results << v; });
        QCOMPARE(second, quint64(2));
        QCOMPARE(task->generation(), quint64(2));
        QTRY_COMPARE(results, QList<int>{2});
        gate.proceed.release();
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(results, QList<int>{2});
        QVERIFY(firstSawCancel->load());
        QCOMPARE(finished.count(), 1);
        QVERIFY(!task->wasCancelled());
    }

    void callbackMayStartTheNextRun()
    {
        QObject requester;
        auto *task = new BackgroundTask(&requester);
        QStringList events;
        connect(task, &BackgroundTask::started, &requester, [&events] { events << "started"; });
        connect(task, &BackgroundTask::finished, &requester, [&events] { events << "finished"; });
        QList<int> results;
        task->run([](TaskReporter &) { return 1; },
                  [&](int v) {
                      results << v;
                      task->run([](TaskReporter &) { return 2; },
                                [&results](int v2) { results << v2; });
                  });
        QTRY_COMPARE(results, (QList<int>{1, 2}));
        QCOMPARE(events, (QStringList{"started", "finished", "started", "finished"}));
        QVERIFY(!task->isRunning());
    }
};

QTEST_GUILESS_MAIN(TestBackgroundTask)
#include "test_backgroundtask.moc"
