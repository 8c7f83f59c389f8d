#pragma once

#include <QString>

// The French words written into exported files (column headers, sheet names,
// summary labels). Exports go to French secretaries general and to data.gouv.fr,
// so these stay French whatever the application language; they live here, in
// one place, rather than scattered through the writers.
namespace ExportLabels {

inline QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Workbook.
inline QString workbookTitle()
{
    return s("Suivi des ouvertures de données, API et codes sources");
}
inline QString summarySheet()
{
    return s("Synthèse");
}
inline QString openingsSheet()
{
    return s("Ouvertures");
}
inline QString otherMinistrySheet()
{
    return s("Ministère");
}

// Columns of the openings sheets.
inline QString colMinistry()
{
    return s("Ministère");
}
inline QString colKind()
{
    return s("Type");
}
inline QString colTitle()
{
    return s("Titre");
}
inline QString colDescription()
{
    return s("Description");
}
inline QString colAnnounced()
{
    return s("Échéance annoncée");
}
inline QString colFirstAnnounced()
{
    return s("Échéance initiale");
}
inline QString colEffectiveDate()
{
    return s("Date d'ouverture effective");
}
inline QString colStatus()
{
    return s("État d'avancement");
}
inline QString colUrl()
{
    return s("URL");
}
inline QString colComment()
{
    return s("Commentaire");
}
inline QString colUpdatedAt()
{
    return s("Dernière modification");
}

// Summary sheet.
inline QString referenceDate()
{
    return s("Date de référence");
}
inline QString scope()
{
    return s("Périmètre");
}
inline QString allMinistries()
{
    return s("Tous les ministères");
}
inline QString byMinistryHeading()
{
    return s("Avancement par ministère");
}
inline QString byQuarterHeading()
{
    return s("Avancement par trimestre");
}
inline QString total()
{
    return s("Total");
}
inline QString sumAnnounced()
{
    return s("Annoncées");
}
inline QString sumOpened()
{
    return s("Ouvertes");
}
inline QString sumOnTime()
{
    return s("Ouvertes dans les délais");
}
inline QString sumLate()
{
    return s("Ouvertes en retard");
}
inline QString sumUndated()
{
    return s("Ouvertes sans date");
}
inline QString sumOverdue()
{
    return s("En retard (non ouvertes)");
}
inline QString sumPlanned()
{
    return s("Planifiées");
}
inline QString sumAbandoned()
{
    return s("Abandonnées");
}
inline QString sumOnTimeRate()
{
    return s("Taux d'ouverture dans les délais");
}
inline QString onTimeRateNote()
{
    return s("Taux d'ouverture dans les délais = ouvertes dans les délais / (ouvertes dans les "
             "délais + ouvertes en retard), parmi les ouvertures datées ; vide quand aucune "
             "ouverture n'est datée. Dans les délais : ouverte au plus tard le trimestre annoncé.");
}
inline QString overdueNote()
{
    return s("En retard (non ouvertes) : ni ouvertes ni abandonnées, échéance annoncée avant le "
             "trimestre de la date de référence. Planifiées : échéance à venir.");
}
inline QString quarter()
{
    return s("Trimestre");
}
inline QString quarterAnnounced()
{
    return s("Annoncées");
}
inline QString quarterEffective()
{
    return s("Ouvertes");
}
inline QString quarterCumulativeAnnounced()
{
    return s("Cumul annoncées");
}
inline QString quarterCumulativeEffective()
{
    return s("Cumul ouvertes");
}
inline QString ministryChartTitle()
{
    return s("État des ouvertures par ministère");
}
inline QString quarterChartTitle()
{
    return s("Ouvertures annoncées et effectives (cumul)");
}

} // namespace ExportLabels
