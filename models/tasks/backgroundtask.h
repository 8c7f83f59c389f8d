#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>
#include <type_traits>
#include <utility>

namespace BackgroundTaskDetail {
// What the thread-pool side and the requester side of one run share: the
// cancel flag outlives the task object, so a worker may still ask after the
// requester is gone.
struct RunState
{
    std::atomic_bool cancelled{false};
    qint64 lastTotal = -1; // worker thread only
    qint64 lastDone = -1;  // worker thread only
};
} // namespace BackgroundTaskDetail

// Handed to the work function in the worker thread: reports progress and tells
// whether the run was cancelled. Progress goes through the run's QPromise, so
// Qt throttles it (about 25 updates a second, the last one always shown).
class TaskReporter
{
public:
    virtual ~TaskReporter() = default;

    // Reports done out of total (any unit: rows, bytes). Returns false once
    // the run is cancelled: the work should stop and return a result that says so.
    // A total above INT_MAX is shown scaled to 0..1,000,000. Going backwards
    // (a new phase) is allowed.
    bool progress(qint64 done, qint64 total);
    bool isCancelled() const;

protected:
    explicit TaskReporter(std::shared_ptr<BackgroundTaskDetail::RunState> state)
        : m_state(std::move(state))
    {
    }
    virtual void setRange(int maximum) = 0;
    virtual void setValue(int value) = 0;

private:
    std::shared_ptr<BackgroundTaskDetail::RunState> m_state;
};

namespace BackgroundTaskDetail {
template <typename T> class PromiseReporter final : public TaskReporter
{
public:
    PromiseReporter(QPromise<T> &promise, std::shared_ptr<RunState> state)
        : TaskReporter(std::move(state)), m_promise(promise)
    {
    }

protected:
    void setRange(int maximum) override { m_promise.setProgressRange(0, maximum); }
    void setValue(int value) override { m_promise.setProgressValue(value); }

private:
    QPromise<T> &m_promise;
};
} // namespace BackgroundTaskDetail

// Runs long work (import, export, statistics) in Qt's thread pool and hands its
// result back in the requester's thread, with progress and Cancel built in.
//
// The task is a child of the requester: if the requester is deleted first, the
// task goes with it, the running work is asked to cancel and its result is
// dropped, so no callback ever reaches a deleted object. The work must capture
// by value only (it may outlive the requester) and open its own database
// connection (QtSql connections cannot cross threads). It must not throw: it
// reports failure in its result.
//
// Latest request wins: run() while a run is in progress cancels the previous
// one and drops its result; only the newest run calls back. Use one task per
// independent job.
//
//   auto *task = new BackgroundTask(this);
//   task->run([db, path, mode](TaskReporter &r) { return importFile(db, path, mode,
//                  [&r](qint64 done, qint64 total) { return r.progress(done, total); }); },
//             [this](const ImportSummary &s) { showSummary(s); });
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundTask(QObject *requester);
    // Cancels the running work (without waiting for it) and drops its result.
    ~BackgroundTask() override;

    // Runs work(TaskReporter &) -> T in the thread pool, then calls onFinished(const T &) in
    // this object's thread, also when the run was cancelled (the result says so), unless the
    // task was deleted or run() was called again meanwhile. T must not be void. Returns the
    // run's generation (increasing).
    template <typename Work, typename OnFinished> quint64 run(Work work, OnFinished onFinished);

    bool isRunning() const { return m_watcher != nullptr; }
    // True when cancel() was called on the current (or last finished) run.
    bool wasCancelled() const;
    quint64 generation() const { return m_generation; }

public slots:
    // Asks the current run to stop; its result still arrives, through onFinished.
    void cancel();

signals:
    void started();
    // done out of total, as reported by the work; total 0 until the work reports.
    void progressChanged(qint64 done, qint64 total);
    // Just before onFinished; not emitted for a run replaced by a newer one.
    void finished(bool cancelled);

private:
    std::shared_ptr<BackgroundTaskDetail::RunState> beginRun(QFutureWatcherBase *watcher);
    // True if watcher is still the current run (not superseded); ends the current run.
    bool endRun(QFutureWatcherBase *watcher);
    // Cancels the current run and forgets its watcher, so its result is never delivered.
    void dropCurrentRun();

    QFutureWatcherBase *m_watcher = nullptr;
    std::shared_ptr<BackgroundTaskDetail::RunState> m_state;
    quint64 m_generation = 0;
    qint64 m_total = 0;
};

template <typename Work, typename OnFinished>
quint64 BackgroundTask::run(Work work, OnFinished onFinished)
{
    using T = std::decay_t<std::invoke_result_t<Work &, TaskReporter &>>;
    static_assert(!std::is_void_v<T>, "the work of a BackgroundTask must return its result");

    auto *watcher = new QFutureWatcher<T>(this);
    auto state = beginRun(watcher);
    // The watcher is the context: deleting the task (or superseding the run) deletes or
    // disconnects it, so the callback cannot run for a gone requester.
    connect(watcher, &QFutureWatcherBase::finished, watcher,
            [this, watcher, onFinished = std::move(onFinished)]() mutable {
                if (!endRun(watcher))
                    return;
                // finished() first: onFinished may start the next run, whose started()
                // must come after this run's end.
                emit finished(wasCancelled());
                const QFuture<T> future = watcher->future();
                if (future.resultCount() > 0)
                    onFinished(future.result());
            });
    watcher->setFuture(
        QtConcurrent::run([work = std::move(work), state](QPromise<T> &promise) mutable {
            BackgroundTaskDetail::PromiseReporter<T> reporter(promise, state);
            promise.addResult(work(static_cast<TaskReporter &>(reporter)));
        }));
    emit started();
    return m_generation;
}
