#pragma once

#include "quarter.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// What was announced: a dataset, an API or a source code.
enum class Kind { Dataset, Api, SourceCode };

// Where an opening stands. Available and UpdateRequired count as opened.
enum class Status { Available, UpdateRequired, InProgress, Planned, NotAvailable, Abandoned };

namespace Domain {

QVector<Kind> allKinds();
QVector<Status> allStatuses();

// Stable codes stored in the database and files of the application.
QString kindCode(Kind kind);
QString statusCode(Status status);
std::optional<Kind> kindFromCode(const QString &code);
std::optional<Status> statusFromCode(const QString &code);

// Labels in the application language ("Données", "API", "Code source").
QString kindLabel(Kind kind);
QString statusLabel(Status status);
// The French labels of the published table, whatever the application language.
QString kindPublishedLabel(Kind kind);
QString statusPublishedLabel(Status status);

// Tolerant matching of what files in the wild say, ignoring case and accents.
std::optional<Kind> parseKind(const QString &text);
std::optional<Status> parseStatus(const QString &text);

inline bool isOpened(Status s)
{
    return s == Status::Available || s == Status::UpdateRequired;
}

// The statuses that count as opened (available, update required), or the others.
QVector<Status> statusesWhere(bool opened);

} // namespace Domain

// One announced item of the tracking table.
struct Opening
{
    qint64 id = 0;
    qint64 ministryId = 0;
    QString ministry; // display name, filled when read
    Kind kind = Kind::Dataset;
    QString title;
    QString description;
    QString url;
    Quarter announced;
    Quarter firstAnnounced;
    QDate effectiveDate;
    Status status = Status::Planned;
    QString comment;
    QDateTime updatedAt;
    QString updatedBy;
    int version = 1;

    bool isOpened() const { return Domain::isOpened(status); }
    // Neither opened nor abandoned, and announced before the reference quarter.
    bool isOverdue(const QDate &reference) const;
};

// The editable fields of an opening, as named in the change log.
enum class Field {
    Ministry,
    Kind,
    Title,
    Description,
    Url,
    Announced,
    FirstAnnounced,
    EffectiveDate,
    Status,
    Comment,
};

namespace Domain {
QString fieldCode(Field field);
QString fieldLabel(Field field);
QVector<Field> allFields();
// The value of a field in its stored form (ministry id, codes, quarter keys, ISO dates).
QVariant fieldValue(const Opening &opening, Field field);
// Sets a field from its stored form; returns false if the value is not acceptable.
bool setFieldValue(Opening &opening, Field field, const QVariant &value);
// Human readable text of a stored value, for the change log.
QString fieldDisplay(Field field, const QVariant &value);
// A field of an opening as one line of text in the application language (labels for
// codes, "T3 2021", short dates, line breaks as spaces), for tables and lists.
QString fieldText(const Opening &opening, Field field);
} // namespace Domain

struct Ministry
{
    qint64 id = 0;
    QString name;
    QStringList aliases;
};
