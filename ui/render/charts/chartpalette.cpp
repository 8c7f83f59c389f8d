#include "chartpalette.h"

#include "chartsupport.h"
#include "progress.h"

#include <QChart>
#include <QCoreApplication>
#include <QImage>
#include <QLegend>
#include <QPainter>

#include <cmath>

namespace {

// Okabe & Ito, "Color Universal Design" (2008): eight colours told apart with
// protanopia, deuteranopia and tritanopia; greys for the states without a deadline.
const QColor Green(0x00, 0x9E, 0x73);
const QColor Orange(0xE6, 0x9F, 0x00);
const QColor SkyBlue(0x56, 0xB4, 0xE9);
const QColor Blue(0x00, 0x72, 0xB2);
const QColor Vermillion(0xD5, 0x5E, 0x00);
const QColor LightGrey(0xD4, 0xD4, 0xD4);
const QColor DarkGrey(0x80, 0x80, 0x80);

enum class Hatch { None, Forward, Backward, Cross };

// A tile of colour with darker diagonal lines: the pattern repeats seamlessly, and the
// texture keeps the fill colour (a plain Qt::BDiagPattern brush would leave it empty).
QBrush hatched(const QColor &color, Hatch hatch, qreal scale)
{
    if (hatch == Hatch::None)
        return QBrush(color);
    const int size = std::max(6, int(std::lround(9 * scale)));
    QImage tile(size, size, QImage::Format_ARGB32_Premultiplied);
    tile.fill(color);
    QPainter p(&tile);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color.darker(165), std::max(1.0, 1.6 * scale)));
    auto forward = [&] {
        // Lines through the corners and their neighbours so the tiles join up.
        for (int k = -1; k <= 1; ++k)
            p.drawLine(QPointF(k * size, size), QPointF((k + 1) * size, 0));
    };
    auto backward = [&] {
        for (int k = -1; k <= 1; ++k)
            p.drawLine(QPointF(k * size, 0), QPointF((k + 1) * size, size));
    };
    if (hatch == Hatch::Forward || hatch == Hatch::Cross)
        forward();
    if (hatch == Hatch::Backward || hatch == Hatch::Cross)
        backward();
    p.end();
    return QBrush(tile);
}

Hatch hatchOf(ProgressState state)
{
    switch (state) {
    case ProgressState::LateOpened:
        return Hatch::Forward;
    case ProgressState::Overdue:
        return Hatch::Cross;
    case ProgressState::Abandoned:
        return Hatch::Backward;
    default:
        return Hatch::None;
    }
}

QFont font(qreal pixels, bool bold, const ChartOptions &options)
{
    QFont f;
    f.setPixelSize(std::max(8, int(std::lround(pixels * options.fontScale))));
    f.setBold(bold);
    return f;
}

} // namespace

namespace ChartPalette {

QList<ProgressState> barStates()
{
    return {ProgressState::OnTime,  ProgressState::LateOpened, ProgressState::OpenedUndated,
            ProgressState::Planned, ProgressState::Overdue,    ProgressState::Abandoned};
}

int count(const ProgressCounts &c, ProgressState state)
{
    switch (state) {
    case ProgressState::OnTime:
        return c.onTime;
    case ProgressState::LateOpened:
        return c.lateOpened;
    case ProgressState::OpenedUndated:
        return c.openedUndated;
    case ProgressState::Planned:
        return c.planned;
    case ProgressState::Overdue:
        return c.overdue;
    case ProgressState::Abandoned:
        return c.abandoned;
    }
    return 0;
}

QColor color(ProgressState state)
{
    switch (state) {
    case ProgressState::OnTime:
        return Green;
    case ProgressState::LateOpened:
        return Orange;
    case ProgressState::OpenedUndated:
        return SkyBlue;
    case ProgressState::Planned:
        return LightGrey;
    case ProgressState::Overdue:
        return Vermillion;
    case ProgressState::Abandoned:
        return DarkGrey;
    }
    return DarkGrey;
}

QBrush brush(ProgressState state, qreal scale)
{
    return hatched(color(state), hatchOf(state), scale);
}

QColor labelColor(ProgressState state)
{
    // Black or white, whichever contrasts more with the fill: black on every fill of the
    // palette, the dark grey included (5.3:1, against 3.9:1 for white).
    const QColor fill = color(state);
    return contrastRatio(Qt::black, fill) >= contrastRatio(Qt::white, fill) ? QColor(Qt::black)
                                                                            : QColor(Qt::white);
}

QString label(ProgressState state)
{
    switch (state) {
    case ProgressState::OnTime:
        return QCoreApplication::translate("ChartPalette", "On time");
    case ProgressState::LateOpened:
        return QCoreApplication::translate("ChartPalette", "Opened late");
    case ProgressState::OpenedUndated:
        return QCoreApplication::translate("ChartPalette", "Opened (date unknown)");
    case ProgressState::Planned:
        return QCoreApplication::translate("ChartPalette", "Planned");
    case ProgressState::Overdue:
        return QCoreApplication::translate("ChartPalette", "Overdue");
    case ProgressState::Abandoned:
        return QCoreApplication::translate("ChartPalette", "Abandoned");
    }
    return QString();
}

QString description(ProgressState state)
{
    switch (state) {
    case ProgressState::OnTime:
        return QCoreApplication::translate("ChartPalette",
                                           "Opened in or before the announced quarter");
    case ProgressState::LateOpened:
        return QCoreApplication::translate("ChartPalette", "Opened after the announced quarter");
    case ProgressState::OpenedUndated:
        return QCoreApplication::translate("ChartPalette", "Opened, effective date not recorded");
    case ProgressState::Planned:
        return QCoreApplication::translate(
            "ChartPalette", "Not opened yet, announced for the reference quarter or later");
    case ProgressState::Overdue:
        return QCoreApplication::translate(
            "ChartPalette", "Not opened, announced quarter before the reference quarter");
    case ProgressState::Abandoned:
        return QCoreApplication::translate("ChartPalette", "Given up by the ministry");
    }
    return QString();
}

QColor announcedColor()
{
    return Blue;
}

QColor effectiveColor()
{
    return Green;
}

QBrush announcedBrush(qreal scale)
{
    return hatched(Blue, Hatch::None, scale);
}

QBrush effectiveBrush(qreal scale)
{
    return hatched(Green, Hatch::Forward, scale);
}

QColor backlogColor()
{
    QColor c = Vermillion;
    c.setAlpha(50);
    return c;
}

QColor referenceColor()
{
    return QColor(0x33, 0x33, 0x33);
}

QColor textColor()
{
    return QColor(0x1A, 0x1A, 0x1A);
}

QColor gridColor()
{
    return QColor(0xDD, 0xDD, 0xDD);
}

qreal relativeLuminance(const QColor &c)
{
    auto channel = [](qreal v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor outlineColor(const QColor &fill)
{
    // A shade of the same hue and saturation (HSV), a little darker than the fill even when
    // the fill reaches 3:1 itself, so stacked segments stay apart; then darker until the
    // outline reaches 3:1 against the white background.
    QColor c = fill.toHsv().darker(125);
    int h = 0, s = 0, v = 0;
    c.getHsv(&h, &s, &v);
    while (v > 0 && contrastRatio(c, Qt::white) < 3.0)
        c = QColor::fromHsv(h, s, --v);
    return c.toRgb();
}

QColor outlineColor(ProgressState state)
{
    return outlineColor(color(state));
}

QPen outlinePen(const QColor &fill, qreal scale)
{
    return QPen(outlineColor(fill), std::max(1.0, scale));
}

QPen outlinePen(ProgressState state, qreal scale)
{
    return outlinePen(color(state), scale);
}

QColor labelPlateColor()
{
    return QColor(255, 255, 255, 215);
}

QFont titleFont(const ChartOptions &options)
{
    return font(17, true, options);
}

QFont axisFont(const ChartOptions &options)
{
    return font(12, false, options);
}

QFont labelFont(const ChartOptions &options)
{
    return font(11, true, options);
}

QFont legendFont(const ChartOptions &options)
{
    return font(12, false, options);
}

void applyStyle(QChart *chart, const QString &title, const ChartOptions &options)
{
    // The theme first: it resets fonts and colours set before it.
    chart->setTheme(QChart::ChartThemeLight);
    const QString shown = options.title.isEmpty() ? title : options.title;
    ChartSupport::setChartTitle(chart, shown);
    if (options.showTitle) {
        chart->setTitle(shown);
        chart->setTitleFont(titleFont(options));
        chart->setTitleBrush(textColor());
    }
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    const int margin = int(std::lround(6 * options.fontScale));
    chart->setMargins(QMargins(margin, margin, margin, margin));
    chart->setLocale(options.locale);
    // Counts on axes and labels with the locale's digit grouping ("1 000 000").
    chart->setLocalizeNumbers(true);
    chart->setAnimationOptions(options.animate ? QChart::SeriesAnimations : QChart::NoAnimation);
    QLegend *legend = chart->legend();
    legend->setVisible(options.showLegend);
    legend->setFont(legendFont(options));
    legend->setLabelColor(textColor());
    legend->setAlignment(Qt::AlignBottom);
}

} // namespace ChartPalette
