#include "domain.h"
#include "importer.h"
#include "language.h"
#include "quarter.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>

// The application starts in French on a French, C or unset locale, in English
// on an English one, and the chosen language drives translations and formats.
class TestLanguage : public QObject
{
    Q_OBJECT

private:
    static void setLocaleEnvironment(const char *lang)
    {
        for (const char *var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
            qunsetenv(var);
        if (lang)
            qputenv("LANG", lang);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanupTestCase() { setLocaleEnvironment("fr_FR.UTF-8"); }

    void systemLocale_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("French") << "fr_FR.UTF-8"
                                << "fr";
        QTest::newRow("Belgian French") << "fr_BE.UTF-8"
                                        << "fr";
        QTest::newRow("C") << "C"
                           << "fr";
        QTest::newRow("C.UTF-8") << "C.UTF-8"
                                 << "fr";
        QTest::newRow("POSIX") << "POSIX"
                               << "fr";
        QTest::newRow("unset") << ""
                               << "fr";
        QTest::newRow("English UK") << "en_GB.UTF-8"
                                    << "en";
        QTest::newRow("English US") << "en_US.UTF-8"
                                    << "en";
    }

    void systemLocale()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        setLocaleEnvironment(lang.isEmpty() ? nullptr : qPrintable(lang));
        QCOMPARE(Language::fromSystemLocale(), expected);
    }

    void savedChoiceWins()
    {
        setLocaleEnvironment("en_GB.UTF-8");
        Language::savePreference(QStringLiteral("fr"));
        QCOMPARE(Language::preferred(), QStringLiteral("fr"));
        Language::savePreference(QStringLiteral("en"));
        QCOMPARE(Language::preferred(), QStringLiteral("en"));
    }

    void frenchTranslationAndFormats()
    {
        QVERIFY(Language::apply(*QCoreApplication::instance(), QStringLiteral("fr")));
        QCOMPARE(Language::current(), QStringLiteral("fr"));
        QCOMPARE(Quarter(2021, 3).display(), QStringLiteral("T3 2021"));
        QCOMPARE(Domain::statusLabel(Status::Planned), QStringLiteral("Planifié"));
        QCOMPARE(Domain::kindLabel(Kind::Dataset), QStringLiteral("Données"));
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("1\u202f234\u202f567"));
    }

    void englishTranslationAndFormats()
    {
        QVERIFY(Language::apply(*QCoreApplication::instance(), QStringLiteral("en")));
        QCOMPARE(Quarter(2021, 3).display(), QStringLiteral("Q3 2021"));
        QCOMPARE(Domain::statusLabel(Status::Planned), QStringLiteral("Planned"));
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("1,234,567"));
        QVERIFY(Language::apply(*QCoreApplication::instance(), QStringLiteral("fr")));
    }

    // Counts shown to the user take the plural that fits and the locale's digit grouping.
    void pluralFormsInBothLanguages()
    {
        ImportSummary one;
        one.imported = 1;
        ImportSummary many;
        many.imported = 1000000;
        many.updated = 2;
        many.removed = 1;
        QVERIFY(Language::apply(*QCoreApplication::instance(), QStringLiteral("fr")));
        QCOMPARE(one.toString(), QStringLiteral("1 importée, 0 mise à jour, 0 inchangée"));
        QCOMPARE(many.toString(), QStringLiteral("1\u202f000\u202f000 importées, 2 mises à jour, "
                                                 "0 inchangée, 1 supprimée"));
        const char *undo = "Edit > Undo (Ctrl+Z) brings them back.";
        QVERIFY(
            QCoreApplication::translate("EditFlows", undo, nullptr, 1).contains(u"la récupérer"));
        QVERIFY(
            QCoreApplication::translate("EditFlows", undo, nullptr, 3).contains(u"les récupérer"));
        QVERIFY(Language::apply(*QCoreApplication::instance(), QStringLiteral("en")));
        QCOMPARE(many.toString(),
                 QStringLiteral("imported 1,000,000, updated 2, unchanged 0, removed 1"));
        QCOMPARE(QCoreApplication::translate("EditFlows", undo, nullptr, 1),
                 QStringLiteral("Edit > Undo (Ctrl+Z) brings it back."));
        QCOMPARE(QCoreApplication::translate("EditFlows", undo, nullptr, 2),
                 QString::fromLatin1(undo));
        QVERIFY(Language::apply(*QCoreApplication::instance(), QStringLiteral("fr")));
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "test_language.moc"
