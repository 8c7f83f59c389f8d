#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// The application language: French by default (French, C or unset system
// locale), English for an English locale, or what the user chose in
// View > Language. Installs the matching translators and default locale.
namespace Language {

// "fr" or "en", from the saved choice, else from the system locale.
QString preferred();
QString fromSystemLocale();
void savePreference(const QString &code);

// Installs (replacing the previous ones) the application's and Qt's own
// translations for code, and makes QLocale() follow it. Returns false if the
// application's translation could not be loaded (English source strings remain).
bool apply(QCoreApplication &app, const QString &code);
QString current();

} // namespace Language
