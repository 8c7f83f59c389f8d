#pragma once

#include <QFrame>

class QLabel;
class QTimer;
class QToolButton;

// The one place where the window tells the user about errors and notices: a
// band at the top of the window with a message and a close button, instead of
// message boxes scattered over the code.
class MessageWidget : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Information, Positive, Warning, Error };
    Q_ENUM(Type)

    explicit MessageWidget(QWidget *parent = nullptr);

    // Shows text (replacing the previous message); a positive timeout hides it
    // after that many milliseconds, errors stay until closed.
    void showMessage(const QString &text, Type type = Type::Information, int timeoutMs = 0);
    void showError(const QString &text) { showMessage(text, Type::Error); }
    void hideMessage();

    QString text() const;
    Type type() const { return m_type; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();
    void retranslate();

    QLabel *m_icon;
    QLabel *m_label;
    QToolButton *m_close;
    QTimer *m_timer;
    Type m_type = Type::Information;
};
