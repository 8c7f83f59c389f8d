// Times the CSV reader and the importer on a file: bench_import TABLE.csv
// (make one with gen_table). Prints figures; run by hand, not by CTest.
#include "csvreader.h"
#include "importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (app.arguments().size() < 2) {
        out << "usage: bench_import TABLE.csv\n";
        return 2;
    }
    const QString csv = app.arguments().at(1);
    QElapsedTimer timer;

    timer.start();
    CsvReader reader;
    QString error;
    if (!reader.open(csv, &error)) {
        out << error << '\n';
        return 1;
    }
    const qint64 decoded = timer.elapsed();
    QStringList fields;
    int row = 0;
    qint64 records = 0;
    while (reader.next(fields, row))
        ++records;
    out << "read: " << records << " records, decode " << decoded << " ms, total " << timer.elapsed()
        << " ms (" << reader.encodingName() << ")\n";

    timer.restart();
    const ImportPreview preview = previewImport(csv);
    out << "preview: " << preview.rowCount << " rows, " << preview.errorCount << " errors, "
        << timer.elapsed() << " ms\n";

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bench.sqlite"));
    timer.restart();
    ImportSummary summary = importFile(db, csv, ImportMode::Replace);
    out << "import (empty table): " << summary.toString() << ", " << timer.elapsed() << " ms"
        << (summary.error.isEmpty() ? QString() : QLatin1Char('\n') + summary.error) << '\n';

    timer.restart();
    summary = importFile(db, csv, ImportMode::Merge);
    out << "merge (same file): " << summary.toString() << ", " << timer.elapsed() << " ms\n";

    timer.restart();
    summary = importFile(db, csv, ImportMode::Replace);
    out << "replace (full table): " << summary.toString() << ", " << timer.elapsed() << " ms\n";
    return summary.ok() ? 0 : 1;
}
