#include "database.h"
#include "ministrydirectory.h"
#include "openingrepository.h"
#include "testopenings.h"
#include "testsupport.h"
#include "xlsx/xlsxchecker.h"
#include "xlsxexporter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The XLSX export past Excel's 1,048,576 rows per sheet: "Ouvertures"
// continues on "Ouvertures (2)", nothing cut. Slow (1.1 million openings), so
// it has its own CTest entry with a long timeout.
class TestXlsxSplit : public QObject
{
    Q_OBJECT

    static constexpr qint64 rows = 1100000;
    static constexpr int ministryCount = 41; // past 40: no per-ministry sheets
    static constexpr qint64 excelDataRows = 1048575;

    static QString title(qint64 index)
    {
        return QStringLiteral("Ouverture %1").arg(index + 1, 7, 10, QLatin1Char('0'));
    }

private slots:
    void init() { TestSupport::failOnWarnings(); }

    void splitsPastExcelRowLimit()
    {
        if (XlsxChecker::python().isEmpty())
            SUIVI_MISSING_TOOL("No Python with openpyxl (python3-openpyxl); set SUIVI_PYTHON.");
        TestSupport::TempTable table;
        Database db;
        QString error;
        QVERIFY2(db.open(table.path(), &error), qPrintable(error));

        QElapsedTimer timer;
        timer.start();
        // Straight into the database in one transaction: much faster than a CSV import.
        MinistryDirectory ministries(db);
        QVERIFY2(ministries.load(&error), qPrintable(error));
        QVector<qint64> ids;
        QVERIFY(db.transaction());
        for (int m = 0; m < ministryCount; ++m) {
            ids.append(ministries.ensure(
                QStringLiteral("Ministère %1").arg(m + 1, 2, 10, QLatin1Char('0')), &error));
            QVERIFY2(ids.last() > 0, qPrintable(error));
        }
        OpeningRepository repository(db);
        TestOpenings::Builder row(0, QString());
        row.kind(Kind::Dataset)
            .status(Status::Planned)
            .announced(Quarter(2022, 1))
            .updated(QDateTime(QDate(2022, 1, 3), QTime(9, 0), Qt::UTC));
        for (qint64 i = 0; i < rows; ++i) {
            row.ministry(ids.at(int(i % ministryCount))).title(title(i));
            if (repository.insert(row, &error) <= 0)
                QFAIL(qPrintable(error));
        }
        QVERIFY2(db.commit(&error), qPrintable(error));
        qInfo("inserted %lld openings in %.1f s", rows, timer.restart() / 1000.0);

        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("grand.xlsx"));
        ExportOptions options;
        options.asOf = QDate(2022, 6, 30);
        qint64 lastDone = 0;
        QVERIFY2(exportXlsx(db, path, options, &error,
                            [&lastDone](qint64 done, qint64) {
                                lastDone = done;
                                return true;
                            }),
                 qPrintable(error));
        QCOMPARE(lastDone, rows);
        qInfo("exported in %.1f s, %.1f MB", timer.restart() / 1000.0,
              QFileInfo(path).size() / 1e6);

        // Rows come ministry by ministry ("Ministère 01" first), each in table order.
        QVector<qint64> order;
        order.reserve(rows);
        for (int m = 0; m < ministryCount; ++m)
            for (qint64 i = m; i < rows; i += ministryCount)
                order.append(i);
        QCOMPARE(order.size(), rows);
        const QJsonObject expectations{
            {"sheets", QJsonArray{"Synthèse", "Ouvertures", "Ouvertures (2)"}},
            {"titles",
             QJsonObject{
                 {"Ouvertures", QJsonObject{{"rows", double(excelDataRows + 1)},
                                            {"first", title(order.first())},
                                            {"last", title(order.at(excelDataRows - 1))}}},
                 {"Ouvertures (2)", QJsonObject{{"rows", double(rows - excelDataRows + 1)},
                                                {"first", title(order.at(excelDataRows))},
                                                {"last", title(order.last())}}},
             }},
        };
        QString report;
        QVERIFY2(XlsxChecker::check(path, expectations, &report, 900000), qPrintable(report));
        qInfo("read back with openpyxl in %.1f s", timer.restart() / 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestXlsxSplit)
#include "test_xlsxsplit.moc"
