#include "chartview.h"

#include "chartdatadialog.h"
#include "charts/chartpalette.h"
#include "savefolder.h"

#include <QAccessible>

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFocusEvent>
#include <QGraphicsRectItem>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>
#include <QXYSeries>

namespace {

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
    m_highlight = nullptr; // deleted with the old chart
    setChart(m_factory ? m_factory(m_options) : new QChart);
    delete old;
    const QString title = chart()->title().isEmpty() ? tr("Chart") : chart()->title();
    setAccessibleName(title);
    // The drawing surface inside the view takes the focus with it: named the same.
    viewport()->setAccessibleName(title);
    m_description = description;
    describe(description);
    connectSeries();
    // The same segment stays current when the chart is redrawn (resize, new data).
    m_segments.collect(chart());
    connect(chart(), &QChart::plotAreaChanged, this, &ChartView::placeHighlight);
    placeHighlight();
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

QString ChartView::currentSegmentText() const
{
    return m_segments.currentText(m_options);
}

void ChartView::placeHighlight()
{
    const bool show = m_segments.hasCurrent() && (hasFocus() || viewport()->hasFocus());
    if (!show) {
        if (m_highlight)
            m_highlight->hide();
        return;
    }
    if (!m_highlight) {
        m_highlight = new QGraphicsRectItem(chart());
        // Dark, wide and above the bars (under the counts): seen on every fill.
        QPen pen(ChartPalette::textColor(), 3 * std::max<qreal>(1.0, m_options.fontScale));
        pen.setJoinStyle(Qt::MiterJoin);
        m_highlight->setPen(pen);
        m_highlight->setBrush(Qt::NoBrush);
        m_highlight->setZValue(15);
    }
    m_highlight->setRect(m_segments.currentRect(chart()).adjusted(-2, -2, 2, 2));
    m_highlight->show();
}

void ChartView::moveTo(int segment)
{
    if (m_segments.isEmpty() || segment < 0)
        return;
    m_segments.setCurrent(segment);
    placeHighlight();
    // Said by the screen reader: the segment first, then what the chart shows.
    const QString text = currentSegmentText();
    describe(m_description.isEmpty() ? text : QStringLiteral("%1. %2").arg(text, m_description));
}

void ChartView::describe(const QString &description)
{
    for (QWidget *w : {static_cast<QWidget *>(this), viewport()}) {
        w->setAccessibleDescription(description);
        QAccessibleEvent event(w, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    if (m_segments.isEmpty() || event->modifiers() & ~Qt::KeypadModifier) {
        QChartView::keyPressEvent(event);
        return;
    }
    const int current = m_segments.current();
    switch (event->key()) {
    case Qt::Key_Right:
        moveTo(current < 0 ? 0 : current + 1);
        break;
    case Qt::Key_Left:
        moveTo(current < 0 ? 0 : current - 1);
        break;
    case Qt::Key_Home:
        moveTo(0);
        break;
    case Qt::Key_End:
        moveTo(m_segments.count() - 1);
        break;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!m_segments.horizontal()) {
            QChartView::keyPressEvent(event);
            return;
        }
        moveTo(m_segments.across(event->key() == Qt::Key_Up ? 1 : -1));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: {
        if (!m_segments.hasCurrent()) {
            moveTo(0);
            break;
        }
        const ChartSelection s = m_segments.currentSelection();
        if (s.isValid())
            emit selectionClicked(s);
        break;
    }
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ChartView::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    placeHighlight();
    viewport()->update();
}

void ChartView::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    placeHighlight();
    viewport()->update();
}

void ChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (!hasFocus() && !viewport()->hasFocus())
        return;
    // The focus frame, in the view's coordinates whatever the scene's.
    painter->save();
    painter->resetTransform();
    QPen pen(palette().color(QPalette::Highlight), 2);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
    painter->restore();
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
            lines << tr("<b>%1 quarter(s)</b>").arg(BarSegments::categoryName(series, index));
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
    const QString filter =
        format == QLatin1String("svg") ? tr("SVG image (*.svg)") : tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save the chart"),
        QDir(SaveFolder::start()).filePath(suggestedName(Charts::chartTitle(chart()), format)),
        filter);
    if (path.isEmpty())
        return;
    path = SaveFolder::withSuffix(path, format);
    SaveFolder::remember(path);
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
