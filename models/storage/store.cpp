#include "store.h"

#include "changewatcher.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The ministries with their names, to tell whether a reload changed anything.
QVector<QPair<qint64, QString>> names(const MinistryDirectory &ministries)
{
    QVector<QPair<qint64, QString>> list;
    for (const Ministry &m : ministries.all())
        list.append({m.id, m.name + QLatin1Char('\n') + m.aliases.join(QLatin1Char('\n'))});
    return list;
}

} // namespace

Store::Store(QObject *parent)
    : QObject(parent), m_ministries(std::make_unique<MinistryDirectory>(m_db))
{
}

Store::~Store()
{
    close();
}

bool Store::open(const QString &location, QString *error, const QString &password)
{
    close();
    if (!m_db.open(location, error, password))
        return false;
    m_repository = std::make_unique<OpeningRepository>(m_db);
    const std::optional<EditRights> rights = EditRights::read(m_db, error);
    if (!rights || !m_ministries->load(error)) {
        close();
        return false;
    }
    m_rights = *rights;
    m_watcher = std::make_unique<ChangeWatcher>(m_db);
    connect(m_watcher.get(), &ChangeWatcher::openingsUpdated, this, &Store::onOthersUpdated);
    connect(m_watcher.get(), &ChangeWatcher::openingsReset, this, &Store::onOthersReset);
    connect(m_watcher.get(), &ChangeWatcher::ministriesChanged, this, &Store::reloadMinistries);
    QString watchError;
    if (!m_watcher->start(&watchError))
        qWarning("Other users' changes will not show before reopening: %s", qPrintable(watchError));
    emit opened();
    emit ministriesChanged();
    emit rightsChanged();
    emit openingsReset();
    return true;
}

void Store::close()
{
    m_watcher.reset();
    m_repository.reset();
    m_db.close();
    m_rights = EditRights();
}

bool Store::isOpen() const
{
    return m_db.isOpen();
}

QString Store::location() const
{
    return m_db.location();
}

std::optional<Opening> Store::opening(qint64 id, QString *error)
{
    if (!m_repository)
        return std::nullopt;
    return m_repository->find(id, error);
}

qint64 Store::count(QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM openings")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

bool Store::refuseUnlessAllowed(qint64 ministryId, QString *error) const
{
    if (m_rights.mayEdit(ministryId))
        return false;
    if (error)
        *error =
            m_rights.readOnly()
                ? tr("Your account %1 may read this table but not change it.").arg(m_db.userName())
                : tr("Your account %1 may not change the openings of %2.")
                      .arg(m_db.userName(), m_ministries->name(ministryId));
    return true;
}

qint64 Store::addOpening(const Opening &o, QString *error)
{
    if (!m_repository)
        return 0;
    if (o.title.trimmed().isEmpty()) {
        if (error)
            *error = tr("An opening needs a title.");
        return 0;
    }
    if (refuseUnlessAllowed(o.ministryId, error))
        return 0;
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return 0;
    }
    const qint64 id = m_repository->insert(o, error);
    if (id <= 0 || !m_repository->logChange(id, QStringLiteral("created"), {}, o.title, error) ||
        !transaction.commit(error))
        return 0;
    m_watcher->skipOwnChanges();
    emit openingsReset();
    return id;
}

SaveResult Store::setFields(qint64 id, int expectedVersion, const FieldValues &values)
{
    SaveResult result;
    if (!m_repository) {
        result.error = tr("No table is open.");
        return result;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        result.error = transaction.error();
        return result;
    }
    auto fail = [&](const QString &message) {
        transaction.rollback();
        result.status = SaveResult::Status::Failed;
        result.error = message;
        return result;
    };
    QString error;
    const std::optional<Opening> current = m_repository->find(id, &error);
    if (!current)
        return fail(error.isEmpty()
                        ? tr("The opening %1 no longer exists: another user deleted it.").arg(id)
                        : error);
    if (expectedVersion > 0 && current->version != expectedVersion) {
        transaction.rollback();
        result.status = SaveResult::Status::Conflict;
        result.current = current;
        return result;
    }
    if (refuseUnlessAllowed(current->ministryId, &error))
        return fail(error);

    Opening next = *current;
    bool changed = false;
    if (!applyValues(id, values, next, &changed, &error) ||
        (next.ministryId != current->ministryId && refuseUnlessAllowed(next.ministryId, &error)))
        return fail(error);
    if (!changed) {
        transaction.rollback();
        result.status = SaveResult::Status::Saved;
        result.current = current;
        return result;
    }
    Opening saved;
    const int written = m_repository->update(next, &error, &saved);
    if (written < 0)
        return fail(error);
    if (written == 0) {
        transaction.rollback();
        return changedMeanwhile(*current, next);
    }
    if (!transaction.commit(&error))
        return fail(error);
    m_watcher->skipOwnChanges();
    result.status = SaveResult::Status::Saved;
    result.current = asStored(saved);
    emit openingChanged(id);
    return result;
}

bool Store::applyValues(qint64 id, const FieldValues &values, Opening &next, bool *changed,
                        QString *error)
{
    for (const auto &[field, value] : values) {
        const QVariant oldValue = Domain::fieldValue(next, field);
        if (!Domain::setFieldValue(next, field, value)) {
            *error = tr("“%1” is not a valid value for %2.")
                         .arg(value.toString(), Domain::fieldLabel(field));
            return false;
        }
        const QVariant newValue = Domain::fieldValue(next, field);
        if (oldValue == newValue)
            continue;
        *changed = true;
        if (!m_repository->logChange(id, Domain::fieldCode(field), oldValue, newValue, error))
            return false;
    }
    return true;
}

// Between the read and the write, a server session committed this row (PostgreSQL
// reads committed rows; SQLite held the write lock): a conflict all the same.
SaveResult Store::changedMeanwhile(const Opening &read, const Opening &next)
{
    SaveResult result;
    QString error;
    result.current = m_repository->find(read.id, &error);
    if (result.current && result.current->version != read.version) {
        result.status = SaveResult::Status::Conflict;
        return result;
    }
    result.status = SaveResult::Status::Failed;
    result.error =
        result.current
            ? tr("The server refused to change the opening “%1”.").arg(next.title)
            : tr("The opening %1 no longer exists: another user deleted it.").arg(read.id);
    result.current.reset();
    return result;
}

// The row as written: timestamps kept to the millisecond, as the database holds them.
Opening Store::asStored(Opening saved) const
{
    saved.updatedAt =
        QDateTime::fromString(OpeningRepository::timestamp(saved.updatedAt), Qt::ISODateWithMs);
    saved.ministry = m_ministries->name(saved.ministryId);
    return saved;
}

bool Store::setFields(qint64 id, const FieldValues &values, QString *error)
{
    const SaveResult result = setFields(id, 0, values);
    if (!result.ok() && error)
        *error = result.error;
    return result.ok();
}

bool Store::removeOpening(qint64 id, QString *error)
{
    if (!m_repository)
        return false;
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QString reason;
    const auto current = m_repository->find(id, &reason);
    if (!current) {
        if (error)
            *error = reason.isEmpty()
                         ? tr("The opening %1 no longer exists: another user deleted it.").arg(id)
                         : reason;
        return false;
    }
    if (refuseUnlessAllowed(current->ministryId, error))
        return false;
    // Logged while the row exists: a server logs only changes of rows that do.
    if (!m_repository->logChange(id, QStringLiteral("deleted"), current->title, {}, &reason)) {
        if (error)
            *error = reason;
        return false;
    }
    const int removed = m_repository->remove(id, &reason);
    if (removed == 0)
        reason = tr("The server refused to delete the opening “%1”.").arg(current->title);
    if (removed <= 0 || !transaction.commit(&reason)) {
        if (error)
            *error = reason;
        return false;
    }
    m_watcher->skipOwnChanges();
    emit openingsReset();
    return true;
}

QVector<Change> Store::changes(qint64 openingId, QString *error)
{
    if (!m_repository)
        return {};
    return m_repository->changes(openingId, error);
}

qint64 Store::ensureMinistry(const QString &name, QString *error)
{
    bool created = false;
    const qint64 id = m_ministries->ensure(name, error, &created);
    if (created) {
        // A coordinator's new ministry is one more they may edit.
        reloadRights();
        emit ministriesChanged();
    }
    return id;
}

void Store::reload()
{
    m_ministries->load(nullptr);
    reloadRights();
    emit ministriesChanged();
    emit openingsReset();
}

void Store::checkForChanges()
{
    if (m_watcher)
        m_watcher->check();
}

void Store::reloadRights()
{
    const std::optional<EditRights> rights = EditRights::read(m_db, nullptr);
    if (!rights || (rights->all == m_rights.all && rights->ministries == m_rights.ministries))
        return;
    m_rights = *rights;
    emit rightsChanged();
}

void Store::reloadMinistries()
{
    const auto before = names(*m_ministries);
    m_ministries->load(nullptr);
    reloadRights();
    if (names(*m_ministries) != before)
        emit ministriesChanged();
}

void Store::onOthersUpdated(const QList<qint64> &ids)
{
    // Each announcement makes the views re-read: many at once, one reload is cheaper.
    constexpr int MaxSignalled = 20;
    if (ids.size() > MaxSignalled) {
        emit openingsReset();
        return;
    }
    for (const qint64 id : ids)
        emit openingChanged(id);
}

void Store::onOthersReset()
{
    emit openingsReset();
}
