#include "openingstablecolumns.h"

#include "openingstablemodel.h"

#include <QCoreApplication>

namespace {

// The headers belong to the table model's translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OpeningsTableModel)
};

using M = OpeningsTableModel;

} // namespace

namespace OpeningsTableColumns {

Field field(int column, bool *ok)
{
    if (ok)
        *ok = true;
    switch (column) {
    case M::TitleColumn:
        return Field::Title;
    case M::MinistryColumn:
        return Field::Ministry;
    case M::KindColumn:
        return Field::Kind;
    case M::AnnouncedColumn:
        return Field::Announced;
    case M::EffectiveDateColumn:
        return Field::EffectiveDate;
    case M::StatusColumn:
        return Field::Status;
    case M::UrlColumn:
        return Field::Url;
    case M::CommentColumn:
        return Field::Comment;
    default:
        if (ok)
            *ok = false;
        return Field::Title;
    }
}

int column(Field f)
{
    for (int c = 0; c < M::ColumnCount; ++c) {
        bool ok = false;
        if (field(c, &ok) == f && ok)
            return c;
    }
    return -1;
}

OpeningOrder::Key sortKey(int column)
{
    switch (column) {
    case M::TitleColumn:
        return OpeningOrder::Key::Title;
    case M::MinistryColumn:
        return OpeningOrder::Key::Ministry;
    case M::KindColumn:
        return OpeningOrder::Key::Kind;
    case M::AnnouncedColumn:
        return OpeningOrder::Key::Announced;
    case M::EffectiveDateColumn:
        return OpeningOrder::Key::EffectiveDate;
    case M::StatusColumn:
        return OpeningOrder::Key::Status;
    case M::UrlColumn:
        return OpeningOrder::Key::Url;
    case M::CommentColumn:
        return OpeningOrder::Key::Comment;
    case M::LastChangeColumn:
        return OpeningOrder::Key::UpdatedAt;
    default:
        return OpeningOrder::Key::Id;
    }
}

QVariant header(int column, int role)
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case M::TitleColumn:
        return Text::tr("Title");
    case M::MinistryColumn:
        return Text::tr("Ministry");
    case M::KindColumn:
        return Text::tr("Kind");
    case M::AnnouncedColumn:
        return role == Qt::ToolTipRole ? Text::tr("Quarter announced by the ministry")
                                       : Text::tr("Announced");
    case M::EffectiveDateColumn:
        return role == Qt::ToolTipRole ? Text::tr("Date the item was effectively opened")
                                       : Text::tr("Opened on");
    case M::StatusColumn:
        return Text::tr("Status");
    case M::UrlColumn:
        return Text::tr("URL");
    case M::CommentColumn:
        return Text::tr("Comment");
    case M::LastChangeColumn:
        return Text::tr("Last change");
    }
    return {};
}

} // namespace OpeningsTableColumns
