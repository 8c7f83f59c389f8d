#include "utf8opening.h"

#include "bulkopeninginserter.h"
#include "openingrepository.h"

#include <QStringEncoder>

Utf8Opening Utf8Opening::encode(const Opening &o, const QString &searchKey)
{
    Utf8Opening out;
    out.encoded = true;
    out.hasEffectiveDate = o.effectiveDate.isValid();
    out.hasUpdatedAt = o.updatedAt.isValid();
    const QString date =
        out.hasEffectiveDate ? BulkOpeningInserter::isoDate(o.effectiveDate) : QString();
    const QString stamp = out.hasUpdatedAt ? OpeningRepository::timestamp(o.updatedAt) : QString();
    const QString *texts[Count] = {&o.title,   &o.description, &o.url, &o.comment,
                                   &searchKey, &date,          &stamp};
    qsizetype room = 0;
    for (const QString *t : texts)
        room += t->size();
    // At most three bytes of UTF-8 for each UTF-16 unit.
    out.bytes = QByteArray(room * 3, Qt::Uninitialized);
    QStringEncoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    char *const begin = out.bytes.data();
    char *at = begin;
    for (int f = 0; f < Count; ++f) {
        out.bounds[size_t(f)] = int(at - begin);
        if (!texts[f]->isEmpty())
            at = utf8.appendToBuffer(at, *texts[f]);
    }
    out.bounds[Count] = int(at - begin);
    out.bytes.truncate(at - begin);
    return out;
}
