#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace Language {

namespace {

const QString settingsKey = QStringLiteral("language");

struct Installed
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString code;
};

Installed &installed()
{
    static Installed state;
    return state;
}

QString normalize(const QString &code)
{
    return code.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("fr");
}

} // namespace

QString fromSystemLocale()
{
    // LANGUAGE, LC_ALL, LC_MESSAGES and LANG decide, in that order, as on POSIX;
    // QLocale::system() covers Windows and macOS.
    for (const char *var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(var);
        if (value.isEmpty())
            continue;
        if (value == QLatin1String("C") || value == QLatin1String("POSIX") ||
            value.startsWith(QLatin1String("C.")))
            return QStringLiteral("fr");
        return value.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("fr");
    }
#ifdef Q_OS_UNIX
    return QStringLiteral("fr");
#else
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en")
                                                            : QStringLiteral("fr");
#endif
}

QString preferred()
{
    const QString saved = QSettings().value(settingsKey).toString();
    if (saved == QLatin1String("fr") || saved == QLatin1String("en"))
        return saved;
    return fromSystemLocale();
}

void savePreference(const QString &code)
{
    QSettings().setValue(settingsKey, normalize(code));
}

bool apply(QCoreApplication &app, const QString &requested)
{
    const QString code = normalize(requested);
    Installed &state = installed();
    if (state.app)
        app.removeTranslator(state.app.get());
    if (state.qt)
        app.removeTranslator(state.qt.get());
    state.app = std::make_unique<QTranslator>();
    state.qt = std::make_unique<QTranslator>();
    state.code = code;

    const QLocale locale(code == QLatin1String("en")
                             ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                             : QLocale(QLocale::French, QLocale::France));
    QLocale::setDefault(locale);

    if (state.qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(state.qt.get());
    const bool ok = state.app->load(QStringLiteral(":/i18n/suivi-ouvertures_%1.qm").arg(code));
    if (ok)
        app.installTranslator(state.app.get());
    return ok;
}

QString current()
{
    return installed().code;
}

} // namespace Language
