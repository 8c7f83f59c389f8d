#include "statuscounts.h"

#include "backgroundtask.h"
#include "filterbinding.h"
#include "openingstablemodel.h"
#include "progress.h"
#include "store.h"
#include "workerdatabase.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>

StatusCounts::StatusCounts(Store &store, OpeningsTableModel *model, const FilterBinding *filters,
                           QStatusBar *statusBar)
    : QObject(statusBar), m_store(store), m_model(model), m_filters(filters),
      m_label(new QLabel(statusBar)), m_timer(new QTimer(this)), m_task(new BackgroundTask(this))
{
    m_label->setObjectName(QStringLiteral("countsLabel"));
    m_label->setContentsMargins(6, 0, 6, 0);
    statusBar->addWidget(m_label, 1);
    // Many store signals may come from one edit: count once after they settle.
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &StatusCounts::update);
    connect(m_model, &OpeningsTableModel::rowsRefreshed, this, &StatusCounts::schedule);
    connect(m_model, &OpeningsTableModel::dataChanged, this, &StatusCounts::schedule);
}

void StatusCounts::schedule()
{
    m_timer->start();
}

void StatusCounts::update()
{
    m_timer->stop();
    if (!m_store.isOpen()) {
        m_label->clear();
        return;
    }
    // Counted in the background: on a large table the count takes a while and
    // the first screen must not wait for it. A newer request replaces an older one.
    const QString location = m_store.location();
    const OpeningFilter filter = m_model->filter();
    const QDate reference = m_filters->referenceDate();
    struct Result
    {
        FilterCounts counts;
        QString error;
    };
    m_task->run(
        [location, filter, reference](TaskReporter &) {
            Result r;
            if (Database *db = WorkerDatabase::forLocation(location, &r.error))
                r.counts = countOpenings(*db, filter, reference, &r.error);
            return r;
        },
        [this](const Result &r) { show(r.counts, r.error); });
}

void StatusCounts::show(const FilterCounts &counts, const QString &error)
{
    if (!error.isEmpty()) {
        m_label->clear();
        emit errorOccurred(error);
        return;
    }
    // %Ln: the number in the locale's digits grouping, and the plural that fits.
    m_label->setText(tr("%Ln opening(s)", nullptr, int(counts.total)) + QStringLiteral(" · ") +
                     tr("%Ln opened", nullptr, int(counts.opened)) + QStringLiteral(" · ") +
                     tr("%Ln overdue", nullptr, int(counts.overdue)));
    const QDate reference = m_model->referenceDate();
    m_label->setToolTip(
        tr("For the rows the filters show. Overdue: neither opened nor abandoned, announced "
           "before %1 (the quarter of %2).")
            .arg(Quarter::fromDate(reference).display(),
                 QLocale().toString(reference, QLocale::LongFormat)));
}
