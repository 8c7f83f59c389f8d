#include "importrowparser.h"

#include "openingrepository.h"
#include "tablecolumns.h"
#include "textfold.h"

#include <QCoreApplication>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

// Caches stop growing past this: a column of free text would otherwise keep
// every distinct cell of a big file.
constexpr int maxCached = 4096;

// Reads up to maxDigits digits at pos; -1 when there are fewer than minDigits.
int number(const QString &text, qsizetype &pos, int minDigits, int maxDigits)
{
    int value = 0;
    int digits = 0;
    while (pos < text.size() && digits < maxDigits && text.at(pos).isDigit()) {
        value = value * 10 + text.at(pos).digitValue();
        ++pos;
        ++digits;
    }
    return digits >= minDigits ? value : -1;
}

bool separatorAt(const QString &text, qsizetype &pos, QChar a, QChar b = QChar())
{
    if (pos < text.size() && (text.at(pos) == a || (!b.isNull() && text.at(pos) == b))) {
        ++pos;
        return true;
    }
    return false;
}

// QString::trimmed() and simplified() copy and scan; most cells need
// neither, which a look at their ends (and spaces) tells.
bool isSpace(QChar c)
{
    return c.isSpace();
}

QString trimmedCell(const QString &text)
{
    if (text.isEmpty() || (!isSpace(text.front()) && !isSpace(text.back())))
        return text;
    return text.trimmed();
}

QString simplifiedCell(const QString &text)
{
    bool lastWasSpace = true; // a leading space needs simplifying
    for (const QChar c : text) {
        if (c == QLatin1Char(' ')) {
            if (lastWasSpace)
                return text.simplified();
            lastWasSpace = true;
        } else if (isSpace(c)) {
            return text.simplified();
        } else {
            lastWasSpace = false;
        }
    }
    if (lastWasSpace && !text.isEmpty())
        return text.simplified();
    return text;
}

QString expectedKinds()
{
    QStringList names;
    for (Kind k : Domain::allKinds())
        names << Domain::kindPublishedLabel(k);
    return names.join(QLatin1String(", "));
}

QString expectedStatuses()
{
    QStringList names;
    for (Status s : Domain::allStatuses())
        names << Domain::statusPublishedLabel(s);
    return names.join(QLatin1String(", "));
}

} // namespace

ImportRowParser::ImportRowParser(const HeaderMapping &mapping, const QString &file)
    : m_mapping(mapping), m_file(file)
{
}

bool ImportRowParser::isBlank(const QStringList &fields)
{
    for (const QString &f : fields)
        if (!trimmedCell(f).isEmpty())
            return false;
    return true;
}

QString ImportRowParser::unescapeCell(const QString &text)
{
    if (text.size() >= 2 && text.at(0) == QLatin1Char('\'') &&
        TableColumns::needsFormulaEscape(QStringView(text).mid(1)))
        return text.mid(1);
    return text;
}

std::optional<QDate> ImportRowParser::parseDate(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return QDate();
    // Spreadsheets sometimes add a midnight time to a date cell.
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space > 0)
        text.truncate(space);
    qsizetype pos = 0;
    int year = -1, month = -1, day = -1;
    if (text.size() >= 4 && text.at(2).isDigit() && text.at(3).isDigit() && text.at(1).isDigit()) {
        // yyyy-mm-dd
        year = number(text, pos, 4, 4);
        if (!separatorAt(text, pos, QLatin1Char('-')))
            return std::nullopt;
        month = number(text, pos, 1, 2);
        if (!separatorAt(text, pos, QLatin1Char('-')))
            return std::nullopt;
        day = number(text, pos, 1, 2);
        if (pos < text.size() && text.at(pos) == QLatin1Char('T'))
            pos = text.size(); // an ISO time part
    } else {
        // dd/mm/yyyy (French), also with "." or "-"
        day = number(text, pos, 1, 2);
        if (!separatorAt(text, pos, QLatin1Char('/'), QLatin1Char('.')) &&
            !separatorAt(text, pos, QLatin1Char('-')))
            return std::nullopt;
        month = number(text, pos, 1, 2);
        if (!separatorAt(text, pos, QLatin1Char('/'), QLatin1Char('.')) &&
            !separatorAt(text, pos, QLatin1Char('-')))
            return std::nullopt;
        year = number(text, pos, 4, 4);
    }
    if (pos != text.size() || year < 0 || month < 0 || day < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QDateTime> ImportRowParser::parseTimestamp(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return QDateTime();
    if (text.size() >= 10 && text.at(4) == QLatin1Char('-')) {
        // ISO 8601; without a zone it is local time, as ISO says.
        const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!when.isValid())
            return std::nullopt;
        return when.toUTC();
    }
    // French Excel: "20/09/2021 00:45" (seconds optional), local time.
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    const auto date = parseDate(space > 0 ? text.left(space) : text);
    if (!date || !date->isValid())
        return std::nullopt;
    QTime time(0, 0);
    if (space > 0) {
        const QString clock = text.mid(space + 1).trimmed();
        time =
            QTime::fromString(clock, clock.count(QLatin1Char(':')) == 2 ? QStringLiteral("H:mm:ss")
                                                                        : QStringLiteral("H:mm"));
        if (!time.isValid())
            return std::nullopt;
    }
    return QDateTime(*date, time, Qt::LocalTime).toUTC();
}

QString ImportRowParser::cell(const QStringList &fields, TableColumn column) const
{
    const int i = m_mapping.index(column);
    if (i < 0 || i >= fields.size())
        return QString();
    return m_excelDialect ? unescapeCell(trimmedCell(fields.at(i))) : trimmedCell(fields.at(i));
}

void ImportRowParser::addIssue(ImportIssues &list, int row, TableColumn column, const QString &text,
                               const QString &message) const
{
    list.add(ImportIssue{m_file, row, m_mapping.header(column), text, message, {}});
}

std::optional<Quarter> ImportRowParser::quarter(const QString &text, QString *error)
{
    auto it = m_quarters.constFind(text);
    if (it == m_quarters.constEnd()) {
        QString parseError;
        const Quarter q = Quarter::parse(text, &parseError);
        if (m_quarters.size() >= maxCached) {
            *error = parseError;
            return q.isValid() ? std::optional<Quarter>(q) : std::nullopt;
        }
        it = m_quarters.insert(text, {q, parseError});
    }
    *error = it->second;
    if (!it->first.isValid())
        return std::nullopt;
    return it->first;
}

bool ImportRowParser::parse(const QStringList &fields, int row, ImportRow &out,
                            ImportIssues &errors, ImportIssues &warnings)
{
    const int errorsBefore = errors.count;
    out = ImportRow();
    out.row = row;
    Opening &o = out.opening;
    readNames(fields, row, o, errors);
    readKind(fields, row, o, errors);
    const bool statusKnown = readStatus(fields, row, o, errors);
    readQuarters(fields, row, out, errors, warnings);
    readDates(fields, row, o, statusKnown, errors, warnings);
    o.url = cell(fields, TableColumn::Url);
    o.comment = cell(fields, TableColumn::Comment);
    o.description = cell(fields, TableColumn::Description);
    return errors.count == errorsBefore;
}

void ImportRowParser::readNames(const QStringList &fields, int row, Opening &o,
                                ImportIssues &errors) const
{
    o.title = cell(fields, TableColumn::Title);
    if (o.title.isEmpty())
        addIssue(errors, row, TableColumn::Title, QString(), Text::tr("the title is empty"));

    o.ministry = simplifiedCell(cell(fields, TableColumn::Ministry));
    if (o.ministry.isEmpty())
        addIssue(errors, row, TableColumn::Ministry, QString(), Text::tr("the ministry is empty"));
}

void ImportRowParser::readKind(const QStringList &fields, int row, Opening &o, ImportIssues &errors)
{
    const QString kindText = cell(fields, TableColumn::Kind);
    auto kind = m_kinds.constFind(kindText);
    if (kind == m_kinds.constEnd())
        kind = m_kinds.insert(kindText, Domain::parseKind(kindText));
    if (*kind)
        o.kind = **kind;
    else if (kindText.isEmpty())
        addIssue(errors, row, TableColumn::Kind, kindText,
                 Text::tr("the kind is empty (expected %1)").arg(expectedKinds()));
    else
        addIssue(errors, row, TableColumn::Kind, kindText,
                 Text::tr("unknown kind “%1” (expected %2)").arg(kindText, expectedKinds()));
}

bool ImportRowParser::readStatus(const QStringList &fields, int row, Opening &o,
                                 ImportIssues &errors)
{
    const QString statusText = cell(fields, TableColumn::Status);
    auto status = m_statuses.constFind(statusText);
    if (status == m_statuses.constEnd())
        status = m_statuses.insert(statusText, Domain::parseStatus(statusText));
    if (*status)
        o.status = **status;
    else if (statusText.isEmpty())
        addIssue(errors, row, TableColumn::Status, statusText,
                 Text::tr("the status is empty (expected %1)").arg(expectedStatuses()));
    else
        addIssue(errors, row, TableColumn::Status, statusText,
                 Text::tr("unknown status “%1” (expected %2)").arg(statusText, expectedStatuses()));
    return status->has_value();
}

void ImportRowParser::readQuarters(const QStringList &fields, int row, ImportRow &out,
                                   ImportIssues &errors, ImportIssues &warnings)
{
    Opening &o = out.opening;
    QString quarterError;
    const QString announcedText = cell(fields, TableColumn::Announced);
    if (announcedText.isEmpty()) {
        addIssue(warnings, row, TableColumn::Announced, announcedText,
                 Text::tr("no announced quarter"));
    } else if (const auto q = quarter(announcedText, &quarterError)) {
        o.announced = *q;
    } else {
        addIssue(errors, row, TableColumn::Announced, announcedText, quarterError);
    }

    const QString firstText = cell(fields, TableColumn::FirstAnnounced);
    if (!firstText.isEmpty()) {
        if (const auto q = quarter(firstText, &quarterError)) {
            o.firstAnnounced = *q;
            out.firstAnnouncedGiven = true;
        } else {
            addIssue(errors, row, TableColumn::FirstAnnounced, firstText, quarterError);
        }
    }
    if (!out.firstAnnouncedGiven)
        o.firstAnnounced = o.announced;
}

void ImportRowParser::readDates(const QStringList &fields, int row, Opening &o, bool statusKnown,
                                ImportIssues &errors, ImportIssues &warnings) const
{
    const QString dateText = cell(fields, TableColumn::EffectiveDate);
    if (const auto date = parseDate(dateText)) {
        o.effectiveDate = *date;
        // Kept as the file states it; the preview shows it for a second look.
        if (date->isValid() && !Domain::isOpened(o.status) && statusKnown)
            addIssue(warnings, row, TableColumn::EffectiveDate, dateText,
                     Text::tr("an effective date on an item whose status is “%1”")
                         .arg(Domain::statusPublishedLabel(o.status)));
    } else {
        addIssue(errors, row, TableColumn::EffectiveDate, dateText,
                 Text::tr("“%1” is not a date (expected dd/mm/yyyy or yyyy-mm-dd)").arg(dateText));
    }

    const QString modifiedText = cell(fields, TableColumn::LastModified);
    if (const auto when = parseTimestamp(modifiedText)) {
        o.updatedAt = *when;
    } else {
        addIssue(errors, row, TableColumn::LastModified, modifiedText,
                 Text::tr("“%1” is not a date and time (expected 2021-09-20T00:45:00.000Z or "
                          "20/09/2021 00:45)")
                     .arg(modifiedText));
    }
}
