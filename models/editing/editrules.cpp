#include "editrules.h"

#include <QCoreApplication>
#include <QDate>
#include <QUrl>

namespace {

// Messages of this file, in the context of the table's model where users meet them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OpeningsTableModel)
};

} // namespace

namespace EditRules {

bool checkUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return true;
    const QUrl url(trimmed, QUrl::StrictMode);
    if (url.isValid() && !url.host().isEmpty() &&
        (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
        return true;
    if (error)
        *error = Text::tr("“%1” is not a web address (http:// or https://).").arg(trimmed);
    return false;
}

std::optional<QVariant> storedValue(Field field, const QVariant &value, QString *error)
{
    switch (field) {
    case Field::Announced:
    case Field::FirstAnnounced:
        if (value.userType() == QMetaType::QString) {
            QString parseError;
            const Quarter q = Quarter::parse(value.toString(), &parseError);
            if (!parseError.isEmpty()) {
                if (error)
                    *error = parseError;
                return std::nullopt;
            }
            return q.isValid() ? QVariant(q.key()) : QVariant();
        }
        return value;
    case Field::EffectiveDate: {
        const QDate d = value.userType() == QMetaType::QDate
                            ? value.toDate()
                            : QDate::fromString(value.toString(), Qt::ISODate);
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
    }
    case Field::Url:
        if (!checkUrl(value.toString(), error))
            return std::nullopt;
        return QVariant(value.toString().trimmed());
    default:
        return value;
    }
}

FieldValues changes(const Opening &current, Field field, const QVariant &stored)
{
    FieldValues values{{field, stored}};
    if (field == Field::EffectiveDate && !stored.isNull() && !current.isOpened())
        values.append({Field::Status, Domain::statusCode(Status::Available)});
    return values;
}

} // namespace EditRules
