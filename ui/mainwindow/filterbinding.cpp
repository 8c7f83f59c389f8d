#include "filterbinding.h"

#include "backgroundtask.h"
#include "dashboardpage.h"
#include "filterpanel.h"
#include "filtersettings.h"
#include "openingstablemodel.h"
#include "progress.h"
#include "store.h"
#include "tableopener.h"
#include "workerdatabase.h"

#include <QSettings>

FilterBinding::FilterBinding(Store &store, const TableOpener *opener, FilterPanel *panel,
                             OpeningsTableModel *model, DashboardPage *dashboard, QObject *parent)
    : QObject(parent), m_store(store), m_opener(opener), m_panel(panel), m_model(model),
      m_dashboard(dashboard), m_spanTask(new BackgroundTask(this))
{
    connect(m_panel, &FilterPanel::filterChanged, this, &FilterBinding::choose);
    connect(&m_store, &Store::ministriesChanged, this,
            [this] { m_panel->setMinistries(m_store.ministries().all()); });
}

void FilterBinding::setReferenceDate(const QDate &date)
{
    m_referenceDate = date;
    m_dashboard->setReferenceDate(date);
    if (m_store.isOpen())
        apply(m_panel->filter());
}

void FilterBinding::restoreSaved()
{
    m_panel->setMinistries(m_store.ministries().all());
    updateQuarterRange();
    QSettings settings;
    m_panel->setFilter(FilterSettings::load(settings, m_store.location(), m_store.ministries()));
    apply(m_panel->filter());
}

void FilterBinding::choose(const OpeningFilter &filter)
{
    apply(filter);
    // What the user chose is kept for the next session, not what a table change shows.
    if (!m_opener->isOpening() && m_store.isOpen()) {
        QSettings settings;
        FilterSettings::save(settings, m_store.location(), filter, m_store.ministries());
    }
}

void FilterBinding::apply(const OpeningFilter &filter)
{
    OpeningFilter f = filter;
    f.reference = m_referenceDate;
    m_model->setFilter(f);
    m_dashboard->setFilter(f);
    emit applied();
}

void FilterBinding::updateQuarterRange()
{
    // Found in the background; the lists keep any quarter already chosen. A table that
    // cannot be read says why, as any other error.
    const QString location = m_store.location();
    struct Result
    {
        QuarterSpan span;
        QString error;
    };
    m_spanTask->run(
        [location](TaskReporter &) {
            Result r;
            if (Database *db = WorkerDatabase::forLocation(location, &r.error))
                r.span = quarterSpan(*db, &r.error);
            return r;
        },
        [this](const Result &r) {
            if (!r.error.isEmpty())
                emit errorOccurred(r.error);
            m_panel->setQuarterRange(r.span.first, r.span.last);
        });
}
