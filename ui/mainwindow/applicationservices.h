#pragma once

#include <QString>

#include <functional>

// What the main window asks of the application around it and ui/ does not know: the
// language in use and the user's own table live in app/, which fills this in. An empty
// function is a service the application does not offer (as in most tests).
struct ApplicationServices
{
    // "fr" or "en": the language in use, for the check marks of View > Language.
    std::function<QString()> currentLanguage;
    // The user's own local table, made on first use: its location, or empty with *error
    // saying why. Without it, a failing server offers no local table.
    std::function<QString(QString *error)> localTable;
    // The user's table when this start made it from the bundled sample (first start): the
    // window says it is a sample until the user leaves it. Empty otherwise.
    QString freshSampleTable;
};
