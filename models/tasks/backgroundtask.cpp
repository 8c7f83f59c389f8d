#include "backgroundtask.h"

#include <limits>

bool TaskReporter::progress(qint64 done, qint64 total)
{
    total = qMax<qint64>(total, 0);
    done = total > 0 ? qBound<qint64>(0, done, total) : 0;
    // QPromise counts in int; a huge total (bytes of a huge file) is shown in millionths.
    constexpr qint64 intMax = std::numeric_limits<int>::max();
    constexpr int scaledMax = 1000000;
    const bool scale = total > intMax;
    const int shownTotal = scale ? scaledMax : int(total);
    const int shownDone = scale ? int(double(done) / double(total) * scaledMax) : int(done);
    // Setting the range resets the promise's value, which only ever grows: that is how a
    // new phase (or a new total) starts again from zero.
    if (total != m_state->lastTotal || done < m_state->lastDone)
        setRange(shownTotal);
    setValue(shownDone);
    m_state->lastTotal = total;
    m_state->lastDone = done;
    return !isCancelled();
}

bool TaskReporter::isCancelled() const
{
    return m_state->cancelled.load();
}

BackgroundTask::BackgroundTask(QObject *requester) : QObject(requester) {}

BackgroundTask::~BackgroundTask()
{
    // The work keeps running in the pool until it checks the flag; its result is dropped
    // with the watcher, a child of this object.
    if (m_state && m_watcher)
        m_state->cancelled = true;
}

bool BackgroundTask::wasCancelled() const
{
    return m_state && m_state->cancelled.load();
}

void BackgroundTask::cancel()
{
    if (m_state && m_watcher)
        m_state->cancelled = true;
}

std::shared_ptr<BackgroundTaskDetail::RunState>
BackgroundTask::beginRun(QFutureWatcherBase *watcher)
{
    dropCurrentRun();
    m_watcher = watcher;
    m_state = std::make_shared<BackgroundTaskDetail::RunState>();
    m_total = 0;
    ++m_generation;
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this,
            [this, watcher](int, int maximum) {
                if (watcher != m_watcher)
                    return;
                m_total = maximum;
                emit progressChanged(0, m_total);
            });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
        if (watcher != m_watcher)
            return;
        emit progressChanged(value, m_total);
    });
    return m_state;
}

bool BackgroundTask::endRun(QFutureWatcherBase *watcher)
{
    if (watcher != m_watcher)
        return false;
    m_watcher = nullptr;
    watcher->deleteLater();
    return true;
}

void BackgroundTask::dropCurrentRun()
{
    if (!m_watcher)
        return;
    m_state->cancelled = true;
    m_watcher->disconnect();
    m_watcher->deleteLater();
    m_watcher = nullptr;
}
