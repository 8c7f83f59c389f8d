#pragma once

#include "domain.h"
#include "tablecolumns.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <optional>

// Which column of a file holds what, read from its header line. Headers are
// matched ignoring case, accents and surrounding spaces, so the published 2021
// table, the 2023 edition, the application's own files and a few obvious
// synonyms ("Titre", "Statut", "Echeance") all map to the same columns.
class HeaderMapping
{
public:
    static HeaderMapping fromHeaders(const QStringList &headers);
    // The column a header names, if any.
    static std::optional<TableColumn> recognize(const QString &header);

    // Field index in a record, -1 when the file has no such column.
    int index(TableColumn column) const { return m_index[size_t(column)]; }
    bool has(TableColumn column) const { return index(column) >= 0; }
    // The header as written in the file (or the expected one when absent).
    QString header(TableColumn column) const;
    // The header text of the field at index i.
    QString headerAt(int i) const { return m_headers.value(i); }
    const QStringList &headers() const { return m_headers; }

    // Headers no column matches (empty headers are ignored).
    QStringList unknownColumns() const { return m_unknown; }
    // Headers naming a column already met: the first one wins.
    QStringList duplicateColumns() const { return m_duplicates; }
    QVector<TableColumn> missingRequired() const;
    // The optional fields of an opening the file has a column for.
    QVector<Field> statedFields() const;

private:
    QStringList m_headers;
    std::array<int, TableColumns::count> m_index{};
    QStringList m_unknown;
    QStringList m_duplicates;
};
