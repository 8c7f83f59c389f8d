#pragma once

// The openings sheets of the XLSX export ("Ouvertures", per-ministry sheets):
// how an opening becomes cells, and a list of openings spread over as many
// worksheets as Excel's row limit needs. Private to models/ (includes
// libxlsxwriter).

#include "domain.h"
#include "xlsxsupport.h"

#include <QByteArray>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVector>

// One opening converted once into what its cells need, then written to the
// "Ouvertures" sheet and to its ministry's sheet.
struct XlsxEncodedRow
{
    const QByteArray *ministry = nullptr;
    const QByteArray *kind = nullptr;
    const QByteArray *status = nullptr;
    const QByteArray *announced = nullptr;
    const QByteArray *firstAnnounced = nullptr;
    QByteArray title;
    QByteArray description;
    QByteArray url;
    QByteArray comment;
    bool linkable = false;
    double effective = -1; // Excel serial, -1 when none
    double updated = -1;
};

// Encodes openings, caching what many rows share (labels, quarters, ministry names).
class XlsxRowEncoder
{
public:
    XlsxRowEncoder();
    void encode(const Opening &o, XlsxEncodedRow *r);

    // An http(s) address Excel can hold as a hyperlink (length limit included).
    static bool isLinkable(const QString &url);

private:
    const QByteArray &quarter(const Quarter &q);
    const QByteArray &ministry(const Opening &o);

    const QLocale m_french{QLocale::French, QLocale::France};
    QHash<int, QByteArray> m_kinds;
    QHash<int, QByteArray> m_statuses;
    QHash<qint64, QByteArray> m_quarters;
    QHash<qint64, QByteArray> m_ministries;
};

// One list of openings on as many worksheets as Excel's row limit needs:
// "Ouvertures", "Ouvertures (2)"... Sheets are created up front, in the order
// they should appear, from the expected row count.
class XlsxSheetRun
{
public:
    XlsxSheetRun(lxw_workbook *book, const XlsxFormats &formats);

    // Adds the sheets for expectedRows (at least one), names made unique
    // against taken. At most linkQuota URLs (and 65,530 per worksheet) become
    // hyperlinks; the others are written as text.
    bool create(const QString &baseName, qint64 expectedRows, qint64 linkQuota, QStringList *taken,
                QString *error);
    // Writes one row; moves to the next sheet (adding one at the end if the
    // table grew since it was counted) when the current one is full.
    bool write(const XlsxEncodedRow &r, QString *error);
    // Sets each sheet's autofilter over the rows written.
    void finish();

private:
    struct Sheet
    {
        lxw_worksheet *sheet = nullptr;
        QString name;
        lxw_row_t rows = 0; // data rows written below the header
        int links = 0;
    };

    bool addSheet(QString *error);

    lxw_workbook *m_book;
    const XlsxFormats &m_formats;
    QString m_baseName;
    QVector<Sheet> m_sheets;
    int m_current = 0;
    qint64 m_linkQuota = 0;
    QStringList *m_taken = nullptr;
};
