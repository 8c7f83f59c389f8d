#include "guiapp.h"

#include "language.h"
#include "mainwindow.h"

#include <QApplication>

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
    MainWindow w;
    w.show();
    return app.exec();
}
