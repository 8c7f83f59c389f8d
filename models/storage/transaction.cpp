#include "transaction.h"

#include "database.h"

#include <QSqlError>

Transaction::Transaction(Database &db, Mode mode) : m_db(db)
{
    switch (mode) {
    case Mode::Write:
        m_active = db.beginWrite(&m_error);
        break;
    case Mode::Plain:
    case Mode::ReadSnapshot:
        m_active = db.transaction();
        if (!m_active)
            m_error = db.connection().lastError().text();
        break;
    }
    if (m_active && mode == Mode::ReadSnapshot && db.backend() == Database::Backend::PostgreSQL)
        db.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"));
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit(QString *error)
{
    if (!m_active) {
        if (error)
            *error = m_error;
        return false;
    }
    m_active = false;
    return m_db.commit(error);
}

void Transaction::rollback()
{
    if (m_active)
        m_db.rollback();
    m_active = false;
}
