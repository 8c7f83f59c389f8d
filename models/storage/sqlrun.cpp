#include "sqlrun.h"

#include "messages.h"

#include <QSqlError>
#include <QStringList>

namespace Sql {

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &purpose,
         QString *error)
{
    const bool ok = query.prepare(sql) && [&] {
        for (const QVariant &v : values)
            query.addBindValue(v);
        return query.exec();
    }();
    if (!ok && error)
        *error = withSubject(purpose, query.lastError().text());
    return ok;
}

QString placeholders(int n)
{
    QStringList marks;
    marks.reserve(n);
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

} // namespace Sql
