#include "presentationwindow.h"

#include "backgroundtask.h"
#include "chartexport.h"
#include "charts/burnupchart.h"
#include "charts/chartdescriptions.h"
#include "charts/chartpalette.h"
#include "charts/ministrychart.h"
#include "chartview.h"
#include "dashboardfilter.h"
#include "keyfigures.h"

#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

namespace {

// The fixed slides before the ministries'.
enum Slide { Overview = 0, BurnUp = 1, Ministries = 2, FirstMinistry = 3 };
enum Page { WaitingPage = 0, OverviewPage = 1, ChartPage = 2, MinistryPage = 3 };

// What the worker hands back.
struct Loaded
{
    std::optional<PresentationData> data;
    QString error;
};

QLabel *makeLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}

} // namespace

PresentationWindow::PresentationWindow(const QString &location, const OpeningFilter &filter,
                                       const QDate &asOf, QWidget *parent)
    : QWidget(parent, Qt::Window), m_location(location), m_filter(filter),
      m_asOf(asOf.isValid() ? asOf : filter.referenceDate()), m_task(new BackgroundTask(this)),
      m_pages(new QStackedWidget(this)), m_waiting(makeLabel(this, QStringLiteral("waiting"))),
      m_overview(new QWidget(this)),
      m_overviewTitle(makeLabel(this, QStringLiteral("overviewTitle"))),
      m_overviewSubtitle(makeLabel(this, QStringLiteral("overviewSubtitle"))), m_figures(nullptr),
      m_breakdown(makeLabel(this, QStringLiteral("overviewBreakdown"))),
      m_chart(new ChartView(this)), m_ministryPage(new QWidget(this)),
      m_ministryTitle(makeLabel(this, QStringLiteral("ministryTitle"))),
      m_ministryChart(new ChartView(this)),
      m_ministryList(makeLabel(this, QStringLiteral("overdueList"))),
      m_counter(makeLabel(this, QStringLiteral("slideCounter"))),
      m_hint(makeLabel(this, QStringLiteral("slideHint")))
{
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("Presentation"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::WindowText, ChartPalette::textColor());
    setPalette(palette);
    // Sized for the screen it will fill: a 1920x1080 projector gets twice the dashboard's type.
    const QScreen *screen = parent ? parent->screen() : this->screen();
    m_scale = ChartExport::fontScaleFor(screen ? screen->geometry().size() : QSize(1920, 1080));
    m_figures = new KeyFigures(this, m_scale);
    buildPages();
}

QFont PresentationWindow::scaledFont(qreal pixels, bool bold) const
{
    QFont f = font();
    f.setPixelSize(std::max(8, int(std::lround(pixels * m_scale))));
    f.setBold(bold);
    return f;
}

void PresentationWindow::buildPages()
{
    const int margin = int(std::lround(24 * m_scale));
    m_waiting->setAlignment(Qt::AlignCenter);
    m_waiting->setFont(scaledFont(24));
    m_waiting->setText(tr("Preparing the slides…"));

    buildOverview();
    buildChartPages();
    m_pages->addWidget(m_waiting);
    m_pages->addWidget(m_overview);
    m_pages->addWidget(m_chart);
    m_pages->addWidget(m_ministryPage);

    m_counter->setFont(scaledFont(14, true));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_counter->setWordWrap(false);
    // Room for "188 / 188" from the start: the counter is empty until the data arrives.
    m_counter->setMinimumWidth(
        int(QFontMetricsF(m_counter->font()).horizontalAdvance(QStringLiteral("888 / 888")) + 4));
    m_hint->setFont(scaledFont(12));
    m_hint->setStyleSheet(QStringLiteral("color: #707070;"));
    m_hint->setText(tr("→ / Space: next · ←: previous · Esc: leave"));
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(margin, 0, margin, int(8 * m_scale));
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(m_counter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages, 1);
    layout->addLayout(bottom);
}

void PresentationWindow::buildChartPages()
{
    const int margin = int(std::lround(24 * m_scale));
    for (ChartView *view : {m_chart, m_ministryChart}) {
        view->setExportButtonVisible(false);
        view->setFocusPolicy(Qt::NoFocus);
    }
    m_chart->setObjectName(QStringLiteral("slideChart"));
    m_ministryChart->setObjectName(QStringLiteral("ministrySlideChart"));
    m_ministryTitle->setFont(scaledFont(26, true));
    m_ministryList->setFont(scaledFont(15));
    m_ministryList->setTextFormat(Qt::RichText);
    m_ministryList->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *ministry = new QVBoxLayout(m_ministryPage);
    ministry->setContentsMargins(margin, margin / 2, margin, 0);
    ministry->addWidget(m_ministryTitle);
    auto *split = new QHBoxLayout;
    split->addWidget(m_ministryChart, 3);
    split->addSpacing(margin);
    split->addWidget(m_ministryList, 2);
    ministry->addLayout(split, 1);
}

void PresentationWindow::buildOverview()
{
    const int margin = int(std::lround(24 * m_scale));
    m_overviewTitle->setFont(scaledFont(30, true));
    m_overviewSubtitle->setFont(scaledFont(17));
    m_breakdown->setFont(scaledFont(17));
    m_breakdown->setTextFormat(Qt::RichText);
    auto *overview = new QVBoxLayout(m_overview);
    overview->setContentsMargins(margin, margin, margin, margin);
    overview->setSpacing(int(16 * m_scale));
    overview->addStretch(1);
    overview->addWidget(m_overviewTitle);
    overview->addWidget(m_overviewSubtitle);
    overview->addSpacing(int(16 * m_scale));
    overview->addWidget(m_figures);
    overview->addSpacing(int(16 * m_scale));
    overview->addWidget(m_breakdown);
    overview->addStretch(2);
}

void PresentationWindow::start()
{
    // The whole screen even where no window manager honours "full screen" (a bare X
    // server, some projectors' kiosk sessions).
    if (const QScreen *s = parentWidget() ? parentWidget()->screen() : screen())
        setGeometry(s->geometry());
    showFullScreen();
    raise();
    activateWindow();
    setFocus(Qt::ActiveWindowFocusReason);
    m_pages->setCurrentIndex(WaitingPage);
    updateCounter();
    const QString location = m_location;
    const OpeningFilter filter = m_filter;
    const QDate asOf = m_asOf;
    m_task->run(
        [location, filter, asOf](TaskReporter &reporter) {
            Loaded loaded;
            loaded.data = PresentationData::load(
                location, filter, asOf, &loaded.error,
                [&reporter](qint64, qint64) { return !reporter.isCancelled(); });
            return loaded;
        },
        [this](const Loaded &loaded) {
            if (!loaded.data) {
                m_waiting->setText(
                    loaded.error.isEmpty()
                        ? tr("The slides could not be prepared.")
                        : tr("The slides could not be prepared: %1").arg(loaded.error));
                return;
            }
            m_data = loaded.data;
            m_ministries = Charts::ministriesByOverdue(m_data->progress);
            showSlide(0);
            emit ready();
        });
}

int PresentationWindow::slideCount() const
{
    return m_data ? FirstMinistry + int(m_ministries.size()) : 0;
}

ChartOptions PresentationWindow::slideOptions() const
{
    ChartOptions options;
    options.locale = QLocale();
    options.fontScale = m_scale;
    options.maxMinistryChars = 45;
    return options;
}

void PresentationWindow::showSlide(int index)
{
    if (!m_data)
        return;
    m_current = std::clamp(index, 0, slideCount() - 1);
    if (m_current == Overview)
        showOverview();
    else if (m_current == BurnUp || m_current == Ministries)
        showChart(m_current);
    else
        showMinistry(m_current - FirstMinistry);
    updateCounter();
    emit slideChanged(m_current);
}

void PresentationWindow::next()
{
    showSlide(m_current + 1);
}

void PresentationWindow::previous()
{
    showSlide(m_current - 1);
}

QString PresentationWindow::slideTitle() const
{
    if (!m_data)
        return QString();
    if (m_current == Overview)
        return m_overviewTitle->text();
    if (m_current >= FirstMinistry)
        return m_ministryTitle->text();
    return Charts::chartTitle(m_chart->chart());
}

ChartView *PresentationWindow::currentChart() const
{
    if (!m_data || m_current == Overview)
        return nullptr;
    return m_current >= FirstMinistry ? m_ministryChart : m_chart;
}

void PresentationWindow::showOverview()
{
    const Progress &p = m_data->progress;
    const QLocale locale;
    m_overviewTitle->setText(tr("Opening of public data, APIs and source codes"));
    // The selection in words, so the room knows what the figures cover.
    QHash<qint64, QString> names;
    for (const MinistryProgress &m : p.byMinistry)
        names.insert(m.ministryId, m.ministry);
    const QString selection =
        DashboardFilter::describe(m_filter, [&names](qint64 id) { return names.value(id); });
    m_overviewSubtitle->setText(
        tr("%1 — as of %2").arg(selection, locale.toString(p.asOf, QLocale::LongFormat)));
    m_figures->setProgress(p);
    // The states in words and in their chart colours, so the next slides read at once.
    QStringList rows;
    for (ProgressState state : ChartPalette::barStates()) {
        const int n = ChartPalette::count(p.totals, state);
        if (state == ProgressState::Abandoned && n == 0)
            continue;
        rows << QStringLiteral("<td><span style='color:%1'>■</span>&nbsp;%2</td>"
                               "<td align='right'>&nbsp;&nbsp;<b>%3</b></td>")
                    .arg(ChartPalette::color(state).name(),
                         ChartPalette::label(state).toHtmlEscaped(), locale.toString(n));
    }
    m_breakdown->setText(
        QStringLiteral("<table><tr>%1</tr></table>").arg(rows.join(QStringLiteral("</tr><tr>"))));
    m_pages->setCurrentIndex(OverviewPage);
}

void PresentationWindow::showChart(int kind)
{
    const auto progress = std::make_shared<const Progress>(m_data->progress);
    if (kind == BurnUp)
        m_chart->setFactory(
            [progress](const ChartOptions &o) { return Charts::buildBurnUpChart(*progress, o); },
            slideOptions(), Charts::describeBurnUp(*progress));
    else
        m_chart->setFactory(
            [progress](const ChartOptions &o) { return Charts::buildMinistryChart(*progress, o); },
            slideOptions(), Charts::describeMinistries(*progress));
    m_chart->setData(kind == BurnUp ? Charts::burnUpData(*progress)
                                    : Charts::ministryData(*progress));
    m_pages->setCurrentIndex(ChartPage);
}

void PresentationWindow::showMinistry(int index)
{
    const MinistryProgress &m = m_ministries.at(index);
    m_ministryTitle->setText(m.ministry);
    const auto progress = std::make_shared<const Progress>(m_data->progress);
    const qint64 id = m.ministryId;
    ChartOptions options = slideOptions();
    options.title = tr("Announced and opened, cumulative");
    m_ministryChart->setFactory(
        [progress, id](const ChartOptions &o) {
            return Charts::buildMinistryBurnUpChart(*progress, id, o);
        },
        options);

    const ProgressCounts &c = m.counts;
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(tr("%Ln announced", nullptr, int(c.announced)) + QStringLiteral(" · ") +
                            tr("%Ln opened", nullptr, int(c.opened)) + QStringLiteral(" · ") +
                            tr("%Ln planned", nullptr, int(c.planned)));
    html += QStringLiteral("<p style='color:%1'><b>%2</b></p>")
                .arg(ChartPalette::color(ProgressState::Overdue).darker(130).name(),
                     tr("%Ln overdue item(s)", nullptr, c.overdue));
    const QVector<Opening> overdue = m_data->overdue.value(id);
    if (!overdue.isEmpty()) {
        html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
        for (const Opening &o : overdue)
            html += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
                        .arg(o.announced.display(), o.title.toHtmlEscaped());
        html += QStringLiteral("</table>");
        if (c.overdue > overdue.size())
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(tr("… and %Ln more", nullptr, int(c.overdue - overdue.size())));
    } else {
        html += QStringLiteral("<p>%1</p>").arg(tr("Nothing overdue."));
    }
    m_ministryList->setText(html);
    m_pages->setCurrentIndex(MinistryPage);
}

void PresentationWindow::updateCounter()
{
    m_counter->setText(m_data ? tr("%1 / %2").arg(m_current + 1).arg(slideCount()) : QString());
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
        showSlide(0);
        break;
    case Qt::Key_End:
        showSlide(slideCount() - 1);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresentationWindow::mousePressEvent(QMouseEvent *event)
{
    // A click (a presenter's remote often sends one) moves on.
    next();
    QWidget::mousePressEvent(event);
}
