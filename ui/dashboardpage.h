#pragma once

#include <QWidget>

class QLabel;

// The dashboard page of the main window (charts of progress). A placeholder
// until the dashboard is written.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label;
};
