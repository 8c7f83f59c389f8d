#include "store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

Store::Store(QObject *parent)
    : QObject(parent), m_ministries(std::make_unique<MinistryDirectory>(m_db))
{
}

Store::~Store()
{
    close();
}

bool Store::open(const QString &location, QString *error)
{
    close();
    if (!m_db.open(location, error))
        return false;
    m_repository = std::make_unique<OpeningRepository>(m_db);
    if (!m_ministries->load(error)) {
        close();
        return false;
    }
    emit opened();
    emit ministriesChanged();
    emit openingsReset();
    return true;
}

void Store::close()
{
    m_repository.reset();
    m_db.close();
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

qint64 Store::addOpening(const Opening &o, QString *error)
{
    if (!m_repository)
        return 0;
    if (o.title.trimmed().isEmpty()) {
        if (error)
            *error = tr("An opening needs a title.");
        return 0;
    }
    m_db.transaction();
    const qint64 id = m_repository->insert(o, error);
    if (id <= 0 || !m_repository->logChange(id, QStringLiteral("created"), {}, o.title, error) ||
        !m_db.commit(error)) {
        m_db.rollback();
        return 0;
    }
    emit openingsReset();
    return id;
}

bool Store::setFields(qint64 id, const QVector<QPair<Field, QVariant>> &values, QString *error)
{
    if (!m_repository)
        return false;
    m_db.transaction();
    auto current = m_repository->find(id, error);
    if (!current) {
        m_db.rollback();
        if (error && error->isEmpty())
            *error = tr("The opening %1 no longer exists.").arg(id);
        return false;
    }
    Opening next = *current;
    for (const auto &[field, value] : values) {
        const QVariant oldValue = Domain::fieldValue(*current, field);
        if (!Domain::setFieldValue(next, field, value)) {
            m_db.rollback();
            if (error)
                *error = tr("“%1” is not a valid value for %2.")
                             .arg(value.toString(), Domain::fieldLabel(field));
            return false;
        }
        if (oldValue == Domain::fieldValue(next, field))
            continue;
        if (!m_repository->logChange(id, Domain::fieldCode(field), oldValue,
                                     Domain::fieldValue(next, field), error)) {
            m_db.rollback();
            return false;
        }
    }
    if (!m_repository->update(next, error) || !m_db.commit(error)) {
        m_db.rollback();
        return false;
    }
    emit openingChanged(id);
    return true;
}

bool Store::removeOpening(qint64 id, QString *error)
{
    if (!m_repository)
        return false;
    m_db.transaction();
    const auto current = m_repository->find(id, error);
    if (!current || !m_repository->remove(id, error) ||
        !m_repository->logChange(id, QStringLiteral("deleted"), current->title, {}, error) ||
        !m_db.commit(error)) {
        m_db.rollback();
        return false;
    }
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
    if (created)
        emit ministriesChanged();
    return id;
}

void Store::reload()
{
    m_ministries->load(nullptr);
    emit ministriesChanged();
    emit openingsReset();
}
