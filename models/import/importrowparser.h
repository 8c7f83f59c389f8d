#pragma once

#include "domain.h"
#include "headermapping.h"
#include "importer.h"
#include "importrecord.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>

// Keeps the first issues of a kind and counts them all, so a file with an
// error on every one of a million rows stays cheap to report.
struct ImportIssues
{
    QVector<ImportIssue> items;
    int count = 0;

    void add(ImportIssue issue)
    {
        if (items.size() < maxImportIssues)
            items.append(std::move(issue));
        ++count;
    }
};

// Turns the records of one file into openings, checking every value and
// reporting each problem with the file, row, column and text at fault.
// Parsed quarters, kinds and statuses are cached: a big file repeats a few
// dozen spellings, and parsing them once per row would dominate an import.
class ImportRowParser
{
public:
    ImportRowParser(const HeaderMapping &mapping, const QString &file);

    // False when the record has errors (added to errors); warnings may be added either way.
    bool parse(const QStringList &fields, int row, ImportRow &out, ImportIssues &errors,
               ImportIssues &warnings);

    // A record whose every cell is empty (";;;;" lines of spreadsheet exports).
    static bool isBlank(const QStringList &fields);
    // dd/mm/yyyy or yyyy-mm-dd; nullopt for anything else, an invalid date for empty text.
    static std::optional<QDate> parseDate(const QString &text);
    // ISO 8601 ("2021-09-20T00:45:00.000Z"; local time when no zone is given)
    // or French Excel's local "20/09/2021 00:45", returned in UTC; an invalid
    // QDateTime for empty text, nullopt for anything else.
    static std::optional<QDateTime> parseTimestamp(const QString &text);
    // Removes the apostrophe the Excel CSV export puts before a cell that
    // would read as a formula ('=..., see TableColumns::needsFormulaEscape), so
    // such files import back unchanged.
    static QString unescapeCell(const QString &text);

    // True for a file in the Excel dialect (CsvReader::isExcelDialect): its
    // cells are unescaped. Other files (open data CSV) are read as they are.
    void setExcelDialect(bool excel) { m_excelDialect = excel; }

private:
    QString cell(const QStringList &fields, TableColumn column) const;
    void addIssue(ImportIssues &list, int row, TableColumn column, const QString &text,
                  const QString &message) const;
    std::optional<Quarter> quarter(const QString &text, QString *error);
    // The steps of parse(), in the order their issues are reported.
    void readNames(const QStringList &fields, int row, Opening &o, ImportIssues &errors) const;
    void readKind(const QStringList &fields, int row, Opening &o, ImportIssues &errors);
    // True when the status was recognised.
    bool readStatus(const QStringList &fields, int row, Opening &o, ImportIssues &errors);
    void readQuarters(const QStringList &fields, int row, ImportRow &out, ImportIssues &errors,
                      ImportIssues &warnings);
    void readDates(const QStringList &fields, int row, Opening &o, bool statusKnown,
                   ImportIssues &errors, ImportIssues &warnings) const;

    HeaderMapping m_mapping;
    bool m_excelDialect = false;
    QString m_file;
    QHash<QString, std::optional<Kind>> m_kinds;
    QHash<QString, std::optional<Status>> m_statuses;
    QHash<QString, std::pair<Quarter, QString>> m_quarters; // text -> quarter, error
};
