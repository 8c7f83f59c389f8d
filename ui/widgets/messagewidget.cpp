#include "messagewidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

MessageWidget::MessageWidget(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_label(new QLabel(this)),
      m_close(new QToolButton(this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("messageWidget"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setObjectName(QStringLiteral("messageText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setObjectName(QStringLiteral("messageCloseButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &MessageWidget::hideMessage);
    connect(m_close, &QToolButton::clicked, this, &MessageWidget::hideMessage);
    retranslate();
    hide();
}

void MessageWidget::showMessage(const QString &text, Type type, int timeoutMs)
{
    m_type = type;
    m_label->setText(text);
    applyStyle();
    show();
    if (timeoutMs > 0 && type != Type::Error)
        m_timer->start(timeoutMs);
    else
        m_timer->stop();
}

void MessageWidget::hideMessage()
{
    m_timer->stop();
    hide();
}

QString MessageWidget::text() const
{
    return m_label->text();
}

void MessageWidget::applyStyle()
{
    // The icon and the words carry the meaning; the tint only helps to notice the band.
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor tint(0xe3, 0xee, 0xfa);
    QColor border(0x6a, 0x9b, 0xd8);
    switch (m_type) {
    case Type::Information:
        break;
    case Type::Positive:
        icon = QStyle::SP_DialogApplyButton;
        tint = QColor(0xe2, 0xf3, 0xe4);
        border = QColor(0x4c, 0xa0, 0x5a);
        break;
    case Type::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xfd, 0xf1, 0xd8);
        border = QColor(0xd9, 0x9a, 0x26);
        break;
    case Type::Error:
        icon = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xfb, 0xe4, 0xe4);
        border = QColor(0xc9, 0x3c, 0x3c);
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    setStyleSheet(QStringLiteral("MessageWidget { background: %1; border: 1px solid %2; "
                                 "border-radius: 3px; } QLabel { color: #1e1e1e; }")
                      .arg(tint.name(), border.name()));
}

void MessageWidget::retranslate()
{
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message"));
}

void MessageWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}
