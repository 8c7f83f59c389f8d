#pragma once

#include <QWidget>

class QAction;
class QStackedWidget;
class QTabBar;

// The window's pages (the table, the dashboard, and those added later) with the visible
// switch between them: a tab bar above the pages, in step with the View menu's page
// actions (Ctrl+1, Ctrl+2…). A page comes with its action, whose text the tab shows; the
// tab bar takes the keyboard focus (Tab), its arrows change the page.
class PageSwitch : public QWidget
{
    Q_OBJECT

public:
    explicit PageSwitch(QWidget *parent = nullptr);

    // Adds page after the others; triggering action (checkable, in an exclusive group)
    // shows it, and showing it checks action.
    void addPage(QWidget *page, QAction *action);
    void setCurrentPage(QWidget *page);
    QWidget *currentPage() const;
    QTabBar *tabBar() const { return m_tabs; }

    // The tabs' texts from their actions' (after a language change).
    void retranslate();

signals:
    void currentPageChanged(QWidget *page);

private:
    QTabBar *m_tabs;
    QStackedWidget *m_stack;
    QList<QAction *> m_actions;
};
