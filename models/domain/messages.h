#pragma once

#include <QString>

// "subject: message", the form of every error that names its file, table or field,
// with the spacing of the language in force ("fichier : message" in French).
QString withSubject(const QString &subject, const QString &message);
