#include "dashboardlink.h"

#include "dashboardpage.h"
#include "filterbinding.h"
#include "filterpanel.h"
#include "openingstablemodel.h"
#include "presentationwindow.h"
#include "store.h"

#include <QAction>

DashboardLink::DashboardLink(Store &store, OpeningsTableModel *model, DashboardPage *dashboard,
                             FilterBinding *filters, FilterPanel *panel, QAction *present,
                             QWidget *window)
    : QObject(window), m_store(store), m_model(model), m_filters(filters), m_window(window)
{
    connect(present, &QAction::triggered, this, &DashboardLink::startPresentation);
    connect(dashboard, &DashboardPage::presentationRequested, this,
            &DashboardLink::startPresentation);
    connect(dashboard, &DashboardPage::referenceDateChanged, m_filters,
            &FilterBinding::setReferenceDate);
    connect(dashboard, &DashboardPage::errorOccurred, this, &DashboardLink::errorOccurred);
    // A click on a bar: the table lists those openings.
    connect(dashboard, &DashboardPage::filterRequested, this,
            [this, panel](const OpeningFilter &filter) {
                panel->setFilter(filter);
                emit tableRequested();
            });
}

void DashboardLink::startPresentation()
{
    if (!m_store.isOpen())
        return;
    // A child window: it goes with the main window, and Escape deletes it.
    auto *presentation = new PresentationWindow(m_store.location(), m_model->filter(),
                                                m_filters->referenceDate(), m_window);
    presentation->setAttribute(Qt::WA_DeleteOnClose);
    presentation->start();
}
