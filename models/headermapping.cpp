#include "headermapping.h"

#include "textfold.h"

#include <QHash>

namespace {

// Folded header -> column. The published forms come first, then the
// application's, then synonyms seen in hand-made files and English labels.
const QHash<QString, ImportColumn> &knownHeaders()
{
    static const QHash<QString, ImportColumn> headers = [] {
        const std::pair<const char *, ImportColumn> list[] = {
            {"Données, API ou code source", ImportColumn::Kind},
            {"Type", ImportColumn::Kind},
            {"Nature", ImportColumn::Kind},
            {"Kind", ImportColumn::Kind},
            {"Données, API, Codes sources concernés", ImportColumn::Title},
            {"Titre", ImportColumn::Title},
            {"Intitulé", ImportColumn::Title},
            {"Title", ImportColumn::Title},
            {"Ministère", ImportColumn::Ministry},
            {"Producteur", ImportColumn::Ministry},
            {"Ministry", ImportColumn::Ministry},
            {"État d'avancement", ImportColumn::Status},
            {"Statut", ImportColumn::Status},
            {"État", ImportColumn::Status},
            {"Status", ImportColumn::Status},
            {"Échéance annoncée par les ministères", ImportColumn::Announced},
            {"Date estimée", ImportColumn::Announced},
            {"Échéance annoncée", ImportColumn::Announced},
            {"Échéance", ImportColumn::Announced},
            {"Trimestre annoncé", ImportColumn::Announced},
            {"Announced quarter", ImportColumn::Announced},
            {"URL", ImportColumn::Url},
            {"Lien", ImportColumn::Url},
            {"Last Modified", ImportColumn::LastModified},
            {"Dernière modification", ImportColumn::LastModified},
            {"Date de modification", ImportColumn::LastModified},
            {"Updated at", ImportColumn::LastModified},
            {"Date d'ouverture effective", ImportColumn::EffectiveDate},
            {"Date d'ouverture", ImportColumn::EffectiveDate},
            {"Date effective", ImportColumn::EffectiveDate},
            {"Effective date", ImportColumn::EffectiveDate},
            {"Échéance initiale", ImportColumn::FirstAnnounced},
            {"Première échéance", ImportColumn::FirstAnnounced},
            {"First announced quarter", ImportColumn::FirstAnnounced},
            {"Commentaire", ImportColumn::Comment},
            {"Commentaires", ImportColumn::Comment},
            {"Comment", ImportColumn::Comment},
            {"Description", ImportColumn::Description},
        };
        QHash<QString, ImportColumn> map;
        for (const auto &[text, column] : list)
            map.insert(TextFold::fold(QString::fromUtf8(text)), column);
        return map;
    }();
    return headers;
}

} // namespace

std::optional<ImportColumn> HeaderMapping::recognize(const QString &header)
{
    const auto &known = knownHeaders();
    const auto it = known.constFind(TextFold::fold(header));
    if (it == known.constEnd())
        return std::nullopt;
    return *it;
}

QString HeaderMapping::expectedHeader(ImportColumn column)
{
    switch (column) {
    case ImportColumn::Kind:
        return QStringLiteral("Données, API ou code source");
    case ImportColumn::Title:
        return QStringLiteral("Données, API, Codes sources concernés");
    case ImportColumn::Ministry:
        return QStringLiteral("Ministère");
    case ImportColumn::Status:
        return QStringLiteral("État d'avancement");
    case ImportColumn::Announced:
        return QStringLiteral("Échéance annoncée par les ministères");
    case ImportColumn::Url:
        return QStringLiteral("URL");
    case ImportColumn::LastModified:
        return QStringLiteral("Last Modified");
    case ImportColumn::EffectiveDate:
        return QStringLiteral("Date d'ouverture effective");
    case ImportColumn::FirstAnnounced:
        return QStringLiteral("Échéance initiale");
    case ImportColumn::Comment:
        return QStringLiteral("Commentaire");
    case ImportColumn::Description:
        return QStringLiteral("Description");
    }
    return {};
}

bool HeaderMapping::isRequired(ImportColumn column)
{
    switch (column) {
    case ImportColumn::Kind:
    case ImportColumn::Title:
    case ImportColumn::Ministry:
    case ImportColumn::Status:
    case ImportColumn::Announced:
        return true;
    default:
        return false;
    }
}

HeaderMapping HeaderMapping::fromHeaders(const QStringList &headers)
{
    HeaderMapping mapping;
    mapping.m_headers = headers;
    mapping.m_index.fill(-1);
    for (int i = 0; i < headers.size(); ++i) {
        const QString &text = headers.at(i);
        if (text.trimmed().isEmpty())
            continue; // trailing separators of spreadsheet exports
        const auto column = recognize(text);
        if (!column)
            mapping.m_unknown.append(text.trimmed());
        else if (mapping.m_index[size_t(*column)] >= 0)
            mapping.m_duplicates.append(text.trimmed());
        else
            mapping.m_index[size_t(*column)] = i;
    }
    return mapping;
}

QString HeaderMapping::header(ImportColumn column) const
{
    const int i = index(column);
    return i >= 0 ? m_headers.at(i).trimmed() : expectedHeader(column);
}

QVector<ImportColumn> HeaderMapping::missingRequired() const
{
    QVector<ImportColumn> missing;
    for (int c = 0; c < columnCount; ++c) {
        const auto column = ImportColumn(c);
        if (isRequired(column) && !has(column))
            missing.append(column);
    }
    return missing;
}
