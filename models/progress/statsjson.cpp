#include "statsjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <utility>
#include <vector>

namespace {

using Fields = std::vector<std::pair<const char *, QJsonValue>>;

// One list of (key, value) per object keeps the documented key order; both
// outputs are built from it so they cannot disagree.
Fields ministryFields(const MinistryProgress &m)
{
    const ProgressCounts &c = m.counts;
    return {{"ministry", m.ministry},  {"announced", c.announced},
            {"opened", c.opened},      {"opened_undated", c.openedUndated},
            {"on_time", c.onTime},     {"late_opened", c.lateOpened},
            {"overdue", c.overdue},    {"planned", c.planned},
            {"abandoned", c.abandoned}};
}

Fields quarterFields(const QuarterProgress &q)
{
    return {{"quarter", q.quarter.machineForm()},
            {"announced", q.announced},
            {"effective", q.effective},
            {"cumulative_announced", q.cumulativeAnnounced},
            {"cumulative_effective", q.cumulativeEffective}};
}

Fields ministryQuarterFields(const MinistryQuarterProgress &mq)
{
    return {{"ministry", mq.ministry},
            {"quarter", mq.quarter.machineForm()},
            {"announced", mq.announced},
            {"effective", mq.effective}};
}

QJsonObject object(const Fields &fields)
{
    QJsonObject o;
    for (const auto &[key, value] : fields)
        o.insert(QLatin1String(key), value);
    return o;
}

// A scalar in JSON syntax, escaped by Qt's own writer.
QByteArray scalar(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray inlineObject(const Fields &fields)
{
    QByteArrayList parts;
    for (const auto &[key, value] : fields)
        parts << '"' + QByteArray(key) + "\": " + scalar(value);
    return "{" + parts.join(", ") + "}";
}

template <typename Row, typename MakeFields>
QByteArray array(const QVector<Row> &rows, MakeFields makeFields)
{
    if (rows.isEmpty())
        return "[]";
    QByteArrayList items;
    for (const Row &row : rows)
        items << "    " + inlineObject(makeFields(row));
    return "[\n" + items.join(",\n") + "\n  ]";
}

} // namespace

namespace StatsJson {

QJsonDocument toJson(const Progress &progress)
{
    QJsonArray ministries;
    for (const MinistryProgress &m : progress.byMinistry)
        ministries.append(object(ministryFields(m)));
    QJsonArray quarters;
    for (const QuarterProgress &q : progress.byQuarter)
        quarters.append(object(quarterFields(q)));
    QJsonArray ministryQuarters;
    for (const MinistryQuarterProgress &mq : progress.byMinistryQuarter)
        ministryQuarters.append(object(ministryQuarterFields(mq)));
    QJsonObject root;
    root.insert(QLatin1String("as_of"), progress.asOf.toString(Qt::ISODate));
    root.insert(QLatin1String("total"), progress.total());
    root.insert(QLatin1String("by_ministry"), ministries);
    root.insert(QLatin1String("by_quarter"), quarters);
    root.insert(QLatin1String("by_ministry_quarter"), ministryQuarters);
    return QJsonDocument(root);
}

QByteArray toText(const Progress &progress)
{
    // One row per line: a table of 60 ministries x 20 quarters stays readable
    // and diffable, which a fully indented document would not be.
    QByteArray text = "{\n";
    text += "  \"as_of\": " + scalar(progress.asOf.toString(Qt::ISODate)) + ",\n";
    text += "  \"total\": " + QByteArray::number(progress.total()) + ",\n";
    text += "  \"by_ministry\": " + array(progress.byMinistry, ministryFields) + ",\n";
    text += "  \"by_quarter\": " + array(progress.byQuarter, quarterFields) + ",\n";
    text +=
        "  \"by_ministry_quarter\": " + array(progress.byMinistryQuarter, ministryQuarterFields) +
        "\n";
    text += "}\n";
    return text;
}

} // namespace StatsJson
