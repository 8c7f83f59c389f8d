#include "pdfreportcanvas.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace {

QString reportFamily()
{
    // Marianne is the State's typeface: used when the workstation has it, else the
    // application's sans serif. Looked up once: pagination makes a canvas per table row.
    static const QString family = [] {
        const QString marianne = QStringLiteral("Marianne");
        return QFontDatabase::families().contains(marianne) ? marianne
                                                            : QGuiApplication::font().family();
    }();
    return family;
}

} // namespace

ReportCanvas::ReportCanvas(QPaintDevice *device, QPainter *painter)
    : m_device(device), m_painter(painter), m_family(reportFamily())
{
}

QFont ReportCanvas::font(qreal points, bool bold) const
{
    QFont f(m_family);
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Kerning and hinting tuned for a screen would make text measured here differ from
    // text drawn in the PDF.
    f.setHintingPreference(QFont::PreferNoHinting);
    // Any letter spacing turns ligatures off: "ff" stays two letters when the text is
    // copied or searched in the PDF ("Affaires", not "Aﬀaires").
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02); // the least Qt keeps (1/64 px)
    return f;
}

QStringList ReportCanvas::wrap(const QString &text, const QFont &font, qreal width,
                               int maxLines) const
{
    // A comment's line breaks are not the table's: one paragraph.
    const QString paragraph = text.simplified();
    QStringList lines;
    QTextLayout layout(paragraph, font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (maxLines > 0 && lines.size() == maxLines - 1) {
            const QString rest = paragraph.mid(line.textStart());
            lines << QFontMetricsF(font, m_device).elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    if (lines.isEmpty())
        lines << QString();
    return lines;
}

qreal ReportCanvas::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, m_device).lineSpacing();
}

qreal ReportCanvas::drawLines(const QRectF &rect, const QStringList &lines, const QFont &font,
                              const QColor &color, Qt::Alignment align) const
{
    const QFontMetricsF metrics(font, m_device);
    m_painter->save();
    m_painter->setFont(font);
    m_painter->setPen(color);
    qreal y = rect.top();
    for (const QString &line : lines) {
        qreal x = rect.left();
        const qreal advance = metrics.horizontalAdvance(line);
        if (align & Qt::AlignRight)
            x = rect.right() - advance;
        else if (align & Qt::AlignHCenter)
            x = rect.left() + (rect.width() - advance) / 2;
        m_painter->drawText(QPointF(x, y + metrics.ascent()), line);
        y += metrics.lineSpacing();
    }
    m_painter->restore();
    return y - rect.top();
}

qreal ReportCanvas::drawText(const QRectF &rect, const QString &text, const QFont &font,
                             const QColor &color, int maxLines, Qt::Alignment align) const
{
    return drawLines(rect, wrap(text, font, rect.width(), maxLines), font, color, align);
}

QColor ReportCanvas::accent()
{
    return QColor(0x00, 0x00, 0x91); // "bleu France"
}

QColor ReportCanvas::ink()
{
    return QColor(0x16, 0x16, 0x16);
}

QColor ReportCanvas::muted()
{
    return QColor(0x5A, 0x5A, 0x5A);
}

QColor ReportCanvas::rule()
{
    return QColor(0xC8, 0xC8, 0xD0);
}

QColor ReportCanvas::overdueTint()
{
    return QColor(0xFB, 0xE8, 0xDC);
}

void ReportCanvas::drawHeader(const QString &title, const QString &subtitle) const
{
    const qreal width = mm(Right - Left);
    const QFont titleFont = font(16, true);
    const QStringList titleLines = wrap(title, titleFont, width, 2);
    qreal y = mm(Top);
    y += drawLines(QRectF(mm(Left), y, width, mm(20)), titleLines, titleFont, accent());
    // A one-line title leaves room for a two-line explanation.
    if (!subtitle.isEmpty())
        drawText(QRectF(mm(Left), y + mm(0.8), width, mm(8)), subtitle, font(9), muted(),
                 titleLines.size() == 1 ? 2 : 1);
    m_painter->save();
    m_painter->setPen(QPen(accent(), mm(0.5)));
    m_painter->drawLine(QPointF(mm(Left), mm(BodyTop - 1.5)),
                        QPointF(mm(Right), mm(BodyTop - 1.5)));
    m_painter->restore();
}

void ReportCanvas::drawFooter(const QString &left, int page, int pageCount) const
{
    m_painter->save();
    m_painter->setPen(QPen(rule(), mm(0.25)));
    const qreal ruleY = mm(Bottom + 4);
    m_painter->drawLine(QPointF(mm(Left), ruleY), QPointF(mm(Right), ruleY));
    m_painter->restore();
    const QFont f = font(8);
    const QRectF box(mm(Left), ruleY + mm(1.5), mm(Right - Left), mm(5));
    const QString number = ReportText::tr("Page %1 / %2").arg(page).arg(pageCount);
    drawText(box, number, f, muted(), 1, Qt::AlignRight);
    drawText(box.adjusted(0, 0, -mm(30), 0), left, f, muted(), 1);
}

void ReportCanvas::drawFigure(const QRectF &rect, const QString &value, const QString &label,
                              const QString &detail, const QColor &color, qreal valuePoints) const
{
    m_painter->save();
    m_painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath box;
    box.addRoundedRect(rect, mm(1.5), mm(1.5));
    m_painter->fillPath(box, QColor(0xF4, 0xF4, 0xF9));
    m_painter->setClipPath(box);
    m_painter->fillRect(QRectF(rect.left(), rect.top(), mm(1.6), rect.height()), color);
    m_painter->restore();

    const qreal pad = mm(4);
    const QRectF inner = rect.adjusted(pad, mm(2.5), -mm(2.5), -mm(2));
    qreal y = inner.top();
    y += drawText(QRectF(inner.left(), y, inner.width(), inner.height()), value,
                  font(valuePoints, true), color, 1);
    y += drawText(QRectF(inner.left(), y, inner.width(), inner.bottom() - y), label, font(9, true),
                  ink(), 2);
    if (!detail.isEmpty()) {
        const QFont small = font(7.5);
        const int room = int((inner.bottom() - y) / lineHeight(small));
        if (room > 0)
            drawText(QRectF(inner.left(), y + mm(0.5), inner.width(), inner.bottom() - y), detail,
                     small, muted(), room);
    }
}
