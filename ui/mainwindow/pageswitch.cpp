#include "pageswitch.h"

#include <QAction>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

namespace {

QString tabText(const QAction *action)
{
    // The menu's "&Table": the tab has no accelerator of its own (Ctrl+1 is shown instead).
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    return text;
}

} // namespace

PageSwitch::PageSwitch(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabBar(this)), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("pageSwitch"));
    m_tabs->setObjectName(QStringLiteral("pageTabs"));
    m_stack->setObjectName(QStringLiteral("pages"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_tabs->setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *tabRow = new QHBoxLayout;
    tabRow->setContentsMargins(8, 6, 8, 0);
    tabRow->addWidget(m_tabs);
    tabRow->addStretch(1);
    layout->addLayout(tabRow);
    layout->addWidget(m_stack, 1);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index < 0 || index >= m_actions.size())
            return;
        m_stack->setCurrentIndex(index);
        m_actions.at(index)->setChecked(true);
        emit currentPageChanged(m_stack->currentWidget());
    });
}

void PageSwitch::addPage(QWidget *page, QAction *action)
{
    m_stack->addWidget(page);
    m_actions << action;
    const int index = m_tabs->addTab(tabText(action));
    m_tabs->setTabToolTip(index, action->shortcut().toString(QKeySequence::NativeText));
    connect(action, &QAction::triggered, this, [this, page] { setCurrentPage(page); });
    retranslate();
}

void PageSwitch::setCurrentPage(QWidget *page)
{
    const int index = m_stack->indexOf(page);
    if (index < 0)
        return;
    m_tabs->setCurrentIndex(index);
    // The tab bar emits nothing when the index is already current.
    m_stack->setCurrentIndex(index);
    m_actions.at(index)->setChecked(true);
}

QWidget *PageSwitch::currentPage() const
{
    return m_stack->currentWidget();
}

void PageSwitch::retranslate()
{
    for (int i = 0; i < m_actions.size(); ++i) {
        m_tabs->setTabText(i, tabText(m_actions.at(i)));
        m_tabs->setTabToolTip(i, m_actions.at(i)->shortcut().toString(QKeySequence::NativeText));
    }
    m_tabs->setAccessibleName(tr("Pages"));
}
