#include "xlsxexporter.h"

#include "database.h"
#include "exportlabels.h"
#include "progress.h"
#include "stagedfile.h"
#include "transaction.h"
#include "xlsxopeningsheets.h"
#include "xlsxsheetnames.h"
#include "xlsxsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <utility>
#include <vector>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

constexpr int progressStep = 1024;

// Owns the libxlsxwriter workbook: close() writes it, otherwise it is thrown
// away without writing anything.
class Workbook
{
public:
    Workbook(const QString &path, const QString &scratchDir, bool zip64)
        : m_tmpdir(QDir::toNativeSeparators(scratchDir).toUtf8())
    {
        lxw_workbook_options options{};
        // One row in memory per sheet; rows go to temporary files in scratchDir.
        options.constant_memory = LXW_TRUE;
        options.tmpdir = m_tmpdir.data();
        // Off unless needed: some readers warn about ZIP64 in small files.
        options.use_zip64 = zip64 ? LXW_TRUE : LXW_FALSE;
        // libxlsxwriter takes UTF-8 file names (converted to wide names on Windows).
        m_book = workbook_new_opt(QDir::toNativeSeparators(path).toUtf8().constData(), &options);
    }
    ~Workbook() { discard(); }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    lxw_workbook *get() const { return m_book; }

    lxw_error close()
    {
        const lxw_error e = workbook_close(m_book);
        m_book = nullptr;
        return e;
    }

    void discard()
    {
        if (!m_book)
            return;
        // lxw_workbook_free does not close the constant-memory temporary
        // files (workbook_close does, while packaging them).
        lxw_worksheet *sheet = nullptr;
        LXW_FOREACH_WORKSHEET(sheet, m_book)
        {
            if (sheet->optimize_tmpfile) {
                fclose(sheet->optimize_tmpfile);
                sheet->optimize_tmpfile = nullptr;
                sheet->file = nullptr;
            }
        }
        lxw_workbook_free(m_book);
        m_book = nullptr;
    }

private:
    QByteArray m_tmpdir;
    lxw_workbook *m_book = nullptr;
};

// Hyperlinks kept in one workbook. libxlsxwriter holds about 1.4 KB per
// hyperlink until the file is written, whatever the constant-memory mode: past
// this many, URLs are shared out between the sheets and the rest written as text.
constexpr qint64 maxLinksPerWorkbook = 65530;

// What the export will write, counted before writing: how many URLs could be
// hyperlinks per ministry, and an upper bound on the XML size.
struct ExportPlan
{
    QHash<qint64, qint64> links; // per ministry, rows whose URL starts with http(s)://
    qint64 totalLinks = 0;
    double xmlBytes = 0;

    bool read(Database &db, const OpeningFilter &filter, QString *error)
    {
        QHash<qint64, ExportSource::Volume> volumes;
        if (!ExportSource::volumes(db, filter, &volumes, error))
            return false;
        for (auto it = volumes.cbegin(); it != volumes.cend(); ++it) {
            links.insert(it.key(), it->webLinks);
            totalLinks += it->webLinks;
            // Characters take at most 3 UTF-8 bytes, plus escaping; about 700
            // bytes of markup per row.
            xmlBytes += 4.0 * it->textCharacters + 700.0 * it->rows;
        }
        return true;
    }

    // True when a sheet could pass zip's 4 GB limit (each row is written twice
    // with per-ministry sheets).
    bool needsZip64() const { return 2 * xmlBytes > 3.5e9; }

    // The hyperlinks a sheet run may hold, for links candidates out of the
    // workbook's written (candidates counted once per sheet they appear on).
    static qint64 quota(qint64 links, qint64 written)
    {
        if (written <= maxLinksPerWorkbook)
            return links;
        return links * maxLinksPerWorkbook / written;
    }
};

// The sheets of the workbook, all created before any row is written, in
// display order: the summary, "Ouvertures" and one per ministry when wanted.
class WorkbookSheets
{
public:
    WorkbookSheets(lxw_workbook *book, const XlsxFormats &formats)
        : m_book(book), m_formats(formats), all(book, formats)
    {
    }
    WorkbookSheets(const WorkbookSheets &) = delete;
    WorkbookSheets &operator=(const WorkbookSheets &) = delete;

    bool create(const QVector<MinistryProgress> &ministries, const ExportPlan &plan,
                bool perMinistry, qint64 total, QString *error)
    {
        namespace L = ExportLabels;
        summaryName = XlsxSheetNames::unique(L::summarySheet(), &m_taken);
        summary = workbook_add_worksheet(m_book, summaryName.toUtf8().constData());
        const qint64 linksWritten = plan.totalLinks * (perMinistry ? 2 : 1);
        if (!summary ||
            !all.create(L::openingsSheet(), total, ExportPlan::quota(plan.totalLinks, linksWritten),
                        &m_taken, error)) {
            if (error && error->isEmpty())
                *error = Text::tr("Cannot add the sheet \"%1\".").arg(summaryName);
            return false;
        }
        if (!perMinistry)
            return true;
        for (const MinistryProgress &m : ministries) {
            auto run = std::make_unique<XlsxSheetRun>(m_book, m_formats);
            const QString fallback =
                QStringLiteral("%1 %2").arg(L::otherMinistrySheet()).arg(ministrySheets.size() + 1);
            if (!run->create(XlsxSheetNames::forMinistry(m.ministry, fallback), m.counts.announced,
                             ExportPlan::quota(plan.links.value(m.ministryId), linksWritten),
                             &m_taken, error))
                return false;
            ministrySheets.push_back(std::move(run));
        }
        return true;
    }

    void finish()
    {
        all.finish();
        for (const auto &run : ministrySheets)
            run->finish();
    }

private:
    lxw_workbook *m_book;
    const XlsxFormats &m_formats;
    QStringList m_taken; // sheet names, kept for sheets added while writing

public:
    QString summaryName;
    lxw_worksheet *summary = nullptr;
    XlsxSheetRun all;
    std::vector<std::unique_ptr<XlsxSheetRun>> ministrySheets; // empty, or one per ministry
};

// One forward-only query per ministry, in the summary's order, so each
// ministry's sheet is filled in row order alongside "Ouvertures".
bool writeOpenings(Database &db, const ExportOptions &options,
                   const QVector<MinistryProgress> &ministries, WorkbookSheets &sheets,
                   qint64 total, const ExportProgress &progress, QString *error)
{
    XlsxRowEncoder encoder;
    XlsxEncodedRow encoded;
    qint64 done = 0;
    for (int i = 0; i < ministries.size(); ++i) {
        if (ministries.at(i).counts.announced == 0)
            continue;
        OpeningFilter filter = options.filter();
        filter.ministryIds = {ministries.at(i).ministryId};
        OpeningCursor cursor(db);
        if (!cursor.open(filter, error))
            return false;
        XlsxSheetRun *own =
            sheets.ministrySheets.empty() ? nullptr : sheets.ministrySheets.at(size_t(i)).get();
        while (cursor.next()) {
            encoder.encode(cursor.current(), &encoded);
            if (!sheets.all.write(encoded, error) || (own && !own->write(encoded, error)))
                return false;
            if (++done % progressStep == 0 && progress && !progress(done, total))
                return false;
        }
        if (!cursor.error().isEmpty()) {
            if (error)
                *error = cursor.error();
            return false;
        }
    }
    if (progress && !progress(done, total))
        return false;
    sheets.finish();
    return true;
}

} // namespace

bool exportXlsx(Database &db, const QString &path, const ExportOptions &options, QString *error,
                const ExportProgress &progress)
{
    if (error)
        error->clear();
    const QString shownPath = QDir::toNativeSeparators(path);
    if (!ExportSource::checkOptions(db, options, error))
        return false;
    const Transaction snapshot(db, Transaction::Mode::ReadSnapshot);
    const std::optional<Progress> figures =
        computeProgress(db, options.filter(), options.referenceDate(), error);
    if (!figures)
        return false;
    const qint64 total = figures->totals.announced;
    if (progress && !progress(0, total))
        return false;

    StagedFile staged(path);
    if (!staged.open(error))
        return false;
    ExportPlan plan;
    if (!plan.read(db, options.filter(), error))
        return false;
    Workbook book(staged.partPath(), staged.scratchPath(), plan.needsZip64());
    if (!book.get()) {
        if (error)
            *error = Text::tr("Cannot write %1.").arg(shownPath);
        return false;
    }
    namespace L = ExportLabels;
    const QByteArray title = L::workbookTitle().toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title.constData());
    workbook_set_properties(book.get(), &properties);
    const XlsxFormats formats = XlsxFormats::create(book.get());

    const QVector<MinistryProgress> &ministries = figures->byMinistry;
    const bool perMinistry =
        !options.ministryId && ministries.size() <= XlsxExport::maxMinistrySheets;
    WorkbookSheets sheets(book.get(), formats);
    if (!sheets.create(ministries, plan, perMinistry, total, error))
        return false;
    const QString scope = options.ministryId && !ministries.isEmpty() ? ministries.first().ministry
                                                                      : L::allMinistries();
    if (!writeXlsxSummary(book.get(), sheets.summary, sheets.summaryName, *figures, scope, formats,
                          error) ||
        !writeOpenings(db, options, ministries, sheets, total, progress, error))
        return false;

    const lxw_error closed = book.close();
    if (closed != LXW_NO_ERROR) {
        if (error)
            *error = Text::tr("Cannot write %1: %2").arg(shownPath, Xlsx::errorText(closed));
        return false;
    }
    return staged.replaceTarget(error);
}
