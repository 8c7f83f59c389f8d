#pragma once

#include "charts/chartoptions.h"

#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
QT_END_NAMESPACE

// Builds a chart at the given options: how an export (or the PDF report) redraws a
// chart at another size and font scale instead of scaling a screen bitmap.
using ChartFactory = std::function<QChart *(const ChartOptions &options)>;

// Drawing charts off screen: images, SVG, the clipboard, and any QPainter (the PDF
// report draws through renderChart on a QPdfWriter).
namespace ChartExport {

// The font scale that makes a chart drawn at size read like the dashboard at 1920x1080
// projected: 1 for 960x540, growing with the smaller side.
qreal fontScaleFor(const QSize &size);

// Draws chart into target on painter (any paint device: image, SVG, PDF, printer).
// The chart is laid out at target's size; it is not animated and keeps no scene.
void renderChart(QChart *chart, QPainter *painter, const QRectF &target);
// Builds a chart with factory and draws it into target; for the PDF report's pages. The
// font scale comes from the size the chart is laid out at (options.fontScale is ignored):
// target's size on pixel devices, a 1200-unit wide box of target's shape on high-resolution
// ones (QPdfWriter, printers), scaled into target.
void renderChart(const ChartFactory &factory, ChartOptions options, QPainter *painter,
                 const QRectF &target);

// The chart drawn on a white image of size pixels, fonts scaled to the size.
QImage chartImage(const ChartFactory &factory, ChartOptions options, const QSize &size);
bool savePng(const ChartFactory &factory, const ChartOptions &options, const QSize &size,
             const QString &path, QString *error);
// An SVG file of size (in px) whose <title> is the chart's title.
bool saveSvg(const ChartFactory &factory, const ChartOptions &options, const QSize &size,
             const QString &path, QString *error);
// Puts the chart image on the clipboard.
void copyToClipboard(const ChartFactory &factory, const ChartOptions &options, const QSize &size);

} // namespace ChartExport
