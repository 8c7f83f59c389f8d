#include "domain.h"

#include "progressrules.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QVariant>

namespace {

// Messages in one translation context that lupdate sees.
struct DomainText
{
    Q_DECLARE_TR_FUNCTIONS(Domain)
};

} // namespace

namespace Domain {

QVector<Kind> allKinds()
{
    return {Kind::Dataset, Kind::Api, Kind::SourceCode};
}

QVector<Status> allStatuses()
{
    return {Status::Available, Status::UpdateRequired, Status::InProgress,
            Status::Planned,   Status::NotAvailable,   Status::Abandoned};
}

QString kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Dataset:
        return QStringLiteral("dataset");
    case Kind::Api:
        return QStringLiteral("api");
    case Kind::SourceCode:
        return QStringLiteral("source_code");
    }
    return {};
}

QString statusCode(Status status)
{
    switch (status) {
    case Status::Available:
        return QStringLiteral("available");
    case Status::UpdateRequired:
        return QStringLiteral("update_required");
    case Status::InProgress:
        return QStringLiteral("in_progress");
    case Status::Planned:
        return QStringLiteral("planned");
    case Status::NotAvailable:
        return QStringLiteral("not_available");
    case Status::Abandoned:
        return QStringLiteral("abandoned");
    }
    return {};
}

std::optional<Kind> kindFromCode(const QString &code)
{
    for (Kind k : allKinds())
        if (kindCode(k) == code)
            return k;
    return std::nullopt;
}

std::optional<Status> statusFromCode(const QString &code)
{
    for (Status s : allStatuses())
        if (statusCode(s) == code)
            return s;
    return std::nullopt;
}

QString kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Dataset:
        return DomainText::tr("Dataset");
    case Kind::Api:
        return DomainText::tr("API");
    case Kind::SourceCode:
        return DomainText::tr("Source code");
    }
    return {};
}

QString statusLabel(Status status)
{
    switch (status) {
    case Status::Available:
        return DomainText::tr("Available");
    case Status::UpdateRequired:
        return DomainText::tr("Update required");
    case Status::InProgress:
        return DomainText::tr("In progress");
    case Status::Planned:
        return DomainText::tr("Planned");
    case Status::NotAvailable:
        return DomainText::tr("Not available");
    case Status::Abandoned:
        return DomainText::tr("Abandoned");
    }
    return {};
}

QString kindPublishedLabel(Kind kind)
{
    switch (kind) {
    case Kind::Dataset:
        return QStringLiteral("Données");
    case Kind::Api:
        return QStringLiteral("API");
    case Kind::SourceCode:
        return QStringLiteral("Code source");
    }
    return {};
}

QString statusPublishedLabel(Status status)
{
    switch (status) {
    case Status::Available:
        return QStringLiteral("Disponible");
    case Status::UpdateRequired:
        return QStringLiteral("Mise à jour requise");
    case Status::InProgress:
        return QStringLiteral("En cours");
    case Status::Planned:
        return QStringLiteral("Planifié");
    case Status::NotAvailable:
        return QStringLiteral("Non disponible");
    case Status::Abandoned:
        return QStringLiteral("Abandonné");
    }
    return {};
}

std::optional<Kind> parseKind(const QString &text)
{
    static const QHash<QString, Kind> names = {
        {QStringLiteral("donnees"), Kind::Dataset},
        {QStringLiteral("donnee"), Kind::Dataset},
        {QStringLiteral("jeu de donnees"), Kind::Dataset},
        {QStringLiteral("jeux de donnees"), Kind::Dataset},
        {QStringLiteral("dataset"), Kind::Dataset},
        {QStringLiteral("data"), Kind::Dataset},
        {QStringLiteral("api"), Kind::Api},
        {QStringLiteral("apis"), Kind::Api},
        {QStringLiteral("code source"), Kind::SourceCode},
        {QStringLiteral("codes sources"), Kind::SourceCode},
        {QStringLiteral("codes source"), Kind::SourceCode},
        {QStringLiteral("code"), Kind::SourceCode},
        {QStringLiteral("source code"), Kind::SourceCode},
        {QStringLiteral("source_code"), Kind::SourceCode},
        {QStringLiteral("logiciel"), Kind::SourceCode},
    };
    const auto it = names.constFind(TextFold::fold(text));
    if (it != names.constEnd())
        return *it;
    return std::nullopt;
}

std::optional<Status> parseStatus(const QString &text)
{
    static const QHash<QString, Status> names = {
        {QStringLiteral("disponible"), Status::Available},
        {QStringLiteral("ouvert"), Status::Available},
        {QStringLiteral("available"), Status::Available},
        {QStringLiteral("mise a jour requise"), Status::UpdateRequired},
        {QStringLiteral("mise a jour necessaire"), Status::UpdateRequired},
        {QStringLiteral("update required"), Status::UpdateRequired},
        {QStringLiteral("update_required"), Status::UpdateRequired},
        {QStringLiteral("en cours"), Status::InProgress},
        {QStringLiteral("in progress"), Status::InProgress},
        {QStringLiteral("in_progress"), Status::InProgress},
        {QStringLiteral("planifie"), Status::Planned},
        {QStringLiteral("prevu"), Status::Planned},
        {QStringLiteral("planned"), Status::Planned},
        {QStringLiteral("non disponible"), Status::NotAvailable},
        {QStringLiteral("indisponible"), Status::NotAvailable},
        {QStringLiteral("not available"), Status::NotAvailable},
        {QStringLiteral("not_available"), Status::NotAvailable},
        {QStringLiteral("abandonne"), Status::Abandoned},
        {QStringLiteral("abandoned"), Status::Abandoned},
    };
    const auto it = names.constFind(TextFold::fold(text));
    if (it != names.constEnd())
        return *it;
    return std::nullopt;
}

QVector<Status> statusesWhere(bool opened)
{
    QVector<Status> list;
    for (Status s : allStatuses())
        if (isOpened(s) == opened)
            list.append(s);
    return list;
}

QVector<Field> allFields()
{
    return {Field::Ministry, Field::Kind,      Field::Title,          Field::Description,
            Field::Url,      Field::Announced, Field::FirstAnnounced, Field::EffectiveDate,
            Field::Status,   Field::Comment};
}

QString fieldCode(Field field)
{
    switch (field) {
    case Field::Ministry:
        return QStringLiteral("ministry");
    case Field::Kind:
        return QStringLiteral("kind");
    case Field::Title:
        return QStringLiteral("title");
    case Field::Description:
        return QStringLiteral("description");
    case Field::Url:
        return QStringLiteral("url");
    case Field::Announced:
        return QStringLiteral("announced");
    case Field::FirstAnnounced:
        return QStringLiteral("first_announced");
    case Field::EffectiveDate:
        return QStringLiteral("effective_date");
    case Field::Status:
        return QStringLiteral("status");
    case Field::Comment:
        return QStringLiteral("comment");
    }
    return {};
}

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::Ministry:
        return DomainText::tr("Ministry");
    case Field::Kind:
        return DomainText::tr("Kind");
    case Field::Title:
        return DomainText::tr("Title");
    case Field::Description:
        return DomainText::tr("Description");
    case Field::Url:
        return DomainText::tr("URL");
    case Field::Announced:
        return DomainText::tr("Announced quarter");
    case Field::FirstAnnounced:
        return DomainText::tr("First announced quarter");
    case Field::EffectiveDate:
        return DomainText::tr("Effective date");
    case Field::Status:
        return DomainText::tr("Status");
    case Field::Comment:
        return DomainText::tr("Comment");
    }
    return {};
}

QVariant fieldValue(const Opening &o, Field field)
{
    switch (field) {
    case Field::Ministry:
        return o.ministryId;
    case Field::Kind:
        return kindCode(o.kind);
    case Field::Title:
        return o.title;
    case Field::Description:
        return o.description;
    case Field::Url:
        return o.url;
    case Field::Announced:
        return o.announced.isValid() ? QVariant(o.announced.key()) : QVariant();
    case Field::FirstAnnounced:
        return o.firstAnnounced.isValid() ? QVariant(o.firstAnnounced.key()) : QVariant();
    case Field::EffectiveDate:
        return o.effectiveDate.isValid() ? QVariant(o.effectiveDate.toString(Qt::ISODate))
                                         : QVariant();
    case Field::Status:
        return statusCode(o.status);
    case Field::Comment:
        return o.comment;
    }
    return {};
}

bool setFieldValue(Opening &o, Field field, const QVariant &value)
{
    switch (field) {
    case Field::Ministry: {
        const qint64 id = value.toLongLong();
        if (id <= 0)
            return false;
        o.ministryId = id;
        return true;
    }
    case Field::Kind: {
        const auto k = kindFromCode(value.toString());
        if (!k)
            return false;
        o.kind = *k;
        return true;
    }
    case Field::Title:
        if (value.toString().trimmed().isEmpty())
            return false;
        o.title = value.toString();
        return true;
    case Field::Description:
        o.description = value.toString();
        return true;
    case Field::Url:
        o.url = value.toString();
        return true;
    case Field::Announced:
        o.announced = value.isNull() ? Quarter() : Quarter::fromKey(value.toInt());
        return true;
    case Field::FirstAnnounced:
        o.firstAnnounced = value.isNull() ? Quarter() : Quarter::fromKey(value.toInt());
        return true;
    case Field::EffectiveDate:
        if (value.isNull() || value.toString().isEmpty()) {
            o.effectiveDate = QDate();
            return true;
        }
        o.effectiveDate = QDate::fromString(value.toString(), Qt::ISODate);
        return o.effectiveDate.isValid();
    case Field::Status: {
        const auto s = statusFromCode(value.toString());
        if (!s)
            return false;
        o.status = *s;
        return true;
    }
    case Field::Comment:
        o.comment = value.toString();
        return true;
    }
    return false;
}

QString fieldDisplay(Field field, const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (field) {
    case Field::Kind:
        if (const auto k = kindFromCode(value.toString()))
            return kindLabel(*k);
        break;
    case Field::Status:
        if (const auto s = statusFromCode(value.toString()))
            return statusLabel(*s);
        break;
    case Field::Announced:
    case Field::FirstAnnounced:
        return Quarter::fromKey(value.toInt()).display();
    default:
        break;
    }
    return value.toString();
}

QString fieldText(const Opening &o, Field field)
{
    switch (field) {
    case Field::Ministry:
        return o.ministry;
    case Field::Kind:
        return kindLabel(o.kind);
    case Field::Title:
        return o.title;
    case Field::Description:
        return QString(o.description).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case Field::Url:
        return o.url;
    case Field::Announced:
        return o.announced.isValid() ? o.announced.display() : QString();
    case Field::FirstAnnounced:
        return o.firstAnnounced.isValid() ? o.firstAnnounced.display() : QString();
    case Field::EffectiveDate:
        return o.effectiveDate.isValid() ? QLocale().toString(o.effectiveDate, QLocale::ShortFormat)
                                         : QString();
    case Field::Status:
        return statusLabel(o.status);
    case Field::Comment:
        return QString(o.comment).replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    return {};
}

} // namespace Domain

bool Opening::isOverdue(const QDate &reference) const
{
    return Rules::isOverdue(*this, reference);
}
