#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <optional>

// What a column of an imported table holds.
enum class ImportColumn {
    Kind,
    Title,
    Ministry,
    Status,
    Announced,
    Url,
    LastModified,
    EffectiveDate,
    FirstAnnounced,
    Comment,
    Description,
};

// Which column of a file holds what, read from its header line. Headers are
// matched ignoring case, accents and surrounding spaces, so the published 2021
// table, the 2023 edition, the application's own files and a few obvious
// synonyms ("Titre", "Statut", "Echeance") all map to the same columns.
class HeaderMapping
{
public:
    static constexpr int columnCount = 11;

    static HeaderMapping fromHeaders(const QStringList &headers);
    // The column a header names, if any.
    static std::optional<ImportColumn> recognize(const QString &header);
    // The published header of a column, to name it in messages.
    static QString expectedHeader(ImportColumn column);
    // Kind, title, ministry, status and announced quarter.
    static bool isRequired(ImportColumn column);

    // Field index in a record, -1 when the file has no such column.
    int index(ImportColumn column) const { return m_index[size_t(column)]; }
    bool has(ImportColumn column) const { return index(column) >= 0; }
    // The header as written in the file (or the expected one when absent).
    QString header(ImportColumn column) const;
    // The header text of the field at index i.
    QString headerAt(int i) const { return m_headers.value(i); }
    const QStringList &headers() const { return m_headers; }

    // Headers no column matches (empty headers are ignored).
    QStringList unknownColumns() const { return m_unknown; }
    // Headers naming a column already met: the first one wins.
    QStringList duplicateColumns() const { return m_duplicates; }
    QVector<ImportColumn> missingRequired() const;

private:
    QStringList m_headers;
    std::array<int, columnCount> m_index{};
    QStringList m_unknown;
    QStringList m_duplicates;
};
