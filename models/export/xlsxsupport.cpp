#include "xlsxsupport.h"

XlsxFormats XlsxFormats::create(lxw_workbook *workbook)
{
    XlsxFormats f;
    f.title = workbook_add_format(workbook);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);

    f.bold = workbook_add_format(workbook);
    format_set_bold(f.bold);

    f.header = workbook_add_format(workbook);
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_bg_color(f.header, 0xDDE6F0);

    f.date = workbook_add_format(workbook);
    format_set_num_format(f.date, "dd/mm/yyyy");
    format_set_align(f.date, LXW_ALIGN_LEFT);

    f.dateTime = workbook_add_format(workbook);
    format_set_num_format(f.dateTime, "dd/mm/yyyy hh:mm");
    format_set_align(f.dateTime, LXW_ALIGN_LEFT);

    f.percent = workbook_add_format(workbook);
    format_set_num_format(f.percent, "0.0%");

    f.boldPercent = workbook_add_format(workbook);
    format_set_num_format(f.boldPercent, "0.0%");
    format_set_bold(f.boldPercent);

    f.note = workbook_add_format(workbook);
    format_set_italic(f.note);
    format_set_font_color(f.note, 0x555555);
    return f;
}

namespace Xlsx {

QByteArray cellText(const QString &text)
{
    if (text.size() <= maxCellText)
        return text.toUtf8();
    int n = maxCellText;
    if (text.at(n - 1).isHighSurrogate())
        --n;
    return text.left(n).toUtf8();
}

double serial(const QDate &date)
{
    // Day 0 of Excel's 1900 system is 1899-12-30 for every date after
    // February 1900 (Excel keeps Lotus's phantom 29 February 1900).
    static const qint64 epoch = QDate(1899, 12, 30).toJulianDay();
    return double(date.toJulianDay() - epoch);
}

double serial(const QDateTime &when)
{
    // Excel has no time zones: the local time of the machine that exports,
    // as the user reads it everywhere else in the application.
    const QDateTime local = when.toLocalTime();
    const QTime t = local.time();
    return serial(local.date()) + (t.msecsSinceStartOfDay() / 1000) / 86400.0;
}

QString errorText(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

} // namespace Xlsx
