#include "xlsxopeningsheets.h"

#include "exportlabels.h"
#include "xlsxsheetnames.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

// Columns of the openings sheets.
enum Column {
    ColMinistry,
    ColKind,
    ColTitle,
    ColDescription,
    ColAnnounced,
    ColFirstAnnounced,
    ColEffective,
    ColStatus,
    ColUrl,
    ColComment,
    ColUpdated,
    ColumnCount
};

// Excel's limits on hyperlinks: per worksheet, and on the length of the
// (escaped) address. Past them a URL is written as plain text.
constexpr int maxLinksPerSheet = 65530;
constexpr int maxUrlLength = 2079;

} // namespace

XlsxRowEncoder::XlsxRowEncoder()
{
    for (Kind k : Domain::allKinds())
        m_kinds.insert(int(k), Domain::kindPublishedLabel(k).toUtf8());
    for (Status s : Domain::allStatuses())
        m_statuses.insert(int(s), Domain::statusPublishedLabel(s).toUtf8());
}

bool XlsxRowEncoder::isLinkable(const QString &text)
{
    if (text.isEmpty() || text.size() > maxUrlLength)
        return false;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    // libxlsxwriter escapes these as %XX before checking the length limit.
    qsizetype length = text.size();
    for (const QChar c : text)
        if (QStringView(u" \"<>\\[]`^{}").contains(c))
            length += 2;
    return length <= maxUrlLength;
}

void XlsxRowEncoder::encode(const Opening &o, XlsxEncodedRow *r)
{
    r->ministry = &ministry(o);
    r->kind = &m_kinds[int(o.kind)];
    r->status = &m_statuses[int(o.status)];
    r->announced = &quarter(o.announced);
    r->firstAnnounced = &quarter(o.firstAnnounced);
    r->title = Xlsx::cellText(o.title);
    r->description = Xlsx::cellText(o.description);
    r->url = Xlsx::cellText(o.url);
    r->comment = Xlsx::cellText(o.comment);
    r->linkable = isLinkable(o.url);
    r->effective = o.effectiveDate.isValid() ? Xlsx::serial(o.effectiveDate) : -1;
    r->updated = o.updatedAt.isValid() ? Xlsx::serial(o.updatedAt) : -1;
}

const QByteArray &XlsxRowEncoder::quarter(const Quarter &q)
{
    auto it = m_quarters.find(q.key());
    if (it == m_quarters.end())
        it = m_quarters.insert(q.key(), q.display(m_french).toUtf8());
    return *it;
}

const QByteArray &XlsxRowEncoder::ministry(const Opening &o)
{
    auto it = m_ministries.find(o.ministryId);
    if (it == m_ministries.end())
        it = m_ministries.insert(o.ministryId, Xlsx::cellText(o.ministry));
    return *it;
}

XlsxSheetRun::XlsxSheetRun(lxw_workbook *book, const XlsxFormats &formats)
    : m_book(book), m_formats(formats)
{
}

bool XlsxSheetRun::create(const QString &baseName, qint64 expectedRows, qint64 linkQuota,
                          QStringList *taken, QString *error)
{
    m_baseName = baseName;
    m_linkQuota = linkQuota;
    m_taken = taken;
    const qint64 sheets =
        std::max<qint64>(1, (expectedRows + Xlsx::dataRowsPerSheet - 1) / Xlsx::dataRowsPerSheet);
    for (qint64 i = 0; i < sheets; ++i)
        if (!addSheet(error))
            return false;
    return true;
}

bool XlsxSheetRun::write(const XlsxEncodedRow &r, QString *error)
{
    if (m_sheets.at(m_current).rows == Xlsx::dataRowsPerSheet) {
        if (++m_current == m_sheets.size() && !addSheet(error))
            return false;
    }
    Sheet &s = m_sheets[m_current];
    const lxw_row_t row = ++s.rows;
    lxw_worksheet *ws = s.sheet;
    lxw_error e = LXW_NO_ERROR;
    // Text always goes in as a string cell: a title beginning with "=" stays text.
    auto text = [&](lxw_col_t col, const QByteArray &value) {
        if (!value.isEmpty() && e == LXW_NO_ERROR)
            e = worksheet_write_string(ws, row, col, value.constData(), nullptr);
    };
    auto number = [&](lxw_col_t col, double value, lxw_format *format) {
        if (value >= 0 && e == LXW_NO_ERROR)
            e = worksheet_write_number(ws, row, col, value, format);
    };
    text(ColMinistry, *r.ministry);
    text(ColKind, *r.kind);
    text(ColTitle, r.title);
    text(ColDescription, r.description);
    text(ColAnnounced, *r.announced);
    text(ColFirstAnnounced, *r.firstAnnounced);
    number(ColEffective, r.effective, m_formats.date);
    text(ColStatus, *r.status);
    if (r.linkable && s.links < maxLinksPerSheet && m_linkQuota > 0) {
        if (e == LXW_NO_ERROR)
            e = worksheet_write_url(ws, row, ColUrl, r.url.constData(), nullptr);
        ++s.links;
        --m_linkQuota;
    } else {
        text(ColUrl, r.url);
    }
    text(ColComment, r.comment);
    number(ColUpdated, r.updated, m_formats.dateTime);
    if (e != LXW_NO_ERROR) {
        if (error)
            *error = Text::tr("Cannot write row %1 of sheet \"%2\": %3")
                         .arg(row + 1)
                         .arg(s.name, Xlsx::errorText(e));
        return false;
    }
    return true;
}

void XlsxSheetRun::finish()
{
    for (const Sheet &s : std::as_const(m_sheets))
        worksheet_autofilter(s.sheet, 0, 0, s.rows, ColumnCount - 1);
}

bool XlsxSheetRun::addSheet(QString *error)
{
    // A continuation keeps its number visible: the base is cut, not the suffix.
    const QString suffix =
        m_sheets.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_sheets.size() + 1);
    const QString base =
        XlsxSheetNames::sanitize(m_baseName.left(XlsxSheetNames::maxLength - int(suffix.size())));
    const QString name = XlsxSheetNames::unique(base + suffix, m_taken);
    lxw_worksheet *ws = workbook_add_worksheet(m_book, name.toUtf8().constData());
    if (!ws) {
        if (error)
            *error = Text::tr("Cannot add the sheet \"%1\".").arg(name);
        return false;
    }
    static const double widths[ColumnCount] = {34, 12, 48, 40, 12, 12, 14, 18, 40, 48, 18};
    for (int c = 0; c < ColumnCount; ++c)
        worksheet_set_column(ws, c, c, widths[c], nullptr);
    namespace L = ExportLabels;
    const QString headers[ColumnCount] = {
        L::colMinistry(),  L::colKind(),           L::colTitle(),         L::colDescription(),
        L::colAnnounced(), L::colFirstAnnounced(), L::colEffectiveDate(), L::colStatus(),
        L::colUrl(),       L::colComment(),        L::colUpdatedAt()};
    worksheet_set_row(ws, 0, 30, nullptr);
    for (int c = 0; c < ColumnCount; ++c)
        worksheet_write_string(ws, 0, c, headers[c].toUtf8().constData(), m_formats.header);
    worksheet_freeze_panes(ws, 1, 0);
    // Continuations follow the first sheet's final name ("Culture (2)" if
    // "Culture" was taken), so they cannot be mistaken for another list.
    if (m_sheets.isEmpty())
        m_baseName = name;
    m_sheets.append(Sheet{ws, name, 0, 0});
    return true;
}
