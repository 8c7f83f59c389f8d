#pragma once

#include "backgroundtask.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// The widget side of a BackgroundTask: what is being done, a progress bar and a
// Cancel button, shown while the task runs and hidden when it ends. Embed it in
// the dialog or page that started the work.
class TaskProgress : public QWidget
{
    Q_OBJECT

public:
    explicit TaskProgress(QWidget *parent = nullptr);

    // Follows task (started, progress, finished); Cancel asks it to stop. The task may be
    // deleted first.
    void setTask(BackgroundTask *task);
    BackgroundTask *task() const { return m_task; }

    // What the work is doing, e.g. "Reading the file…"; set it before starting the run.
    void setText(const QString &text);
    QString text() const;

    bool isRunning() const { return m_running; }
    // The bar's value and maximum as last reported (maximum 0: not known yet, busy bar).
    int value() const;
    int maximum() const;

public slots:
    // What the Cancel button does: asks the task to stop and says "Cancelling…" meanwhile.
    void cancel();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onStarted();
    void onProgress(qint64 done, qint64 total);
    void onFinished();
    void retranslate();

    QPointer<BackgroundTask> m_task;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QString m_text;
    bool m_running = false;
    bool m_cancelling = false;
};
