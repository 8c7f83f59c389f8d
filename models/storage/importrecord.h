#pragma once

#include "domain.h"
#include "openingkey.h"
#include "utf8opening.h"

#include <QString>

// How an import treats the openings already in the table.
enum class ImportMode {
    // Rows matching an opening on (ministry, title ignoring case and accents,
    // kind) update it; the others are added; openings absent from the file stay.
    Merge,
    // Every opening is deleted (one "deleted" change row each), then the file's
    // rows are added.
    Replace,
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
