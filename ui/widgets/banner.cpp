#include "banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

Banner::Banner(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_layout(new QHBoxLayout(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // Neutral: a condition to know of, not an alert. Dark text on a light tint (WCAG AA).
    setStyleSheet(QStringLiteral("Banner { background: #eef2f8; border: 1px solid #8ea6c8; "
                                 "border-radius: 3px; } QLabel { color: #1e1e1e; }"));
    m_label->setObjectName(QStringLiteral("bannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_layout->setContentsMargins(8, 3, 4, 3);
    m_layout->addWidget(m_label, 1);
}

void Banner::setText(const QString &text)
{
    m_label->setText(text);
    setAccessibleName(text);
}

QString Banner::text() const
{
    return m_label->text();
}

QPushButton *Banner::addButton(const QString &objectName)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    // Before the close button, when there is one.
    m_layout->insertWidget(m_close ? m_layout->indexOf(m_close) : m_layout->count(), button);
    return button;
}

void Banner::setDismissible(const QString &closeName)
{
    if (!m_close) {
        m_close = new QToolButton(this);
        m_close->setObjectName(objectName() + QStringLiteral("Close"));
        m_close->setAutoRaise(true);
        m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
        m_layout->addWidget(m_close);
        connect(m_close, &QToolButton::clicked, this, [this] {
            hide();
            emit dismissed();
        });
    }
    m_close->setToolTip(closeName);
    m_close->setAccessibleName(closeName);
}
