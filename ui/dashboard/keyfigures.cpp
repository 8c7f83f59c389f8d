#include "keyfigures.h"

#include "charts/chartoptions.h"
#include "charts/chartpalette.h"
#include "progress.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

KeyFigures::KeyFigures(QWidget *parent, qreal scale) : QWidget(parent), m_scale(scale)
{
    setObjectName(QStringLiteral("keyFigures"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(int(12 * scale));
    m_total = addTile(QStringLiteral("totalFigure"), ChartPalette::announcedColor());
    m_opened = addTile(QStringLiteral("openedFigure"), ChartPalette::color(ProgressState::OnTime));
    m_onTime =
        addTile(QStringLiteral("onTimeRateFigure"), ChartPalette::color(ProgressState::LateOpened));
    m_overdue =
        addTile(QStringLiteral("overdueFigure"), ChartPalette::color(ProgressState::Overdue));
    clear();
    retranslate();
}

KeyFigures::Tile KeyFigures::addTile(const QString &name, const QColor &accent)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(name + QStringLiteral("Tile"));
    // A coloured bar on the left ties the figure to its colour in the charts.
    frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: white; border: 1px solid #d0d0d0;"
                                        " border-left: %2px solid %3; border-radius: 3px; }")
                             .arg(frame->objectName())
                             .arg(int(std::lround(6 * m_scale)))
                             .arg(accent.name()));
    auto *box = new QVBoxLayout(frame);
    const int margin = int(std::lround(10 * m_scale));
    box->setContentsMargins(margin + int(4 * m_scale), margin, margin, margin);
    box->setSpacing(int(2 * m_scale));
    Tile tile{new QLabel(frame), new QLabel(frame)};
    tile.value->setObjectName(name);
    QFont big = font();
    big.setPixelSize(int(std::lround(30 * m_scale)));
    big.setBold(true);
    tile.value->setFont(big);
    QFont small = font();
    small.setPixelSize(int(std::lround(13 * m_scale)));
    tile.caption->setFont(small);
    tile.caption->setWordWrap(true);
    tile.value->setStyleSheet(QStringLiteral("border: none; color: #1a1a1a;"));
    tile.caption->setStyleSheet(QStringLiteral("border: none; color: #404040;"));
    box->addWidget(tile.value);
    box->addWidget(tile.caption);
    layout()->addWidget(frame);
    return tile;
}

void KeyFigures::setProgress(const Progress &progress)
{
    const QLocale locale;
    const ProgressCounts &t = progress.totals;
    m_total.value->setText(locale.toString(t.announced));
    m_opened.value->setText(locale.toString(t.opened));
    m_rate = progress.totals.onTimeRate();
    m_dated = t.onTime + t.lateOpened;
    m_onTime.value->setText(m_rate ? Charts::percentText(*m_rate) : QStringLiteral("—"));
    m_overdue.value->setText(locale.toString(t.overdue));
    m_opened.value->setToolTip(t.announced > 0
                                   ? tr("%1 of the announced items")
                                         .arg(Charts::percentText(double(t.opened) / t.announced))
                                   : QString());
    retranslate();
}

void KeyFigures::clear()
{
    for (const Tile &tile : {m_total, m_opened, m_onTime, m_overdue})
        tile.value->setText(QStringLiteral("—"));
    m_rate.reset();
    m_dated = 0;
}

void KeyFigures::retranslate()
{
    m_total.caption->setText(tr("announced items"));
    m_opened.caption->setText(tr("opened"));
    m_onTime.caption->setText(tr("on time (of %Ln dated opening(s))", nullptr, m_dated));
    m_onTime.value->setToolTip(
        tr("Opened in or before the announced quarter, out of the opened items whose effective "
           "date is known"));
    m_overdue.caption->setText(tr("overdue"));
    m_overdue.value->setToolTip(ChartPalette::description(ProgressState::Overdue));
}

void KeyFigures::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
