#include "headermapping.h"

#include "textfold.h"

#include <QHash>

namespace {

// Folded header -> column: the published and application headers
// (TableColumns::publishedHeader), then the later editions' headers, synonyms seen in
// hand-made files and English labels.
const QHash<QString, TableColumn> &knownHeaders()
{
    static const QHash<QString, TableColumn> headers = [] {
        const std::pair<const char *, TableColumn> synonyms[] = {
            {"Type", TableColumn::Kind},
            {"Nature", TableColumn::Kind},
            {"Kind", TableColumn::Kind},
            {"Titre", TableColumn::Title},
            {"Intitulé", TableColumn::Title},
            {"Title", TableColumn::Title},
            {"Producteur", TableColumn::Ministry},
            {"Ministry", TableColumn::Ministry},
            {"Statut", TableColumn::Status},
            {"État", TableColumn::Status},
            {"Status", TableColumn::Status},
            {"Date estimée", TableColumn::Announced},
            {"Échéance annoncée", TableColumn::Announced},
            {"Échéance", TableColumn::Announced},
            {"Trimestre annoncé", TableColumn::Announced},
            {"Announced quarter", TableColumn::Announced},
            {"Lien", TableColumn::Url},
            {"Dernière modification", TableColumn::LastModified},
            {"Date de modification", TableColumn::LastModified},
            {"Updated at", TableColumn::LastModified},
            {"Date d'ouverture", TableColumn::EffectiveDate},
            {"Date effective", TableColumn::EffectiveDate},
            {"Effective date", TableColumn::EffectiveDate},
            {"Première échéance", TableColumn::FirstAnnounced},
            {"First announced quarter", TableColumn::FirstAnnounced},
            {"Commentaires", TableColumn::Comment},
            {"Comment", TableColumn::Comment},
        };
        QHash<QString, TableColumn> map;
        for (TableColumn column : TableColumns::all())
            map.insert(TextFold::fold(TableColumns::publishedHeader(column)), column);
        for (const auto &[text, column] : synonyms)
            map.insert(TextFold::fold(QString::fromUtf8(text)), column);
        return map;
    }();
    return headers;
}

} // namespace

std::optional<TableColumn> HeaderMapping::recognize(const QString &header)
{
    const auto &known = knownHeaders();
    const auto it = known.constFind(TextFold::fold(header));
    if (it == known.constEnd())
        return std::nullopt;
    return *it;
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

QString HeaderMapping::header(TableColumn column) const
{
    const int i = index(column);
    return i >= 0 ? m_headers.at(i).trimmed() : TableColumns::publishedHeader(column);
}

QVector<TableColumn> HeaderMapping::missingRequired() const
{
    QVector<TableColumn> missing;
    for (TableColumn column : TableColumns::all())
        if (TableColumns::isRequired(column) && !has(column))
            missing.append(column);
    return missing;
}

QVector<Field> HeaderMapping::statedFields() const
{
    QVector<Field> fields;
    for (TableColumn column : TableColumns::all()) {
        const std::optional<Field> field = TableColumns::field(column);
        if (field && has(column) && !TableColumns::isRequired(column))
            fields << *field;
    }
    return fields;
}
