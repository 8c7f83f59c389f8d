#include "taskprogress.h"

#include "backgroundtask.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <limits>

TaskProgress::TaskProgress(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(this))
{
    m_label->setObjectName(QStringLiteral("taskProgressLabel"));
    m_bar->setObjectName(QStringLiteral("taskProgressBar"));
    m_cancel->setObjectName(QStringLiteral("taskCancelButton"));
    // The dialog's own default button must stay the default: Enter never cancels by accident.
    m_cancel->setAutoDefault(false);
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(true);
    m_bar->setMinimumWidth(160);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QPushButton::clicked, this, &TaskProgress::cancel);
    retranslate();
    hide();
}

void TaskProgress::setTask(BackgroundTask *task)
{
    if (m_task)
        disconnect(m_task, nullptr, this, nullptr);
    m_task = task;
    m_running = false;
    if (!task) {
        hide();
        return;
    }
    connect(task, &BackgroundTask::started, this, &TaskProgress::onStarted);
    connect(task, &BackgroundTask::progressChanged, this, &TaskProgress::onProgress);
    connect(task, &BackgroundTask::finished, this, &TaskProgress::onFinished);
    // A task may be deleted with its requester while it runs: nothing else would hide the bar.
    connect(task, &QObject::destroyed, this, &TaskProgress::onFinished);
    if (task->isRunning())
        onStarted();
    else
        hide();
}

void TaskProgress::setText(const QString &text)
{
    m_text = text;
    if (!m_cancelling)
        m_label->setText(text);
}

QString TaskProgress::text() const
{
    return m_label->text();
}

int TaskProgress::value() const
{
    return m_bar->value();
}

int TaskProgress::maximum() const
{
    return m_bar->maximum();
}

void TaskProgress::onStarted()
{
    m_running = true;
    m_cancelling = false;
    m_label->setText(m_text);
    m_bar->setRange(0, 0); // busy until the work reports a total
    m_bar->reset();
    m_cancel->setEnabled(true);
    show();
}

void TaskProgress::onProgress(qint64 done, qint64 total)
{
    // BackgroundTask keeps totals within int; the bound only guards against misuse.
    constexpr qint64 intMax = std::numeric_limits<int>::max();
    if (total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    m_bar->setRange(0, int(qMin(total, intMax)));
    m_bar->setValue(int(qBound<qint64>(0, done, qMin(total, intMax))));
}

void TaskProgress::onFinished()
{
    m_running = false;
    m_cancelling = false;
    m_label->setText(m_text);
    hide();
}

void TaskProgress::cancel()
{
    if (!m_task || !m_running)
        return;
    m_cancelling = true;
    m_cancel->setEnabled(false);
    // The work stops at its next progress report; say so, since that may take a moment.
    m_label->setText(tr("Cancelling…"));
    m_task->cancel();
}

void TaskProgress::retranslate()
{
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setToolTip(tr("Stop this work"));
    // "%p%" is how the bar writes its percentage; French puts a space before "%".
    m_bar->setFormat(tr("%p%"));
}

void TaskProgress::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
