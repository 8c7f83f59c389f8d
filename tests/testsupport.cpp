#include "testsupport.h"

#include "importer.h"
#include "store.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThreadPool>
#include <QUrl>

namespace TestSupport {

namespace {

// Runs statements as the cluster's superuser, on a connection opened for them.
bool superuserExec(const QString &database, const QStringList &statements, QString *error)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("suivi-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = true;
    {
        const QUrl url(clusterUrl());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(database.isEmpty() ? url.path().mid(1) : database);
        if (!db.open()) {
            ok = false;
            if (error)
                *error = db.lastError().text();
        }
        for (const QString &sql : statements) {
            if (!ok)
                break;
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                ok = false;
                if (error)
                    *error = sql + QStringLiteral(": ") + q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

// Names unique to this process, so suites running side by side share the cluster.
QString uniqueName(const QString &prefix)
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("%1_%2_%3")
        .arg(prefix)
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

QString dataFile(const QString &name)
{
    return QDir(QStringLiteral(SUIVI_TEST_DATA)).filePath(name);
}

namespace {

QtMessageHandler previousHandler = nullptr;

void dropPlatformNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")) ||
        message.contains(QLatin1String("does not support raise()")))
        return;
    previousHandler(type, context, message);
}

} // namespace

void isolateGuiTest(const QString &settingsDir, const char *testName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("suivi-ouvertures-tests"));
    QCoreApplication::setApplicationName(QString::fromLatin1(testName));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
    if (!previousHandler)
        previousHandler = qInstallMessageHandler(dropPlatformNoise);
}

QString importExtendedSample(const QString &location)
{
    const ImportSummary imported = importFile(
        location, dataFile(QStringLiteral("suivi-ouvertures-etendu.csv")), ImportMode::Replace);
    return imported.ok() ? QString() : imported.error;
}

void failOnWarnings()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

Backend backend()
{
    return qEnvironmentVariable("SUIVI_TEST_BACKEND")
                       .compare(QLatin1String("postgresql"), Qt::CaseInsensitive) == 0
               ? Backend::PostgreSQL
               : Backend::SQLite;
}

bool onPostgres()
{
    return backend() == Backend::PostgreSQL;
}

QString clusterUrl()
{
    QString url = qEnvironmentVariable("SUIVI_TEST_PG_URL").trimmed();
    const QString file = qEnvironmentVariable("SUIVI_TEST_PG_URL_FILE");
    if (url.isEmpty() && !file.isEmpty()) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            url = QString::fromUtf8(f.readAll()).trimmed();
    }
    // Not skipped: a PostgreSQL run without its server is a failure.
    if (url.isEmpty())
        qFatal("No PostgreSQL test cluster: SUIVI_TEST_PG_URL is empty and %s does not hold its "
               "URL (did the pg_cluster_start test fail? see tests/pg/pg-cluster.sh)",
               qPrintable(file.isEmpty() ? QStringLiteral("SUIVI_TEST_PG_URL_FILE") : file));
    return url;
}

TempTable::TempTable() : TempTable(backend()) {}

TempTable::TempTable(Backend backend)
{
    if (backend == Backend::SQLite) {
        m_location = m_dir.filePath(QStringLiteral("table.sqlite"));
        return;
    }
    const QString database = uniqueName(QStringLiteral("suivi_t"));
    QString error;
    if (!superuserExec({}, {QStringLiteral("CREATE DATABASE %1").arg(quoted(database))}, &error))
        qFatal("Cannot create the test database %s on %s: %s", qPrintable(database),
               qPrintable(clusterUrl()), qPrintable(error));
    m_database = database;
    QUrl url(clusterUrl());
    url.setPath(QLatin1Char('/') + database);
    m_location = url.toString();
}

TempTable::~TempTable()
{
    if (m_database.isEmpty())
        return;
    // Background tasks keep a connection per pool thread (WorkerDatabase): ending the
    // threads closes them, rather than the server cutting them under a later test.
    QThreadPool::globalInstance()->waitForDone();
    QStringList statements{
        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted(m_database))};
    for (const QString &role : std::as_const(m_roles))
        statements << QStringLiteral("DROP ROLE IF EXISTS %1").arg(quoted(role));
    QString error;
    if (!superuserExec({}, statements, &error))
        qWarning("Cannot drop the test database %s: %s", qPrintable(m_database), qPrintable(error));
}

QString TempTable::locationAs(const QString &role) const
{
    QUrl url(m_location);
    url.setUserName(role);
    return url.toString();
}

QString TempTable::createRole(const QString &name, const QString &password)
{
    Q_ASSERT(isServer());
    const QString role = uniqueName(name);
    QString sql = QStringLiteral("CREATE ROLE %1 LOGIN").arg(quoted(role));
    if (!password.isEmpty())
        sql += QStringLiteral(" PASSWORD '%1' IN ROLE suivi_password_users")
                   .arg(QString(password).replace(QLatin1Char('\''), QLatin1String("''")));
    QString error;
    if (!superuserExec({}, {sql}, &error))
        qFatal("Cannot create the test role %s: %s", qPrintable(role), qPrintable(error));
    m_roles << role;
    return role;
}

bool TempTable::execAsSuperuser(const QString &sql, QString *error) const
{
    Q_ASSERT(isServer());
    return superuserExec(m_database, {sql}, error);
}

StoreFixture::StoreFixture() = default;

StoreFixture::~StoreFixture() = default;

void StoreFixture::newTable()
{
    m_table.reset();
    m_table = std::make_unique<TempTable>();
}

void StoreFixture::openStore()
{
    QVERIFY(m_table);
    m_store = std::make_unique<Store>();
    QString error;
    QVERIFY2(m_store->open(m_table->location(), &error), qPrintable(error));
}

void StoreFixture::tearDown()
{
    m_store.reset();
    m_table.reset();
}

} // namespace TestSupport

QByteArray TestSupport::fileHead(const QString &path, int size)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(size) : QByteArray();
}

int TestSupport::lineCount(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? int(file.readAll().count('\n')) : -1;
}

QString TestSupport::pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, {pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

bool TestSupport::havePdfToText()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}
