#include "guiapp.h"
#include "location.h"

#include "language.h"
#include "mainwindow.h"
#include "store.h"
#include "tablelocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

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

    // A table named on the command line, else the last one, else the user's own
    // table, made from the bundled sample on first start. A CSV named on the
    // command line opens the import preview on the table.
    QString table;
    QString csvToImport;
    const QString argument = parser.positionalArguments().value(0);
    if (argument.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        csvToImport = QFileInfo(argument).absoluteFilePath();
    else if (!argument.isEmpty())
        table = Location::isServer(argument) ? argument : QFileInfo(argument).absoluteFilePath();
    if (table.isEmpty())
        table = MainWindow::lastTableLocation();
    if (table.isEmpty() || (!Location::isServer(table) && !QFileInfo::exists(table)))
        table = TableLocation::defaultPath();

    Store store;
    MainWindow window(store);
    ApplicationServices services;
    services.currentLanguage = &Language::current;
    services.localTable = &TableLocation::userTable;
    window.setApplicationServices(services);
    QObject::connect(&window, &MainWindow::languageChangeRequested, &app,
                     [&app](const QString &code) {
                         Language::savePreference(code);
                         Language::apply(app, code); // widgets retranslate on LanguageChange
                     });
    window.show();

    // A server may ask for a password, or be out of reach: the window asks, or offers
    // the local table, and stays usable either way.
    QString error;
    if (table == TableLocation::defaultPath() && !TableLocation::ensureExists(table, &error))
        window.showError(error);
    else
        window.openTableAsking(table);
    if (!csvToImport.isEmpty())
        window.requestImport(csvToImport);
    return app.exec();
}
