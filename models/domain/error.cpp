#include "error.h"

#include "messages.h"

#include <QCoreApplication>

namespace {

// In the importer's context, where these forms were first translated.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

} // namespace

QString Error::toString() const
{
    const QString what = cause.isEmpty()     ? message
                         : message.isEmpty() ? cause
                                             : withSubject(message, cause);
    if (row <= 0)
        return file.isEmpty() ? what : withSubject(file, what);
    if (column.isEmpty())
        return Text::tr("%1: row %2: %3").arg(file, QString::number(row), what);
    return Text::tr("%1: row %2, column “%3”: %4").arg(file, QString::number(row), column, what);
}
