#include "chartexport.h"
#include "charts/burnupchart.h"
#include "charts/chartpalette.h"
#include "charts/chartsupport.h"
#include "charts/delaychart.h"
#include "charts/ministrychart.h"
#include "charts/quarterchart.h"
#include "chartview.h"
#include "database.h"
#include "importer.h"
#include "progress.h"
#include "testsupport.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTest>
#include <QXmlStreamReader>

namespace {

using Builder = QChart *(*)(const Progress &, const ChartOptions &);
const QList<std::pair<const char *, Builder>> Builders = {
    {"burn-up", &Charts::buildBurnUpChart},
    {"ministries", &Charts::buildMinistryChart},
    {"quarters", &Charts::buildQuarterChart},
    {"delays", &Charts::buildDelayChart}};

// A selection as large as a CIAD shows: 20 ministries with long names, 12 quarters,
// counts up to a few hundred so labels are wide.
Progress largeSelection()
{
    Progress p;
    p.asOf = QDate(2023, 5, 10);
    for (int m = 0; m < 20; ++m) {
        MinistryProgress mp;
        mp.ministryId = m + 1;
        mp.ministry = QStringLiteral("Ministère de la Transformation et de la Fonction publiques "
                                     "numéro %1")
                          .arg(m + 1);
        ProgressCounts &c = mp.counts;
        c.onTime = 10 * m + 3;
        c.lateOpened = (m * 37) % 50;
        c.openedUndated = m % 3;
        c.planned = (m * 53) % 120;
        c.overdue = (m * 29) % 90;
        c.abandoned = m % 2;
        c.opened = c.onTime + c.lateOpened + c.openedUndated;
        c.announced = c.opened + c.planned + c.overdue + c.abandoned;
        p.totals += c;
        p.byMinistry.append(mp);
    }
    int announced = 0;
    int effective = 0;
    for (int q = 0; q < 12; ++q) {
        QuarterProgress qp;
        qp.quarter = Quarter(2021, 1).addQuarters(q);
        qp.announced = 100 + 37 * q;
        qp.effective = 60 + 29 * q;
        qp.cumulativeAnnounced = announced += qp.announced;
        qp.cumulativeEffective = effective += qp.effective;
        p.byQuarter.append(qp);
    }
    for (int slip = -2; slip <= 6; ++slip)
        p.slipHistogram[slip] = 400 / (std::abs(slip) + 1);
    p.moved = 321;
    return p;
}

// The count labels the builders put over the plot, as drawn.
QList<QRectF> visibleLabels(QChart *chart)
{
    QList<QRectF> rects;
    for (QGraphicsItem *item : chart->childItems())
        if (auto *label = dynamic_cast<ChartSupport::ValueLabel *>(item);
            label && label->isVisible())
            rects << label->mapRectToParent(label->boundingRect());
    return rects;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

// The chart builders drawn off screen: images and SVG files of the dashboard's charts,
// the PDF path, and labels that never overlap with 20 ministries and 12 quarters.
class TestGuiChartExport : public QObject
{
    Q_OBJECT

private:
    Progress m_sample;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSupport::TempTable table;
        const ImportSummary imported = importFile(
            table.path(), TestSupport::dataFile(QStringLiteral("suivi-ouvertures-etendu.csv")),
            ImportMode::Replace);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        Database db;
        QString error;
        QVERIFY2(db.open(table.path(), &error), qPrintable(error));
        const auto progress = computeProgress(db, OpeningFilter(), QDate(2021, 10, 15), &error);
        QVERIFY2(progress, qPrintable(error));
        m_sample = *progress;
    }

    void init() { TestSupport::failOnWarnings(); }

    void savesLegiblePngAndSvg_data()
    {
        QTest::addColumn<int>("builder");
        for (int i = 0; i < Builders.size(); ++i)
            QTest::newRow(Builders.at(i).first) << i;
    }

    void savesLegiblePngAndSvg()
    {
        QFETCH(int, builder);
        const Builder build = Builders.at(builder).second;
        const Progress sample = m_sample;
        ChartView view;
        view.resize(640, 400);
        view.setFactory([sample, build](const ChartOptions &o) { return build(sample, o); },
                        ChartOptions());
        const QString title = Charts::chartTitle(view.chart());
        QVERIFY(!title.isEmpty());

        const QString png = m_dir.filePath(QStringLiteral("%1.png").arg(builder));
        QString error;
        QVERIFY2(view.saveImage(png, ChartView::defaultExportSize(), &error), qPrintable(error));
        QImage image(png);
        QCOMPARE(image.size(), QSize(1920, 1080));
        // Not blank: white, text, grid and the palette's colours at least.
        QVERIFY2(distinctColours(image) >= 6, qPrintable(QString::number(distinctColours(image))));

        const QString svg = m_dir.filePath(QStringLiteral("%1.svg").arg(builder));
        QVERIFY2(view.saveImage(svg, QSize(1920, 1080), &error), qPrintable(error));
        QVERIFY(QSvgRenderer(svg).isValid());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString svgTitle;
        bool hasText = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("title") && svgTitle.isEmpty())
                svgTitle = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == QLatin1String("text"))
                hasText = true;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(svgTitle, title);
        QVERIFY(hasText);
    }

    void drawsIntoAPdf()
    {
        // How the PDF report draws the same charts: a QPdfWriter counts in 1/1200 inch.
        const QString path = m_dir.filePath(QStringLiteral("charts.pdf"));
        {
            QPdfWriter pdf(path);
            pdf.setPageSize(QPageSize(QPageSize::A4));
            pdf.setPageOrientation(QPageLayout::Landscape);
            QPainter painter(&pdf);
            const QRectF page(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
            const Progress sample = m_sample;
            for (const auto &[name, build] : Builders) {
                ChartExport::renderChart(
                    [sample, build = build](const ChartOptions &o) { return build(sample, o); },
                    ChartOptions(), &painter, page);
                if (build != Builders.last().second)
                    pdf.newPage();
            }
        }
        QVERIFY(QFileInfo(path).size() > 5000);
    }

    void labelsNeverOverlap_data()
    {
        QTest::addColumn<int>("builder");
        QTest::addColumn<QSize>("size");
        for (int i = 0; i < Builders.size(); ++i) {
            for (const QSize &size : {QSize(1920, 1080), QSize(1280, 720), QSize(700, 500)})
                QTest::addRow("%s %dx%d", Builders.at(i).first, size.width(), size.height())
                    << i << size;
        }
    }

    void labelsNeverOverlap()
    {
        QFETCH(int, builder);
        QFETCH(QSize, size);
        ChartOptions options;
        options.fontScale = ChartExport::fontScaleFor(size);
        options.maxQuarterLabels = Charts::quarterLabelsFor(size.width(), options.fontScale);
        std::unique_ptr<QChart> chart(Builders.at(builder).second(largeSelection(), options));
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        ChartExport::renderChart(chart.get(), &painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
        if (qEnvironmentVariableIsSet("SUIVI_SCREENSHOTS"))
            image.save(QDir(qEnvironmentVariable("SUIVI_SCREENSHOTS"))
                           .filePath(QStringLiteral("large-%1-%2x%3.png")
                                         .arg(QLatin1String(Builders.at(builder).first))
                                         .arg(size.width())
                                         .arg(size.height())));

        const QList<QRectF> labels = visibleLabels(chart.get());
        QVERIFY(!labels.isEmpty());
        const QRectF bounds(QPointF(0, 0), QSizeF(size));
        for (int i = 0; i < labels.size(); ++i) {
            QVERIFY(bounds.contains(labels.at(i)));
            for (int j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!labels.at(i).intersects(labels.at(j)),
                         qPrintable(QStringLiteral("labels %1 and %2").arg(i).arg(j)));
        }
        // Category names: one ministry per line of text, quarter names side by side.
        const QFontMetricsF axisText(ChartPalette::axisFont(options));
        const QRectF plot = chart->plotArea();
        if (builder == 1) {
            QVERIFY(plot.height() / 20 >= axisText.height());
        } else if (builder == 2) {
            auto *axis = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
            QVERIFY(axis);
            const int shown = axis->count();
            QVERIFY(shown >= 2);
            QVERIFY2(shown * axisText.horizontalAdvance(QStringLiteral("T4 2022")) < plot.width(),
                     qPrintable(QString::number(shown)));
        }
    }

    // On screen too: a narrow view names fewer quarters rather than eliding them all.
    void narrowViewNamesFewerQuarters()
    {
        Progress many;
        many.asOf = QDate(2023, 12, 31);
        for (int i = 0; i < 12; ++i) {
            QuarterProgress q;
            q.quarter = Quarter(2021, 1).addQuarters(i);
            q.announced = 10 + i;
            q.effective = i;
            many.byQuarter.append(q);
        }
        ChartView view;
        view.resize(420, 320);
        view.setFactory(
            [many](const ChartOptions &o) { return Charts::buildQuarterChart(many, o); },
            ChartOptions());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int room = Charts::quarterLabelsFor(view.width(), 1.0);
        QCOMPARE(view.options().maxQuarterLabels, room);
        auto *axis = qobject_cast<QCategoryAxis *>(view.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        const int shown = axis->count();
        QVERIFY2(shown >= 2 && shown <= room, qPrintable(QString::number(shown)));
        // Every name stands under its bar: the first quarter at 0, the others every n-th.
        const QStringList names = axis->categoriesLabels();
        QCOMPARE(names.first(), QStringLiteral("T1 2021"));
        QCOMPARE(axis->endValue(names.first()), 0.0);
        const int step = int(axis->endValue(names.value(1)));
        QVERIFY(step > 1);
        QCOMPARE(names.value(1), Quarter(2021, 1).addQuarters(step).display());
    }

    void quarterNamesFollowTheLanguage()
    {
        ChartOptions english;
        english.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        std::unique_ptr<QChart> chart(Charts::buildQuarterChart(m_sample, english));
        auto *axis = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->categoriesLabels().value(0), QStringLiteral("Q1 2021"));
        ChartOptions french;
        french.locale = QLocale(QLocale::French, QLocale::France);
        chart.reset(Charts::buildQuarterChart(m_sample, french));
        axis = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->categoriesLabels().value(0), QStringLiteral("T1 2021"));
    }

    void shortensLongNamesOnTheirStart()
    {
        QCOMPARE(Charts::shortName(QStringLiteral("Ministère des Armées"), 28),
                 QStringLiteral("Ministère des Armées"));
        const QString a = Charts::shortName(
            QStringLiteral("Ministère de la Transformation et de la Fonction publiques"), 28);
        const QString b =
            Charts::shortName(QStringLiteral("Ministère de la Transition écologique"), 28);
        QVERIFY(a.size() <= 28 && b.size() <= 28);
        QVERIFY(a.startsWith(QStringLiteral("Min. de la Transformation")));
        QVERIFY(b.startsWith(QStringLiteral("Min. de la Transition")));
    }
};

QTEST_MAIN(TestGuiChartExport)
#include "test_gui_chartexport.moc"
