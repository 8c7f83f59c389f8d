#include "guiapp.h"
#include "location.h"

#include "language.h"
#include "mainwindow.h"
#include "store.h"
#include "tablefiles.h"
#include "tablelocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

namespace {

struct StartTable
{
    QString table; // to open; empty with error when the user's table cannot be made
    QString error;
    QString toImport;    // a CSV or XLSX named on the command line
    QString freshSample; // the user's table, when this start made it from the sample
};

// A table named on the command line, else the last one, else the user's own table, made
// from the bundled sample on first start. A named table that does not exist is opened
// anyway, to be said missing (no other table opens in its place); a CSV or XLSX named is
// offered for import, over the table the application opens without a name.
StartTable startTable(const QString &argument)
{
    StartTable start;
    if (!argument.isEmpty() && TableFiles::isImportable(argument))
        start.toImport = QFileInfo(argument).absoluteFilePath();
    else if (!argument.isEmpty())
        start.table =
            Location::isServer(argument) ? argument : QFileInfo(argument).absoluteFilePath();
    if (!argument.isEmpty() && start.toImport.isEmpty())
        return start;
    start.table = MainWindow::lastTableLocation();
    if (!start.table.isEmpty() &&
        (Location::isServer(start.table) || QFileInfo::exists(start.table)))
        return start;
    const bool fresh = !QFileInfo::exists(TableLocation::defaultPath());
    start.table = TableLocation::userTable(&start.error);
    if (fresh && !start.table.isEmpty())
        start.freshSample = start.table;
    return start;
}

} // namespace

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("numerique.gouv.fr"));
    QCoreApplication::setApplicationName(QStringLiteral("suivi-ouvertures"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUIVI_VERSION));
}

int runGui(int argc, char *argv[])
{
    setApplicationNames();
    QApplication app(argc, argv);
    Language::apply(app, Language::preferred());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/suivi-ouvertures.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("fr.gouv.suivi-ouvertures"));

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "Table to open."));
    parser.process(app);

    const StartTable start = startTable(parser.positionalArguments().value(0));

    Store store;
    MainWindow window(store);
    ApplicationServices services;
    services.currentLanguage = &Language::current;
    services.localTable = &TableLocation::userTable;
    services.freshSampleTable = start.freshSample;
    window.setApplicationServices(services);
    QObject::connect(&window, &MainWindow::languageChangeRequested, &app,
                     [&app](const QString &code) {
                         Language::savePreference(code);
                         Language::apply(app, code); // widgets retranslate on LanguageChange
                     });
    window.show();

    // A server may ask for a password, or be out of reach: the window asks, or offers
    // the local table, and stays usable either way.
    if (start.table.isEmpty())
        window.showError(start.error);
    else
        window.openTableAsking(start.table);
    if (!start.toImport.isEmpty())
        window.openFile(start.toImport);
    return app.exec();
}
