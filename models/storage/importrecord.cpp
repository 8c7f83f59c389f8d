#include "importrecord.h"

#include "openingrepository.h"

void ImportRow::prepare()
{
    searchKey = OpeningRepository::searchKey(opening);
    // The search key starts with the folded title: folding once serves both.
    const qsizetype cut = searchKey.indexOf(QLatin1Char('\n'));
    titleKey = OpeningKey::titlePart(opening.kind, cut < 0 ? QStringView(searchKey)
                                                           : QStringView(searchKey).left(cut));
    utf8 = Utf8Opening::encode(opening, searchKey);
}
