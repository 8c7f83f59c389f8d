#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// The one way the storage runs a statement with bound values.
namespace Sql {

// Prepares sql on query, binds values in order and executes it. On failure returns
// false with *error = "purpose: what the database said" (in the language's form).
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &purpose,
         QString *error);

// The "?,?,?" list of n positional placeholders.
QString placeholders(int n);

} // namespace Sql
