#include "exportlabels.h"
#include "progress.h"
#include "xlsxsupport.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

// Columns of the per-ministry table.
enum MinistryColumn {
    MinName,
    MinAnnounced,
    MinOpened,
    MinOnTime,
    MinLate,
    MinUndated,
    MinOverdue,
    MinPlanned,
    MinAbandoned,
    MinRate,
    MinColumnCount
};

// Columns of the per-quarter table.
enum QuarterColumn { QName, QAnnounced, QEffective, QCumAnnounced, QCumEffective, QColumnCount };

constexpr int defaultRowPixels = 20;
constexpr lxw_col_t ministryChartColumn = MinColumnCount + 1;
constexpr lxw_col_t quarterChartColumn = QColumnCount + 1;

// Writes cells in row order and keeps the first libxlsxwriter error.
class Writer
{
public:
    explicit Writer(lxw_worksheet *sheet) : m_sheet(sheet) {}

    void text(lxw_row_t row, lxw_col_t col, const QString &value, lxw_format *format = nullptr)
    {
        keep(worksheet_write_string(m_sheet, row, col, Xlsx::cellText(value).constData(), format));
    }
    void number(lxw_row_t row, lxw_col_t col, double value, lxw_format *format = nullptr)
    {
        keep(worksheet_write_number(m_sheet, row, col, value, format));
    }
    // The on-time rate: on time / (on time + late opened), blank when no opening is dated.
    void rate(lxw_row_t row, lxw_col_t col, const ProgressCounts &c, lxw_format *format)
    {
        if (const std::optional<double> r = c.onTimeRate())
            number(row, col, *r, format);
    }
    void counts(lxw_row_t row, const ProgressCounts &c, lxw_format *format)
    {
        number(row, MinAnnounced, c.announced, format);
        number(row, MinOpened, c.opened, format);
        number(row, MinOnTime, c.onTime, format);
        number(row, MinLate, c.lateOpened, format);
        number(row, MinUndated, c.openedUndated, format);
        number(row, MinOverdue, c.overdue, format);
        number(row, MinPlanned, c.planned, format);
        number(row, MinAbandoned, c.abandoned, format);
    }
    lxw_error error() const { return m_error; }

private:
    void keep(lxw_error e)
    {
        if (e != LXW_NO_ERROR && m_error == LXW_NO_ERROR)
            m_error = e;
    }
    lxw_worksheet *m_sheet;
    lxw_error m_error = LXW_NO_ERROR;
};

void addSeries(lxw_chart *chart, const QByteArray &sheet, lxw_row_t headerRow, lxw_row_t first,
               lxw_row_t last, lxw_col_t categoryCol, lxw_col_t valueCol, lxw_color_t color,
               bool line)
{
    lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
    chart_series_set_categories(series, sheet.constData(), first, categoryCol, last, categoryCol);
    chart_series_set_values(series, sheet.constData(), first, valueCol, last, valueCol);
    chart_series_set_name_range(series, sheet.constData(), headerRow, valueCol);
    if (line) {
        lxw_chart_line style{};
        style.color = color;
        style.width = 2.25;
        chart_series_set_line(series, &style);
    } else {
        lxw_chart_fill fill{};
        fill.color = color;
        chart_series_set_fill(series, &fill);
    }
}

// Where the per-ministry table starts.
constexpr lxw_row_t ministryHeadingRow = 4;
constexpr lxw_row_t ministryHeaderRow = 5;
constexpr lxw_row_t firstMinistryRow = ministryHeaderRow + 1;

void writeHeading(Writer &w, const Progress &progress, const QString &scope, const XlsxFormats &f)
{
    namespace L = ExportLabels;
    w.text(0, 0, L::workbookTitle(), f.title);
    w.text(1, 0, L::referenceDate(), f.bold);
    w.number(1, 1, Xlsx::serial(progress.asOf), f.date);
    w.text(2, 0, L::scope(), f.bold);
    w.text(2, 1, scope);
}

// Returns the row after the table and its notes.
lxw_row_t writeMinistryTable(Writer &w, lxw_worksheet *sheet, const Progress &progress,
                             const XlsxFormats &f)
{
    namespace L = ExportLabels;
    w.text(ministryHeadingRow, 0, L::byMinistryHeading(), f.bold);
    const QString ministryHeaders[MinColumnCount] = {
        L::colMinistry(),  L::sumAnnounced(), L::sumOpened(),  L::sumOnTime(),
        L::sumLate(),      L::sumUndated(),   L::sumOverdue(), L::sumPlanned(),
        L::sumAbandoned(), L::sumOnTimeRate()};
    worksheet_set_row(sheet, ministryHeaderRow, 45, nullptr);
    for (int c = 0; c < MinColumnCount; ++c)
        w.text(ministryHeaderRow, c, ministryHeaders[c], f.header);
    lxw_row_t row = firstMinistryRow;
    for (const MinistryProgress &m : progress.byMinistry) {
        w.text(row, MinName, m.ministry);
        w.counts(row, m.counts, nullptr);
        w.rate(row, MinRate, m.counts, f.percent);
        ++row;
    }
    const lxw_row_t totalRow = row++;
    w.text(totalRow, MinName, L::total(), f.bold);
    w.counts(totalRow, progress.totals, f.bold);
    w.rate(totalRow, MinRate, progress.totals, f.boldPercent);
    w.text(row++, 0, L::onTimeRateNote(), f.note);
    w.text(row++, 0, L::overdueNote(), f.note);
    return row;
}

// The stacked bar chart beside the per-ministry table; the rows it covers,
// or nullopt when it could not be added.
std::optional<lxw_row_t> addMinistryChart(lxw_workbook *workbook, lxw_worksheet *sheet,
                                          const QByteArray &sheetUtf8, lxw_row_t ministryCount)
{
    lxw_chart *chart = workbook_add_chart(workbook, LXW_CHART_BAR_STACKED);
    const lxw_row_t last = firstMinistryRow + ministryCount - 1;
    const struct
    {
        lxw_col_t column;
        lxw_color_t color;
    } series[] = {{MinOnTime, 0x2E7D32},
                  {MinLate, 0xF9A825},
                  {MinUndated, 0x90A4AE},
                  {MinPlanned, 0x1565C0},
                  {MinOverdue, 0xC62828}};
    for (const auto &s : series)
        addSeries(chart, sheetUtf8, ministryHeaderRow, firstMinistryRow, last, MinName, s.column,
                  s.color, false);
    chart_title_set_name(chart, Xlsx::cellText(ExportLabels::ministryChartTitle()).constData());
    // For bar charts y_axis is the category axis: first ministry on top, as in the table.
    chart_axis_set_reverse(chart->y_axis);
    chart_axis_set_crossing_max(chart->y_axis);
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    chart_set_series_gap(chart, 50);
    const int height = std::max(320, 110 + 26 * int(ministryCount));
    lxw_chart_options options{};
    options.x_scale = 1.7;
    options.y_scale = height / 288.0;
    if (worksheet_insert_chart_opt(sheet, ministryHeaderRow, ministryChartColumn, chart,
                                   &options) != LXW_NO_ERROR)
        return std::nullopt;
    return lxw_row_t(std::ceil(double(height) / defaultRowPixels));
}

// Returns the table's header row, which its chart starts beside.
lxw_row_t writeQuarterTable(Writer &w, lxw_worksheet *sheet, const Progress &progress,
                            lxw_row_t start, const XlsxFormats &f)
{
    namespace L = ExportLabels;
    w.text(start, 0, L::byQuarterHeading(), f.bold);
    const lxw_row_t headerRow = start + 1;
    const QString quarterHeaders[QColumnCount] = {
        L::quarter(), L::quarterAnnounced(), L::quarterEffective(), L::quarterCumulativeAnnounced(),
        L::quarterCumulativeEffective()};
    worksheet_set_row(sheet, headerRow, 30, nullptr);
    for (int c = 0; c < QColumnCount; ++c)
        w.text(headerRow, c, quarterHeaders[c], f.header);
    lxw_row_t row = headerRow + 1;
    const QLocale french(QLocale::French, QLocale::France);
    for (const QuarterProgress &q : progress.byQuarter) {
        w.text(row, QName, q.quarter.display(french));
        w.number(row, QAnnounced, q.announced);
        w.number(row, QEffective, q.effective);
        w.number(row, QCumAnnounced, q.cumulativeAnnounced);
        w.number(row, QCumEffective, q.cumulativeEffective);
        ++row;
    }
    return headerRow;
}

bool addQuarterChart(lxw_workbook *workbook, lxw_worksheet *sheet, const QByteArray &sheetUtf8,
                     lxw_row_t headerRow, lxw_row_t quarterCount)
{
    lxw_chart *chart = workbook_add_chart(workbook, LXW_CHART_LINE);
    const lxw_row_t first = headerRow + 1;
    const lxw_row_t last = first + quarterCount - 1;
    addSeries(chart, sheetUtf8, headerRow, first, last, QName, QCumAnnounced, 0x1565C0, true);
    addSeries(chart, sheetUtf8, headerRow, first, last, QName, QCumEffective, 0x2E7D32, true);
    chart_title_set_name(chart, Xlsx::cellText(ExportLabels::quarterChartTitle()).constData());
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options options{};
    options.x_scale = 1.5;
    options.y_scale = 1.2;
    return worksheet_insert_chart_opt(sheet, headerRow, quarterChartColumn, chart, &options) ==
           LXW_NO_ERROR;
}

bool chartFailed(QString *error)
{
    if (error)
        *error = Text::tr("Cannot add the chart of the summary sheet.");
    return false;
}

} // namespace

bool writeXlsxSummary(lxw_workbook *workbook, lxw_worksheet *sheet, const QString &sheetName,
                      const Progress &progress, const QString &scope, const XlsxFormats &f,
                      QString *error)
{
    Writer w(sheet);
    const QByteArray sheetUtf8 = sheetName.toUtf8();

    worksheet_set_column(sheet, MinName, MinName, 48, nullptr);
    worksheet_set_column(sheet, MinAnnounced, MinRate, 13, nullptr);
    writeHeading(w, progress, scope, f);

    lxw_row_t quarterStart = writeMinistryTable(w, sheet, progress, f) + 1;
    if (!progress.byMinistry.isEmpty()) {
        const std::optional<lxw_row_t> chartRows =
            addMinistryChart(workbook, sheet, sheetUtf8, lxw_row_t(progress.byMinistry.size()));
        if (!chartRows)
            return chartFailed(error);
        quarterStart = std::max(quarterStart, ministryHeaderRow + *chartRows + 2);
    }

    const lxw_row_t quarterHeaderRow = writeQuarterTable(w, sheet, progress, quarterStart, f);
    if (!progress.byQuarter.isEmpty() &&
        !addQuarterChart(workbook, sheet, sheetUtf8, quarterHeaderRow,
                         lxw_row_t(progress.byQuarter.size())))
        return chartFailed(error);

    if (w.error() != LXW_NO_ERROR) {
        if (error)
            *error = Text::tr("Cannot write the summary sheet: %1").arg(Xlsx::errorText(w.error()));
        return false;
    }
    return true;
}
