#pragma once

#include "database.h"
#include "domain.h"
#include "editconflict.h"
#include "editrights.h"
#include "ministrydirectory.h"
#include "openingrepository.h"

#include <QObject>

#include <memory>

class ChangeWatcher;

// The open table as the application sees it: every change to openings goes
// through here, is written at once in the database with its change-log rows,
// and is announced by a signal that item models and views listen to. Changes
// made by other users (other connections) are announced by the same signals.
class Store : public QObject
{
    Q_OBJECT

public:
    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    // A server's password comes from password when given (typed by the user), else
    // from the URL or libpq; needsPassword() tells when the server asked for one.
    bool open(const QString &location, QString *error, const QString &password = QString());
    void close();
    bool isOpen() const;
    bool needsPassword() const { return m_db.needsPassword(); }
    QString location() const;
    Database &database() { return m_db; }
    MinistryDirectory &ministries() { return *m_ministries; }
    const MinistryDirectory &ministries() const { return *m_ministries; }

    // What the connected user may change (everything on an SQLite file).
    const EditRights &rights() const { return m_rights; }
    bool mayEdit(qint64 ministryId) const { return m_rights.mayEdit(ministryId); }

    std::optional<Opening> opening(qint64 id, QString *error = nullptr);
    qint64 count(QString *error = nullptr);

    // Adds an opening (o.id set: restores it under that id, for undo).
    qint64 addOpening(const Opening &o, QString *error);
    // Changes some fields of one opening in one transaction, one log row each, if the
    // stored row is still at expectedVersion: else nothing is written and the result is a
    // Conflict carrying the row as it is now. Setting values it already has writes nothing.
    SaveResult setFields(qint64 id, int expectedVersion, const FieldValues &values);
    // The same on whatever version is stored (scripts, tests): the last writer wins.
    bool setFields(qint64 id, const FieldValues &values, QString *error);
    bool setField(qint64 id, Field field, const QVariant &value, QString *error)
    {
        return setFields(id, {{field, value}}, error);
    }
    bool removeOpening(qint64 id, QString *error);
    QVector<Change> changes(qint64 openingId, QString *error = nullptr);

    qint64 ensureMinistry(const QString &name, QString *error);

    // Called after work done on another connection (an import), to reload caches.
    void reload();
    // Looks now for changes made by other connections (done by itself when a server's
    // notification arrives or the SQLite file changes).
    void checkForChanges();

signals:
    void opened();
    void openingChanged(qint64 id);
    // Rows were added or removed, or many changed at once.
    void openingsReset();
    void ministriesChanged();
    // The ministries the user may edit changed (a grant given or taken back).
    void rightsChanged();

private:
    bool refuseUnlessAllowed(qint64 ministryId, QString *error) const;
    // Sets values on next, one change-log row per field that changes.
    bool applyValues(qint64 id, const FieldValues &values, Opening &next, bool *changed,
                     QString *error);
    SaveResult changedMeanwhile(const Opening &read, const Opening &next);
    Opening asStored(Opening saved) const;
    void reloadMinistries();
    void reloadRights();
    void onOthersUpdated(const QList<qint64> &ids);
    void onOthersReset();

    Database m_db;
    std::unique_ptr<MinistryDirectory> m_ministries;
    std::unique_ptr<OpeningRepository> m_repository;
    std::unique_ptr<ChangeWatcher> m_watcher;
    EditRights m_rights;
};
