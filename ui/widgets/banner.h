#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

// A band that states a lasting condition of what the window shows, with the actions that
// change it: "Active filters: … — Show all", "Sample table — import your table or create
// one". Unlike the message band (one message at a time, errors included), each banner
// stays as long as its condition. The owner sets the texts, in the application's language.
class Banner : public QFrame
{
    Q_OBJECT

public:
    explicit Banner(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    // A button at the band's right, in the order added; objectName names it for tests.
    QPushButton *addButton(const QString &objectName);
    // A close button that hides the band and emits dismissed(); closeName is its tooltip
    // and accessible name ("Do not show again").
    void setDismissible(const QString &closeName);

signals:
    void dismissed();

private:
    QLabel *m_label;
    QHBoxLayout *m_layout;
    QToolButton *m_close = nullptr;
};
