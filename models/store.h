#pragma once

#include "database.h"
#include "domain.h"
#include "ministrydirectory.h"
#include "openingrepository.h"

#include <QObject>

#include <memory>

// The open table as the application sees it: every change to openings goes
// through here, is written at once in the database with its change-log rows,
// and is announced by a signal that item models and views listen to.
class Store : public QObject
{
    Q_OBJECT

public:
    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    bool open(const QString &location, QString *error);
    void close();
    bool isOpen() const;
    QString location() const;
    Database &database() { return m_db; }
    MinistryDirectory &ministries() { return *m_ministries; }
    const MinistryDirectory &ministries() const { return *m_ministries; }

    std::optional<Opening> opening(qint64 id, QString *error = nullptr);
    qint64 count(QString *error = nullptr);

    // Adds an opening (o.id set: restores it under that id, for undo).
    qint64 addOpening(const Opening &o, QString *error);
    // Changes some fields of one opening in one transaction, one log row each.
    bool setFields(qint64 id, const QVector<QPair<Field, QVariant>> &values, QString *error);
    bool setField(qint64 id, Field field, const QVariant &value, QString *error)
    {
        return setFields(id, {{field, value}}, error);
    }
    bool removeOpening(qint64 id, QString *error);
    QVector<Change> changes(qint64 openingId, QString *error = nullptr);

    qint64 ensureMinistry(const QString &name, QString *error);

    // Called after work done on another connection (an import), to reload caches.
    void reload();

signals:
    void opened();
    void openingChanged(qint64 id);
    // Rows were added or removed, or many changed at once.
    void openingsReset();
    void ministriesChanged();

private:
    Database m_db;
    std::unique_ptr<MinistryDirectory> m_ministries;
    std::unique_ptr<OpeningRepository> m_repository;
};
