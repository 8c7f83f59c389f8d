#pragma once

#include "domain.h"
#include "headermapping.h"
#include "importer.h"
#include "utf8opening.h"

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

// What identifies an opening across imports: ministry, folded title, kind.
// Kept as a 128-bit digest rather than the text, so that a million keys fit
// in a few tens of megabytes; two different keys colliding is out of reach.
struct OpeningKey
{
    quint64 a = 0;
    quint64 b = 0;

    // ministry: its folded name (a preview, before ministries have ids).
    static OpeningKey make(const QString &ministry, Kind kind, const QString &title);
    // For a ministry of a table.
    static OpeningKey make(qint64 ministryId, Kind kind, const QString &title);
    // The same with the title already folded (TextFold::fold).
    static OpeningKey fromFolded(const QString &ministry, Kind kind, QStringView foldedTitle);
    // In two steps: the part of the title and kind (computed ahead, off the
    // writing thread), then the whole key. fromFolded() is both.
    static OpeningKey titlePart(Kind kind, QStringView foldedTitle);
    OpeningKey withMinistry(const QString &ministry) const;
    // The same for a ministry of a table, by id: cheaper, and only ever compared with
    // other keys made by id.
    OpeningKey withMinistryId(qint64 ministryId) const;
    friend bool operator==(const OpeningKey &x, const OpeningKey &y)
    {
        return x.a == y.a && x.b == y.b;
    }
    friend size_t qHash(const OpeningKey &k, size_t seed = 0) { return size_t(k.a) ^ seed; }
};

// One record of a file read as an opening, with what the file left unsaid.
struct ImportRow
{
    Opening opening; // ministry = the name as written, ministryId 0
    int row = 0;
    bool firstAnnouncedGiven = false; // else it was set to the announced quarter

    // Prepared for ImportWriter by the import's reading thread (see
    // prepare()); the writer computes what is missing.
    QString searchKey;   // OpeningRepository::searchKey(opening)
    OpeningKey titleKey; // OpeningKey::titlePart of the folded title
    Utf8Opening utf8;

    // Fills the prepared fields from opening.
    void prepare();
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
    // would read as a formula ('=...), so such files import back unchanged.
    static QString unescapeCell(const QString &text);

private:
    QString cell(const QStringList &fields, ImportColumn column) const;
    void addIssue(ImportIssues &list, int row, ImportColumn column, const QString &text,
                  const QString &message) const;
    std::optional<Quarter> quarter(const QString &text, QString *error);

    HeaderMapping m_mapping;
    QString m_file;
    QHash<QString, std::optional<Kind>> m_kinds;
    QHash<QString, std::optional<Status>> m_statuses;
    QHash<QString, std::pair<Quarter, QString>> m_quarters; // text -> quarter, error
};
