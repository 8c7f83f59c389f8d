#pragma once

#include <QAbstractItemModelTester>
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class Store;

// Shared by the test executables: sample files, fresh temporary tables on the
// backend the run is for, and warnings turned into failures.
namespace TestSupport {

// A file of tests/data.
QString dataFile(const QString &name);
// The first size bytes of a file (empty when it cannot be read), and its count of '\n'
// (-1 when it cannot be read).
QByteArray fileHead(const QString &path, int size);
int lineCount(const QString &path);
// The text of a PDF through pdftotext (poppler-utils), whitespace folded and
// compatibility forms (ligatures) decomposed; empty when the tool is missing.
QString pdfText(const QString &pdf);
bool havePdfToText();
// For GUI tests: the test's settings go to settingsDir (INI files), never to the user's,
// and the offscreen platform's notices (window size hints, raising a window), which have
// nothing to do with the application, are dropped before failOnWarnings() sees them.
void isolateGuiTest(const QString &settingsDir, const char *testName);
// Imports the extended sample (tests/data/suivi-ouvertures-etendu.csv) into a table,
// replacing its content; the error, or an empty string.
QString importExtendedSample(const QString &location);
// Makes every qWarning/qCritical during the current test function a failure.
void failOnWarnings();

// QAbstractItemModelTester on a model from here on, its checks reported through Qt Test:
// a model that breaks its contract (in a reset, a change of data, a row count) fails the
// test function. Keep it while the model is used; destroy it before the model.
class ModelTester : public QAbstractItemModelTester
{
public:
    explicit ModelTester(QAbstractItemModel *model)
        : QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
    }
};

// Where the tables of a test live. A suite registered with BACKENDS in
// tests/CMakeLists.txt runs twice: as <name> on SQLite files and as <name>_pg on
// the private PostgreSQL cluster the "pg" fixture starts (SUIVI_TEST_BACKEND).
enum class Backend { SQLite, PostgreSQL };
Backend backend();
bool onPostgres();
// The test cluster's address as its superuser (SUIVI_TEST_PG_URL, else the URL file
// SUIVI_TEST_PG_URL_FILE names); stops the test with a clear message when there is none.
QString clusterUrl();

// A fresh table, removed at scope end: an SQLite file in a temporary folder, or a
// new database on the test cluster (dropped with every connection to it).
class TempTable
{
public:
    TempTable();
    explicit TempTable(Backend backend);
    ~TempTable();
    TempTable(const TempTable &) = delete;
    TempTable &operator=(const TempTable &) = delete;

    // The table's location: a file path or a postgresql:// URL.
    QString path() const { return m_location; }
    QString location() const { return m_location; }
    // A temporary folder for the test's other files (CSV, exports), on both backends.
    QString dir() const { return m_dir.path(); }
    bool isServer() const { return !m_database.isEmpty(); }

    // On a server: the location as another role (created by createRole).
    QString locationAs(const QString &role) const;
    // On a server: creates a login role (no password: the test cluster trusts local
    // connections), dropped with the table. Returns its name, made unique to the run.
    // With a password, the role must give it (a member of suivi_password_users, see
    // tests/pg/pg-cluster.sh).
    QString createRole(const QString &name, const QString &password = QString());
    // Runs one statement as the cluster's superuser on this table's database.
    bool execAsSuperuser(const QString &sql, QString *error = nullptr) const;

private:
    QTemporaryDir m_dir;
    QString m_location;
    QString m_database;
    QStringList m_roles;
};

// A fresh table and the application's store on it, for the tests of what works on a
// store. A test class derives from it beside QObject; init() calls newTable() and
// openStore(), cleanup() tearDown(); the test reaches m_table and m_store. A failed
// step has marked the test function failed (QVERIFY) when it returns.
class StoreFixture
{
public:
    StoreFixture();
    virtual ~StoreFixture();
    StoreFixture(const StoreFixture &) = delete;
    StoreFixture &operator=(const StoreFixture &) = delete;

protected:
    // A new empty table on the backend of the run (the previous one removed).
    void newTable();
    // A new store, open on the table.
    void openStore();
    // The store, then the table.
    virtual void tearDown();

    std::unique_ptr<TempTable> m_table;
    std::unique_ptr<Store> m_store;
};

} // namespace TestSupport

// For a test about the SQLite file itself (its bytes, PRAGMAs, a folder path).
#define SUIVI_SQLITE_ONLY(reason)                                                                  \
    do {                                                                                           \
        if (TestSupport::onPostgres())                                                             \
            QSKIP("SQLite only: " reason);                                                         \
    } while (false)

// For a test of what only a server does (rights, notifications, passwords): it runs as
// the suite's _pg variant.
#define SUIVI_POSTGRES_ONLY(reason)                                                                \
    do {                                                                                           \
        if (!TestSupport::onPostgres())                                                            \
            QSKIP("PostgreSQL only: " reason);                                                     \
    } while (false)

// A test that needs an outside tool (python3-openpyxl, pdftotext, a server):
// skipped on a developer's machine without it, a failure in CI (CI is set),
// where the set-up script installs everything.
#define SUIVI_MISSING_TOOL(message)                                                                \
    do {                                                                                           \
        if (qEnvironmentVariableIsSet("CI"))                                                       \
            QFAIL(message);                                                                        \
        QSKIP(message);                                                                            \
    } while (false)
