// Times the XLSX export on a generated table against a bare libxlsxwriter loop
// writing the same cells: bench_xlsx [ROWS (default 1000000)] [WORKDIR]
// The table is generated as CSV (TableGenerator) and imported with the
// importer. Each export runs in a child process so that its peak memory
// (VmHWM, Linux) is its own. Prints seconds, the ratio (target: within 1.3x)
// and peak memory; run by hand, not by CTest.
#include "database.h"
#include "domain.h"
#include "importer.h"
#include "tablegenerator.h"
#include "xlsxexporter.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <xlsxwriter.h>

#include <algorithm>

namespace {

constexpr lxw_row_t dataRowsPerSheet = LXW_ROW_MAX - 1;
constexpr int maxLinks = 65530;
// The exporter keeps at most this many hyperlinks per workbook (libxlsxwriter's
// memory per hyperlink): the bare loop writes as many, first come first served.
qint64 workbookLinks = 65530;

// Peak resident memory of this process in MB, or -1 where /proc is missing.
double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

// The same cells as the exporter's openings sheets, written with nothing but
// libxlsxwriter calls: the floor the exporter is compared with.
class BareSheets
{
public:
    BareSheets(lxw_workbook *book, const QString &name, lxw_format *date, lxw_format *dateTime)
        : m_book(book), m_name(name), m_date(date), m_dateTime(dateTime)
    {
        for (Kind k : Domain::allKinds())
            m_kinds.insert(Domain::kindCode(k), Domain::kindPublishedLabel(k));
        for (Status s : Domain::allStatuses())
            m_statuses.insert(Domain::statusCode(s), Domain::statusPublishedLabel(s));
        add();
    }

    void write(const QSqlQuery &q)
    {
        if (m_row == dataRowsPerSheet)
            add();
        const lxw_row_t r = ++m_row;
        auto text = [&](lxw_col_t col, const QString &s) {
            if (!s.isEmpty())
                worksheet_write_string(m_sheet, r, col, s.toUtf8().constData(), nullptr);
        };
        text(0, q.value(0).toString());
        text(1, m_kinds.value(q.value(1).toString()));
        text(2, q.value(2).toString());
        text(3, q.value(3).toString());
        for (int i : {4, 5}) {
            if (!q.value(i).isNull()) {
                const int key = q.value(i).toInt();
                text(lxw_col_t(i), QStringLiteral("T%1 %2").arg(key % 4 + 1).arg(key / 4));
            }
        }
        const QDate effective = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        if (effective.isValid())
            worksheet_write_number(m_sheet, r, 6, effective.toJulianDay() - m_epoch, m_date);
        text(7, m_statuses.value(q.value(7).toString()));
        const QString url = q.value(8).toString();
        if (url.startsWith(QLatin1String("https://")) && m_links < maxLinks && workbookLinks > 0) {
            worksheet_write_url(m_sheet, r, 8, url.toUtf8().constData(), nullptr);
            ++m_links;
            --workbookLinks;
        } else {
            text(8, url);
        }
        text(9, q.value(9).toString());
        const QDateTime updated = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
        if (updated.isValid()) {
            const QDateTime local = updated.toLocalTime();
            worksheet_write_number(m_sheet, r, 10,
                                   local.date().toJulianDay() - m_epoch +
                                       local.time().msecsSinceStartOfDay() / 86400000.0,
                                   m_dateTime);
        }
    }

private:
    void add()
    {
        const QString name = m_count == 0
                                 ? m_name.left(31)
                                 : QStringLiteral("%1 (%2)").arg(m_name.left(26)).arg(m_count + 1);
        m_sheet = workbook_add_worksheet(m_book, name.toUtf8().constData());
        for (int c = 0; c < 11; ++c)
            worksheet_write_string(m_sheet, 0, c, "En-tête", nullptr);
        m_row = 0;
        m_links = 0;
        ++m_count;
    }

    lxw_workbook *m_book;
    QString m_name;
    lxw_format *m_date;
    lxw_format *m_dateTime;
    lxw_worksheet *m_sheet = nullptr;
    lxw_row_t m_row = 0;
    int m_links = 0;
    int m_count = 0;
    const qint64 m_epoch = QDate(1899, 12, 30).toJulianDay();
    QHash<QString, QString> m_kinds;
    QHash<QString, QString> m_statuses;
};

bool bareExport(const QString &dbPath, const QString &out, QString *error)
{
    Database db;
    if (!db.open(dbPath, error))
        return false;
    QVector<QPair<qint64, QString>> ministries;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id, name FROM ministries WHERE id IN (SELECT ministry_id FROM "
                          "openings)"));
    while (q.next())
        ministries.append({q.value(0).toLongLong(), q.value(1).toString()});
    QCollator collator{QLocale(QLocale::French, QLocale::France)};
    std::sort(ministries.begin(), ministries.end(), [&](const auto &a, const auto &b) {
        return collator.compare(a.second, b.second) < 0;
    });

    QTemporaryDir scratch;
    QByteArray tmpdir = scratch.path().toUtf8();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = tmpdir.data();
    options.use_zip64 = LXW_TRUE;
    lxw_workbook *book = workbook_new_opt(out.toUtf8().constData(), &options);
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format *dateTime = workbook_add_format(book);
    format_set_num_format(dateTime, "dd/mm/yyyy hh:mm");
    workbook_add_worksheet(book, "Synthèse");
    BareSheets all(book, QStringLiteral("Ouvertures"), date, dateTime);
    std::vector<std::unique_ptr<BareSheets>> own;
    const bool perMinistry = ministries.size() <= XlsxExport::maxMinistrySheets;
    if (perMinistry)
        for (int i = 0; i < ministries.size(); ++i)
            own.push_back(std::make_unique<BareSheets>(book, QStringLiteral("M%1").arg(i + 1), date,
                                                       dateTime));
    for (int i = 0; i < ministries.size(); ++i) {
        QSqlQuery rows(db.connection());
        rows.setForwardOnly(true);
        rows.prepare(QStringLiteral(
            "SELECT m.name, o.kind, o.title, o.description, o.announced_q, o.first_announced_q, "
            "o.effective_date, o.status, o.url, o.comment, o.updated_at FROM openings o JOIN "
            "ministries m ON m.id = o.ministry_id WHERE o.ministry_id = ? ORDER BY o.id"));
        rows.addBindValue(ministries.at(i).first);
        rows.exec();
        while (rows.next()) {
            all.write(rows);
            if (perMinistry)
                own.at(size_t(i))->write(rows);
        }
    }
    const lxw_error e = workbook_close(book);
    if (e != LXW_NO_ERROR) {
        *error = QString::fromUtf8(lxw_strerror(e));
        return false;
    }
    return true;
}

// Child process: runs one export, prints "seconds peak-MB".
int runPhase(const QString &phase, const QString &dbPath, const QString &out)
{
    QTextStream cout(stdout);
    QString error;
    QElapsedTimer timer;
    timer.start();
    bool ok = false;
    if (phase == QLatin1String("export")) {
        Database db;
        ok = db.open(dbPath, &error) && exportXlsx(db, out, {}, &error);
    } else {
        ok = bareExport(dbPath, out, &error);
    }
    if (!ok) {
        QTextStream(stderr) << phase << ": " << error << '\n';
        return 1;
    }
    cout << timer.elapsed() / 1000.0 << ' ' << peakMegabytes() << '\n';
    return 0;
}

bool runChild(const QString &phase, const QString &dbPath, const QString &out, double *seconds,
              double *peak)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--phase"), phase, dbPath, out});
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        return false;
    const QList<QByteArray> figures = p.readAllStandardOutput().trimmed().split(' ');
    *seconds = figures.value(0).toDouble();
    *peak = figures.value(1).toDouble();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("--phase"))
        return runPhase(args.at(2), args.at(3), args.at(4));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const qint64 rows = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    QTemporaryDir tmp;
    const QDir work(args.size() > 2 ? args.at(2) : tmp.path());
    const QString csv = work.filePath(QStringLiteral("bench.csv"));
    const QString dbPath = work.filePath(QStringLiteral("bench.sqlite"));
    QFile::remove(dbPath);
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!TableGenerator::write(csv, rows, &error)) {
        err << error << '\n';
        return 1;
    }
    const ImportSummary imported = importFile(dbPath, csv, ImportMode::Replace);
    if (!imported.ok()) {
        err << imported.error << '\n';
        return 1;
    }
    out << "rows: " << rows << ", generated and imported in " << timer.elapsed() / 1000.0 << " s\n";
    out.flush();

    double exportSeconds = 0, exportPeak = 0, bareSeconds = 0, barePeak = 0;
    const QString exported = work.filePath(QStringLiteral("export.xlsx"));
    const QString bare = work.filePath(QStringLiteral("bare.xlsx"));
    if (!runChild(QStringLiteral("export"), dbPath, exported, &exportSeconds, &exportPeak) ||
        !runChild(QStringLiteral("bare"), dbPath, bare, &bareSeconds, &barePeak)) {
        err << "an export failed\n";
        return 1;
    }
    out << "exportXlsx:      " << exportSeconds << " s, peak " << exportPeak << " MB, "
        << QFileInfo(exported).size() / 1e6 << " MB file\n";
    out << "bare loop:       " << bareSeconds << " s, peak " << barePeak << " MB, "
        << QFileInfo(bare).size() / 1e6 << " MB file\n";
    out << "ratio:           " << exportSeconds / bareSeconds << " (target <= 1.3)\n";
    return 0;
}
