#pragma once

#include "domain.h"

#include <QHash>
#include <QString>
#include <QVector>

class Database;

// The ministries of a table and their aliases, cached. Names and aliases are
// matched ignoring case, accents and spacing, so that a renamed ministry or a
// file spelling it differently maps to one ministry.
class MinistryDirectory
{
public:
    explicit MinistryDirectory(Database &db);

    bool load(QString *error);

    // 0 when neither a name nor an alias matches.
    qint64 find(const QString &nameOrAlias) const;
    // Finds the ministry, or creates it under that name.
    qint64 ensure(const QString &name, QString *error, bool *created = nullptr);
    bool addAlias(qint64 ministryId, const QString &alias, QString *error);
    bool rename(qint64 ministryId, const QString &newName, QString *error);

    QString name(qint64 id) const { return m_names.value(id); }
    // Sorted by name, with their aliases.
    QVector<Ministry> all() const;

    static QString key(const QString &name);

private:
    Database &m_db;
    QHash<qint64, QString> m_names;
    QHash<QString, qint64> m_byKey; // folded names and aliases
    QHash<qint64, QStringList> m_aliases;
};
