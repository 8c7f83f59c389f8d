#include "chartview.h"

#include "chartdatadialog.h"
#include "charts/chartpalette.h"

#include <QAccessible>

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>
#include <QXYSeries>

namespace {

// The category name of a bar, as the axis shows it (the delay chart's slip).
QString categoryOf(QAbstractBarSeries *series, int index)
{
    for (QAbstractAxis *axis : series->attachedAxes())
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->at(index).remove(QChar(0x200B));
    return QString();
}

// A file name from the chart's title, without characters file systems refuse.
QString suggestedName(const QString &title, const QString &suffix)
{
    QString name = title;
    static const QString bad = QStringLiteral("\\/:*?\"<>|");
    for (QChar &c : name)
        if (bad.contains(c))
            c = QLatin1Char('-');
    if (name.isEmpty())
        name = QStringLiteral("chart");
    return name + QLatin1Char('.') + suffix;
}

} // namespace

ChartView::ChartView(QWidget *parent)
    : QChartView(parent), m_button(new QToolButton(this)), m_menu(new QMenu(this))
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    setFrameShape(QFrame::NoFrame);
    m_button->setObjectName(QStringLiteral("chartExportButton"));
    m_button->setAutoRaise(true);
    m_button->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        m_menu->clear();
        fillMenu(m_menu);
    });
    changeEvent(nullptr);
}

void ChartView::setFactory(ChartFactory factory, const ChartOptions &options,
                           const QString &description)
{
    m_factory = std::move(factory);
    m_options = options;
    m_options.maxQuarterLabels = quarterLabels();
    // The view owns the chart it shows, not the one it replaces.
    QChart *old = chart();
    setChart(m_factory ? m_factory(m_options) : new QChart);
    delete old;
    const QString title = chart()->title().isEmpty() ? tr("Chart") : chart()->title();
    setAccessibleName(title);
    setAccessibleDescription(description);
    // The drawing surface inside the view takes the focus with it: named the same.
    viewport()->setAccessibleName(title);
    viewport()->setAccessibleDescription(description);
    if (!description.isEmpty())
        QAccessible::updateAccessibility(
            new QAccessibleEvent(this, QAccessible::DescriptionChanged));
    connectSeries();
    m_button->raise();
}

void ChartView::setExportButtonVisible(bool visible)
{
    m_button->setVisible(visible);
}

void ChartView::connectSeries()
{
    for (QAbstractSeries *series : chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                connect(set, &QBarSet::hovered, this, &ChartView::showBarTip);
                connect(set, &QBarSet::clicked, this, [this, set](int index) {
                    const ChartSelection s = Charts::selectionAt(set, index);
                    if (s.isValid())
                        emit selectionClicked(s);
                });
            }
        } else if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            connect(xy, &QXYSeries::hovered, this, &ChartView::showPointTip);
        }
    }
}

void ChartView::showBarTip(bool hovering, int index)
{
    auto *set = qobject_cast<QBarSet *>(sender());
    if (!hovering || !set) {
        QToolTip::hideText();
        return;
    }
    const ChartSelection s = Charts::selectionAt(set, index);
    QStringList lines;
    if (!s.ministry.isEmpty())
        lines << QStringLiteral("<b>%1</b>").arg(s.ministry.toHtmlEscaped());
    if (s.quarter.isValid())
        lines << QStringLiteral("<b>%1</b>").arg(Charts::quarterLabel(s.quarter, m_options));
    if (s.ministry.isEmpty() && !s.quarter.isValid()) {
        auto *series = qobject_cast<QAbstractBarSeries *>(set->parent());
        if (series)
            lines << tr("<b>%1 quarter(s)</b>").arg(categoryOf(series, index));
    }
    lines << tr("%1: %2").arg(set->label().toHtmlEscaped(),
                              m_options.locale.toString(qint64(set->at(index))));
    if (s.state)
        lines << QStringLiteral("<i>%1</i>").arg(ChartPalette::description(*s.state));
    if (s.ministryId != 0 || s.quarter.isValid())
        lines << tr("Click to list these openings in the table");
    QToolTip::showText(QCursor::pos(), lines.join(QStringLiteral("<br>")), this);
}

void ChartView::showPointTip(const QPointF &point, bool hovering)
{
    auto *series = qobject_cast<QXYSeries *>(sender());
    const ChartSelection s = Charts::selectionAtPoint(series, point);
    if (!hovering || !s.quarter.isValid()) {
        QToolTip::hideText();
        return;
    }
    QString text =
        QStringLiteral("<b>%1</b><br>%2: %3")
            .arg(Charts::quarterLabel(s.quarter, m_options), series->name().toHtmlEscaped(),
                 m_options.locale.toString(qint64(s.value)));
    if (!s.ministry.isEmpty())
        text.prepend(QStringLiteral("<b>%1</b><br>").arg(s.ministry.toHtmlEscaped()));
    QToolTip::showText(QCursor::pos(), text, this);
}

bool ChartView::saveImage(const QString &path, const QSize &size, QString *error)
{
    ChartOptions options = m_options;
    options.animate = false;
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0)
        return ChartExport::saveSvg(m_factory, options, size, path, error);
    return ChartExport::savePng(m_factory, options, size, path, error);
}

void ChartView::copyImage(const QSize &size)
{
    ChartOptions options = m_options;
    options.animate = false;
    ChartExport::copyToClipboard(m_factory, options, size);
}

void ChartView::showData()
{
    auto *dialog = new ChartDataDialog(accessibleName(), m_data, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ChartView::fillMenu(QMenu *menu)
{
    QAction *show = menu->addAction(tr("Show the &data"));
    show->setObjectName(QStringLiteral("showChartDataAction"));
    show->setEnabled(!m_data.headers.isEmpty());
    connect(show, &QAction::triggered, this, &ChartView::showData);
    menu->addSeparator();
    QAction *copy = menu->addAction(tr("&Copy as image"));
    copy->setObjectName(QStringLiteral("copyChartAction"));
    connect(copy, &QAction::triggered, this, [this] { copyImage(defaultExportSize()); });
    QAction *png = menu->addAction(tr("Save as &PNG…"));
    png->setObjectName(QStringLiteral("saveChartPngAction"));
    connect(png, &QAction::triggered, this, [this] { chooseAndSave(QStringLiteral("png")); });
    QAction *svg = menu->addAction(tr("Save as &SVG…"));
    svg->setObjectName(QStringLiteral("saveChartSvgAction"));
    connect(svg, &QAction::triggered, this, [this] { chooseAndSave(QStringLiteral("svg")); });
    if (!m_factory) {
        for (QAction *a : menu->actions())
            a->setEnabled(false);
    }
}

void ChartView::chooseAndSave(const QString &format)
{
    // The size first: the file dialog is the last step, as in any "Save as".
    const QList<QSize> sizes = {QSize(1920, 1080), QSize(1280, 720), QSize(3840, 2160),
                                QSize(1200, 900), size()};
    QStringList names = {tr("1920 × 1080 (projector, Full HD)"), tr("1280 × 720"),
                         tr("3840 × 2160 (4K)"), tr("1200 × 900 (document)"),
                         tr("%1 × %2 (as on screen)").arg(width()).arg(height())};
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Image size"), tr("Size of the image, in pixels:"), names, 0, false, &ok);
    if (!ok)
        return;
    const QSize size = sizes.value(int(names.indexOf(chosen)), defaultExportSize());
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString filter =
        format == QLatin1String("svg") ? tr("SVG image (*.svg)") : tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save the chart"),
        QDir(folder).filePath(suggestedName(Charts::chartTitle(chart()), format)), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + format;
    QString error;
    if (!saveImage(path, size, &error))
        emit errorOccurred(error);
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    fillMenu(&menu);
    menu.exec(event->globalPos());
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    placeButton();
    // Wider or narrower: show more or fewer quarter names rather than let them overlap.
    if (m_factory && quarterLabels() != m_options.maxQuarterLabels)
        setFactory(m_factory, m_options);
}

int ChartView::quarterLabels() const
{
    return Charts::quarterLabelsFor(width(), m_options.fontScale);
}

void ChartView::placeButton()
{
    m_button->adjustSize();
    m_button->move(width() - m_button->width() - 4, 4);
    m_button->raise();
}

void ChartView::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange)
        m_button->setToolTip(tr("Copy or save this chart as an image"));
    if (event)
        QChartView::changeEvent(event);
}
