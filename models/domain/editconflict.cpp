#include "editconflict.h"

namespace {

QVariant valueOf(const FieldValues &values, Field field)
{
    for (const auto &[f, v] : values)
        if (f == field)
            return v;
    return {};
}

// Stored values compare as text: the database gives back an int where the
// editor held a qint64, or "" where it held a null.
bool same(const QVariant &a, const QVariant &b)
{
    return a.toString() == b.toString();
}

} // namespace

QVector<Field> EditConflict::contested() const
{
    QVector<Field> fields;
    for (const auto &[field, value] : mine) {
        const QVariant now = Domain::fieldValue(theirs, field);
        if (!same(now, seenValue(field)) && !same(now, value))
            fields.append(field);
    }
    return fields;
}

QVariant EditConflict::mineValue(Field field) const
{
    return valueOf(mine, field);
}

QVariant EditConflict::seenValue(Field field) const
{
    return valueOf(seen, field);
}
