#include "xlsxexpectations.h"

#include "progress.h"

#include <QJsonObject>
#include <QLocale>

namespace {

const QLocale &french()
{
    static const QLocale locale(QLocale::French, QLocale::France);
    return locale;
}

QJsonArray withCounts(QJsonArray row, const ProgressCounts &c)
{
    row << c.announced << c.opened << c.onTime << c.lateOpened << c.openedUndated << c.overdue
        << c.planned << c.abandoned;
    const int dated = c.onTime + c.lateOpened;
    row << (dated > 0
                ? QJsonValue(QJsonObject{{"number", double(c.onTime) / dated}, {"format", "0.0%"}})
                : QJsonValue());
    return row;
}

} // namespace

namespace XlsxExpectations {

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonArray openingsHeader()
{
    return {"Ministère",
            "Type",
            "Titre",
            "Description",
            "Échéance annoncée",
            "Échéance initiale",
            "Date d'ouverture effective",
            "État d'avancement",
            "URL",
            "Commentaire",
            "Dernière modification"};
}

QJsonArray row(const Opening &o)
{
    const QJsonValue effective =
        o.effectiveDate.isValid()
            ? QJsonValue(QJsonObject{{"date", o.effectiveDate.toString(Qt::ISODate)}})
            : QJsonValue();
    const QJsonValue updated = QJsonObject{
        {"datetime", o.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))}};
    return {text(o.ministry),
            Domain::kindPublishedLabel(o.kind),
            text(o.title),
            text(o.description),
            text(o.announced.display(french())),
            text(o.firstAnnounced.display(french())),
            effective,
            Domain::statusPublishedLabel(o.status),
            text(o.url),
            text(o.comment),
            updated};
}

QJsonArray summaryTables(const QString &sheet, const Progress &p)
{
    QJsonArray ministryRows;
    for (const MinistryProgress &m : p.byMinistry)
        ministryRows.append(withCounts({m.ministry}, m.counts));
    ministryRows.append(withCounts({"Total"}, p.totals));
    QJsonArray quarterRows;
    for (const QuarterProgress &q : p.byQuarter)
        quarterRows.append(QJsonArray{q.quarter.display(french()), q.announced, q.effective,
                                      q.cumulativeAnnounced, q.cumulativeEffective});
    const QJsonArray ministryHeader{"Ministère",
                                    "Annoncées",
                                    "Ouvertes",
                                    "Ouvertes dans les délais",
                                    "Ouvertes en retard",
                                    "Ouvertes sans date",
                                    "En retard (non ouvertes)",
                                    "Planifiées",
                                    "Abandonnées",
                                    "Taux d'ouverture dans les délais"};
    const QJsonArray quarterHeader{"Trimestre", "Annoncées", "Ouvertes", "Cumul annoncées",
                                   "Cumul ouvertes"};
    return {QJsonObject{{"sheet", sheet}, {"header", ministryHeader}, {"rows", ministryRows}},
            QJsonObject{{"sheet", sheet}, {"header", quarterHeader}, {"rows", quarterRows}}};
}

} // namespace XlsxExpectations
