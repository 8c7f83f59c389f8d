#pragma once

#include <QString>

class Database;

// One transaction, committed by commit() or rolled back when the guard goes out
// of scope: the only place of the application that rolls back, so an early
// return or a failure never leaves a transaction open.
class Transaction
{
public:
    enum class Mode {
        Write,        // takes SQLite's write lock at once (Database::beginWrite)
        Plain,        // BEGIN, the lock taken at the first write
        ReadSnapshot, // reads that agree with each other while others write; never commits
    };

    explicit Transaction(Database &db, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when the transaction could not start (error() says why).
    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    // Commits; on failure the transaction is rolled back and *error set.
    bool commit(QString *error = nullptr);
    // Rolls back now (the destructor would), e.g. to leave the connection free at once.
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
    QString m_error;
};
