#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QStringList>

// The report's texts, all in one translation context that lupdate sees.
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
};

class QPaintDevice;
class QPainter;

// The drawing vocabulary of the PDF report's pages (not for use outside the report):
// page geometry in millimetres, the report's fonts and colours, and text wrapped
// into boxes the same way it is measured, so pagination and painting agree.
class ReportCanvas
{
public:
    // The page, A4 landscape, and the frame every page keeps to (millimetres).
    static constexpr qreal PageWidth = 297;
    static constexpr qreal PageHeight = 210;
    static constexpr qreal Left = 14;
    static constexpr qreal Right = PageWidth - 14;
    static constexpr qreal Top = 12;
    static constexpr qreal Bottom = 190; // content ends here; the footer lies below
    static constexpr qreal BodyTop = 32; // below a page's header (title and subtitle)
    // Device resolution: a pixel of the chart builders is a pixel of a 96 dpi screen.
    static constexpr int Dpi = 96;

    // Measuring only (pagination): painter may be null.
    explicit ReportCanvas(QPaintDevice *device, QPainter *painter = nullptr);

    QPainter *painter() const { return m_painter; }
    QPaintDevice *device() const { return m_device; }

    static qreal mm(qreal millimetres) { return millimetres * Dpi / 25.4; }
    static QRectF mm(qreal x, qreal y, qreal width, qreal height)
    {
        return QRectF(mm(x), mm(y), mm(width), mm(height));
    }

    QFont font(qreal points, bool bold = false) const;

    // text cut into lines of at most width (device units), the last of at most maxLines
    // lines ending with an ellipsis when the text goes on. At least one line.
    QStringList wrap(const QString &text, const QFont &font, qreal width, int maxLines) const;
    // Line advance of font, in device units.
    qreal lineHeight(const QFont &font) const;

    // Draws lines from the top of rect, aligned left, right or centred (Qt::AlignHorizontal_Mask
    // part of align), clipped to nothing: the caller sized rect with wrap(). Returns the
    // height used.
    qreal drawLines(const QRectF &rect, const QStringList &lines, const QFont &font,
                    const QColor &color, Qt::Alignment align = Qt::AlignLeft) const;
    // wrap() then drawLines().
    qreal drawText(const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
                   int maxLines = 1, Qt::Alignment align = Qt::AlignLeft) const;

    // The report's colours: the State's blue for titles and bands, greys for text.
    static QColor accent();
    static QColor ink();
    static QColor muted();
    static QColor rule();
    static QColor overdueTint(); // background of an overdue row

    // A page's header: title (up to two lines) and a one-line grey subtitle, with a rule.
    void drawHeader(const QString &title, const QString &subtitle) const;
    // The footer: left text, "Page n / total" on the right, above a thin rule.
    void drawFooter(const QString &left, int page, int pageCount) const;
    // A key figure: a big value, a label under it and an optional detail line, in a
    // rounded box with a coloured edge on the left.
    void drawFigure(const QRectF &rect, const QString &value, const QString &label,
                    const QString &detail, const QColor &color, qreal valuePoints) const;

private:
    QPaintDevice *m_device;
    QPainter *m_painter;
    QString m_family;
};
