// The main window's links with the dashboard page and the presentation mode.
#include "mainwindow.h"

#include "dashboardpage.h"
#include "filterpanel.h"
#include "mainactions.h"
#include "openingstablemodel.h"
#include "presentationwindow.h"
#include "store.h"
#include "tablepage.h"

#include <QAction>

void MainWindow::connectDashboard()
{
    connect(m_actions->present, &QAction::triggered, this, &MainWindow::startPresentation);
    connect(m_dashboardPage, &DashboardPage::presentationRequested, this,
            &MainWindow::startPresentation);
    connect(m_dashboardPage, &DashboardPage::referenceDateChanged, this,
            &MainWindow::setReferenceDate);
    connect(m_dashboardPage, &DashboardPage::errorOccurred, this, &MainWindow::showError);
    // A click on a bar: the table lists those openings.
    connect(m_dashboardPage, &DashboardPage::filterRequested, this,
            [this](const OpeningFilter &filter) {
                m_tablePage->filterPanel()->setFilter(filter);
                showTable();
            });
}

void MainWindow::startPresentation()
{
    if (!m_store.isOpen())
        return;
    // A child window: it goes with the main window, and Escape deletes it.
    auto *presentation =
        new PresentationWindow(m_store.location(), m_model->filter(), m_referenceDate, this);
    presentation->setAttribute(Qt::WA_DeleteOnClose);
    presentation->start();
}
