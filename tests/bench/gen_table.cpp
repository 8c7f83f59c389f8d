// Writes a generated tracking table: gen_table OUT.csv ROWS [SEED]
#include "tablegenerator.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 3) {
        err << "usage: gen_table OUT.csv ROWS [SEED]\n";
        return 2;
    }
    bool ok = false;
    const qint64 rows = args.at(2).toLongLong(&ok);
    if (!ok || rows < 0) {
        err << "ROWS must be a whole number\n";
        return 2;
    }
    const quint64 seed = args.size() > 3 ? args.at(3).toULongLong() : 20211;
    QString error;
    if (!TableGenerator::write(args.at(1), rows, &error, seed)) {
        err << error << '\n';
        return 1;
    }
    return 0;
}
