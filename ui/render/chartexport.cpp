#include "chartexport.h"

#include <QChart>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPainter>
#include <QSvgGenerator>

#include <memory>

namespace {

// Messages of this file, in the "ChartExport" translation context (found by lupdate).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
};

// The size the chart is laid out at when drawn into target: target itself when it looks
// like pixels, else a 1200-unit wide box of the same shape (a PDF page counts in
// thousandths of an inch: fonts sized for pixels would vanish), scaled into target.
QSizeF layoutSizeFor(const QRectF &target, const QPainter *painter)
{
    const QPaintDevice *device = painter->device();
    const int dpi = device ? device->logicalDpiX() : 96;
    if (dpi <= 150)
        return target.size();
    const qreal width = 1200;
    return QSizeF(width, width * target.height() / std::max<qreal>(1, target.width()));
}

} // namespace

namespace ChartExport {

qreal fontScaleFor(const QSize &size)
{
    const qreal scale = std::min(size.width() / 960.0, size.height() / 540.0);
    return std::max<qreal>(0.75, scale);
}

void renderChart(QChart *chart, QPainter *painter, const QRectF &target)
{
    if (!chart || !painter)
        return;
    const QSizeF layout = layoutSizeFor(target, painter);
    QGraphicsScene *owner = chart->scene();
    QGraphicsScene scene;
    if (!owner)
        scene.addItem(chart);
    const QSizeF before = chart->size();
    const QPointF position = chart->pos();
    const QChart::AnimationOptions animation = chart->animationOptions();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setPos(0, 0);
    chart->resize(layout);
    // The chart lays itself out on a posted request: do it now, before drawing.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (chart->layout())
        chart->layout()->activate();
    QGraphicsScene *s = owner ? owner : &scene;
    s->render(painter, target, QRectF(QPointF(0, 0), layout), Qt::IgnoreAspectRatio);
    if (owner) {
        chart->setPos(position);
        chart->resize(before);
    } else {
        scene.removeItem(chart);
    }
    chart->setAnimationOptions(animation);
}

void renderChart(const ChartFactory &factory, ChartOptions options, QPainter *painter,
                 const QRectF &target)
{
    const QSizeF layout = layoutSizeFor(target, painter);
    options.fontScale = fontScaleFor(layout.toSize());
    options.maxQuarterLabels = Charts::quarterLabelsFor(layout.width(), options.fontScale);
    options.animate = false;
    std::unique_ptr<QChart> chart(factory(options));
    renderChart(chart.get(), painter, target);
}

QImage chartImage(const ChartFactory &factory, ChartOptions options, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    renderChart(factory, options, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

bool savePng(const ChartFactory &factory, const ChartOptions &options, const QSize &size,
             const QString &path, QString *error)
{
    const QImage image = chartImage(factory, options, size);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG")) {
        if (error)
            *error = Text::tr("The image %1 could not be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool saveSvg(const ChartFactory &factory, const ChartOptions &options, const QSize &size,
             const QString &path, QString *error)
{
    ChartOptions o = options;
    o.fontScale = fontScaleFor(size);
    o.maxQuarterLabels = Charts::quarterLabelsFor(size.width(), o.fontScale);
    o.animate = false;
    std::unique_ptr<QChart> chart(factory(o));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Text::tr("The image %1 could not be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(96);
    svg.setTitle(Charts::chartTitle(chart.get()));
    svg.setDescription(Text::tr("Chart made by the openings tracker"));
    QPainter painter;
    if (!painter.begin(&svg)) {
        if (error)
            *error =
                Text::tr("The image %1 could not be written").arg(QDir::toNativeSeparators(path));
        return false;
    }
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    renderChart(chart.get(), &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = Text::tr("The image %1 could not be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void copyToClipboard(const ChartFactory &factory, const ChartOptions &options, const QSize &size)
{
    QGuiApplication::clipboard()->setImage(chartImage(factory, options, size));
}

} // namespace ChartExport
