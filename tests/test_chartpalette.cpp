#include "charts/chartpalette.h"
#include "charts/ministrychart.h"
#include "charts/quarterchart.h"
#include "progress.h"
#include "testsupport.h"

#include <QBarSet>
#include <QChart>
#include <QColor>
#include <QHorizontalStackedBarSeries>
#include <QTest>

// The palette against WCAG 2: a chart mark (bar segment, line) at least 3:1 against the
// chart background (non-text contrast, 1.4.11); text drawn on a fill at least 4.5:1
// (1.4.3). A light fill counts by its outline, as WCAG allows for a mark's border.
class TestChartPalette : public QObject
{
    Q_OBJECT

    static QList<ProgressState> allStates()
    {
        return {ProgressState::OnTime,  ProgressState::LateOpened, ProgressState::OpenedUndated,
                ProgressState::Planned, ProgressState::Overdue,    ProgressState::Abandoned};
    }

    static QColor background() { return QColor(Qt::white); }

    // What alpha over backdrop looks like.
    static QColor over(const QColor &top, const QColor &backdrop)
    {
        const qreal a = top.alphaF();
        return QColor::fromRgbF(top.redF() * a + backdrop.redF() * (1 - a),
                                top.greenF() * a + backdrop.greenF() * (1 - a),
                                top.blueF() * a + backdrop.blueF() * (1 - a));
    }

private slots:
    void init() { TestSupport::failOnWarnings(); }

    void contrastRatioMatchesWcag()
    {
        using ChartPalette::contrastRatio;
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(contrastRatio(Qt::white, Qt::black), contrastRatio(Qt::black, Qt::white));
        QCOMPARE(contrastRatio(QColor(0x80, 0x80, 0x80), QColor(0x80, 0x80, 0x80)), 1.0);
        // Reference values (WebAIM contrast checker).
        QCOMPARE(qRound(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
        QCOMPARE(qRound(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
        QCOMPARE(qRound(contrastRatio(QColor(0xE6, 0x9F, 0x00), Qt::white) * 100), 225);
    }

    void everyMarkReachesThreeToOne_data()
    {
        QTest::addColumn<int>("state");
        for (ProgressState state : allStates())
            QTest::newRow(qPrintable(QStringLiteral("state %1").arg(int(state)))) << int(state);
    }

    void everyMarkReachesThreeToOne()
    {
        QFETCH(int, state);
        const auto s = ProgressState(state);
        const QColor fill = ChartPalette::color(s);
        const QColor outline = ChartPalette::outlineColor(s);
        const qreal ratio = ChartPalette::contrastRatio(outline, background());
        qInfo("%s: fill %.2f:1, outline %s %.2f:1", qPrintable(fill.name()),
              ChartPalette::contrastRatio(fill, background()), qPrintable(outline.name()), ratio);
        QVERIFY2(ratio >= 3.0, qPrintable(QString::number(ratio)));
        // The outline is a shade of the fill, so the Okabe-Ito hue is kept.
        if (fill.hsvSaturation() > 0)
            QVERIFY(std::abs(outline.hsvHue() - fill.hsvHue()) <= 4);
        else
            QCOMPARE(outline.hsvSaturation(), 0);
    }

    void linesAndQuarterBarsReachThreeToOne()
    {
        using ChartPalette::contrastRatio;
        QVERIFY(contrastRatio(ChartPalette::announcedColor(), background()) >= 3.0);
        QVERIFY(contrastRatio(ChartPalette::effectiveColor(), background()) >= 3.0);
        QVERIFY(contrastRatio(ChartPalette::outlineColor(ChartPalette::announcedColor()),
                              background()) >= 3.0);
        QVERIFY(contrastRatio(ChartPalette::outlineColor(ChartPalette::effectiveColor()),
                              background()) >= 3.0);
        QVERIFY(contrastRatio(ChartPalette::referenceColor(), background()) >= 3.0);
    }

    void textOnFillsReachesFourAndAHalf_data() { everyMarkReachesThreeToOne_data(); }

    void textOnFillsReachesFourAndAHalf()
    {
        QFETCH(int, state);
        const auto s = ProgressState(state);
        const QColor fill = ChartPalette::color(s);
        const qreal ratio = ChartPalette::contrastRatio(ChartPalette::labelColor(s), fill);
        qInfo("label %s on %s: %.2f:1", qPrintable(ChartPalette::labelColor(s).name()),
              qPrintable(fill.name()), ratio);
        QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
        // The counts on the bars: text on its half-transparent plate over the fill, or
        // over the darker hatch line or outline crossing it.
        for (const QColor &under : {fill, ChartPalette::outlineColor(s), fill.darker(165)}) {
            const QColor plate = over(ChartPalette::labelPlateColor(), under);
            QVERIFY(ChartPalette::contrastRatio(ChartPalette::textColor(), plate) >= 4.5);
        }
    }

    void textOnBackgroundReachesFourAndAHalf()
    {
        QVERIFY(ChartPalette::contrastRatio(ChartPalette::textColor(), background()) >= 4.5);
    }

    // The builders draw the outlines the test above measured.
    void barsAreOutlined()
    {
        ChartOptions options;
        QChart *chart = Charts::buildMinistryChart(Progress(), options);
        auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().value(0));
        QVERIFY(series);
        QVERIFY(!series->barSets().isEmpty());
        for (QBarSet *set : series->barSets()) {
            QVERIFY(set->pen().style() != Qt::NoPen);
            QVERIFY(ChartPalette::contrastRatio(set->pen().color(), background()) >= 3.0);
        }
        delete chart;

        chart = Charts::buildQuarterChart(Progress(), options);
        auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
        QVERIFY(bars);
        for (QBarSet *set : bars->barSets())
            QVERIFY(ChartPalette::contrastRatio(set->pen().color(), background()) >= 3.0);
        delete chart;
    }
};

QTEST_MAIN(TestChartPalette)
#include "test_chartpalette.moc"
