#include "tablecolumns.h"

namespace TableColumns {

QVector<TableColumn> all()
{
    return {TableColumn::Kind,         TableColumn::Title,         TableColumn::Ministry,
            TableColumn::Status,       TableColumn::Announced,     TableColumn::Url,
            TableColumn::LastModified, TableColumn::EffectiveDate, TableColumn::FirstAnnounced,
            TableColumn::Comment,      TableColumn::Description};
}

QString publishedHeader(TableColumn column)
{
    switch (column) {
    case TableColumn::Kind:
        return QStringLiteral("Données, API ou code source");
    case TableColumn::Title:
        return QStringLiteral("Données, API, Codes sources concernés");
    case TableColumn::Ministry:
        return QStringLiteral("Ministère");
    case TableColumn::Status:
        return QStringLiteral("État d'avancement");
    case TableColumn::Announced:
        return QStringLiteral("Échéance annoncée par les ministères");
    case TableColumn::Url:
        return QStringLiteral("URL");
    case TableColumn::LastModified:
        return QStringLiteral("Last Modified");
    case TableColumn::EffectiveDate:
        return QStringLiteral("Date d'ouverture effective");
    case TableColumn::FirstAnnounced:
        return QStringLiteral("Échéance initiale");
    case TableColumn::Comment:
        return QStringLiteral("Commentaire");
    case TableColumn::Description:
        return QStringLiteral("Description");
    }
    return {};
}

bool isRequired(TableColumn column)
{
    switch (column) {
    case TableColumn::Kind:
    case TableColumn::Title:
    case TableColumn::Ministry:
    case TableColumn::Status:
    case TableColumn::Announced:
        return true;
    default:
        return false;
    }
}

std::optional<Field> field(TableColumn column)
{
    switch (column) {
    case TableColumn::Kind:
        return Field::Kind;
    case TableColumn::Title:
        return Field::Title;
    case TableColumn::Ministry:
        return Field::Ministry;
    case TableColumn::Status:
        return Field::Status;
    case TableColumn::Announced:
        return Field::Announced;
    case TableColumn::Url:
        return Field::Url;
    case TableColumn::EffectiveDate:
        return Field::EffectiveDate;
    case TableColumn::FirstAnnounced:
        return Field::FirstAnnounced;
    case TableColumn::Comment:
        return Field::Comment;
    case TableColumn::Description:
        return Field::Description;
    case TableColumn::LastModified:
        break;
    }
    return std::nullopt;
}

bool needsFormulaEscape(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    return startsLikeFormula(text.mid(i));
}

bool startsLikeFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

} // namespace TableColumns
