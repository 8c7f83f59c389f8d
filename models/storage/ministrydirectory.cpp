#include "ministrydirectory.h"

#include "database.h"
#include "textfold.h"

#include <QCollator>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

MinistryDirectory::MinistryDirectory(Database &db) : m_db(db) {}

QString MinistryDirectory::key(const QString &name)
{
    return TextFold::fold(name);
}

bool MinistryDirectory::load(QString *error)
{
    m_names.clear();
    m_byKey.clear();
    m_aliases.clear();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!m_db.prepare(q, QStringLiteral("SELECT id, name FROM ministries"), error) || !q.exec()) {
        if (error && error->isEmpty())
            *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString name = q.value(1).toString();
        m_names.insert(id, name);
        m_byKey.insert(key(name), id);
    }
    QSqlQuery a(m_db.connection());
    a.setForwardOnly(true);
    if (!a.exec(QStringLiteral("SELECT alias_key, alias, ministry_id FROM ministry_aliases"))) {
        if (error)
            *error = a.lastError().text();
        return false;
    }
    // Canonical names always win: an alias (by its stored key or its text) that
    // would take another ministry's name is ignored, whoever wrote it.
    const QHash<QString, qint64> names = m_byKey;
    auto shadows = [&](const QString &k, qint64 id) {
        const auto it = names.constFind(k);
        return it != names.cend() && it.value() != id;
    };
    while (a.next()) {
        const qint64 id = a.value(2).toLongLong();
        const QString aliasKey = a.value(0).toString();
        const QString alias = a.value(1).toString();
        if (!m_names.contains(id) || shadows(aliasKey, id) || shadows(key(alias), id))
            continue;
        if (!names.contains(aliasKey))
            m_byKey.insert(aliasKey, id);
        m_aliases[id].append(alias);
    }
    return true;
}

qint64 MinistryDirectory::find(const QString &nameOrAlias) const
{
    return m_byKey.value(key(nameOrAlias), 0);
}

qint64 MinistryDirectory::ensure(const QString &name, QString *error, bool *created)
{
    if (created)
        *created = false;
    const QString clean = name.simplified();
    if (clean.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("MinistryDirectory", "the ministry is empty");
        return 0;
    }
    if (const qint64 id = find(clean))
        return id;
    QSqlQuery q(m_db.connection());
    if (!m_db.prepare(q, QStringLiteral("INSERT INTO ministries (name) VALUES (?) RETURNING id"),
                      error))
        return 0;
    q.addBindValue(clean);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return 0;
    }
    const qint64 id = q.value(0).toLongLong();
    m_names.insert(id, clean);
    m_byKey.insert(key(clean), id);
    if (created)
        *created = true;
    return id;
}

bool MinistryDirectory::addAlias(qint64 ministryId, const QString &alias, QString *error)
{
    const QString k = key(alias);
    if (k.isEmpty() || !m_names.contains(ministryId))
        return false;
    if (m_byKey.value(k) == ministryId)
        return true;
    // An alias never takes another ministry's name or alias.
    if (const qint64 other = m_byKey.value(k); other != 0) {
        if (error)
            *error = QCoreApplication::translate("MinistryDirectory",
                                                 "“%1” already names the ministry “%2”")
                         .arg(alias.simplified(), m_names.value(other));
        return false;
    }
    if (!m_db.exec(QStringLiteral("INSERT INTO ministry_aliases (alias_key, alias, ministry_id) "
                                  "VALUES (?, ?, ?)"),
                   {k, alias.simplified(), ministryId}, error))
        return false;
    m_byKey.insert(k, ministryId);
    m_aliases[ministryId].append(alias.simplified());
    return true;
}

bool MinistryDirectory::rename(qint64 ministryId, const QString &newName, QString *error)
{
    const QString oldName = m_names.value(ministryId);
    const QString clean = newName.simplified();
    if (oldName.isEmpty() || clean.isEmpty())
        return false;
    if (!m_db.exec(QStringLiteral("UPDATE ministries SET name = ? WHERE id = ?"),
                   {clean, ministryId}, error))
        return false;
    m_names.insert(ministryId, clean);
    m_byKey.remove(key(oldName));
    m_byKey.insert(key(clean), ministryId);
    // The former name stays an alias, so files carrying it still match.
    return addAlias(ministryId, oldName, error);
}

QVector<Ministry> MinistryDirectory::all() const
{
    QVector<Ministry> list;
    list.reserve(m_names.size());
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        list.append(Ministry{it.key(), it.value(), m_aliases.value(it.key())});
    QCollator collator(QLocale(QLocale::French));
    std::sort(list.begin(), list.end(), [&](const Ministry &a, const Ministry &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return list;
}
