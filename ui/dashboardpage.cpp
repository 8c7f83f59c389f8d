#include "dashboardpage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

DashboardPage::DashboardPage(QWidget *parent) : QWidget(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    retranslate();
}

void DashboardPage::retranslate()
{
    m_label->setText(tr("The dashboard comes here."));
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
