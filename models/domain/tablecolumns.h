#pragma once

#include "domain.h"

#include <QString>
#include <QStringView>
#include <QVector>

#include <optional>

// The columns of the tracking table as files hold them, in the order the
// application writes them: the published 2021 table's, then its own.
enum class TableColumn {
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

namespace TableColumns {

constexpr int count = 11;
QVector<TableColumn> all();
// The header as published (2021 table) or written by the application, in French
// whatever the application language: "Données, API ou code source", "Échéance initiale".
QString publishedHeader(TableColumn column);
// Kind, title, ministry, status and announced quarter: a table without them is unusable.
bool isRequired(TableColumn column);
// The field of an opening a column holds; none for LastModified (the row's timestamp).
std::optional<Field> field(TableColumn column);

// True when a spreadsheet would evaluate a cell typed with this text as a formula
// (=, +, -, @, tab or carriage return first): such cells get a leading apostrophe in
// spreadsheet exports (CSV injection), which the import takes off again.
bool startsLikeFormula(QStringView text);
// True when the Excel CSV export puts an apostrophe before text: it starts like a
// formula, or it is apostrophes then such a start ('=..., ''+...). The import of an
// Excel CSV takes one leading apostrophe off exactly when the rest is such a text, so
// every value comes back unchanged, apostrophes of its own included.
bool needsFormulaEscape(QStringView text);

} // namespace TableColumns
