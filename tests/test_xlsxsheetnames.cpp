#include "testsupport.h"
#include "xlsxsheetnames.h"

#include <QTest>

// Worksheet names of the XLSX export: ministries shortened readably, within
// Excel's rules (31 characters, no []:*?/\, unique ignoring case).
class TestXlsxSheetNames : public QObject
{
    Q_OBJECT

private slots:
    void init() { TestSupport::failOnWarnings(); }

    void forMinistry_data()
    {
        QTest::addColumn<QString>("ministry");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de l'") << "Ministère de l'Intérieur"
                               << "Intérieur";
        QTest::newRow("typographic apostrophe") << "Ministère de l’Intérieur"
                                                << "Intérieur";
        QTest::newRow("de la") << "Ministère de la Culture"
                               << "Culture";
        QTest::newRow("des") << "Ministère des Armées"
                             << "Armées";
        QTest::newRow("du") << "Ministère du Logement"
                            << "Logement";
        QTest::newRow("de") << "Ministère de Jeunesse"
                            << "Jeunesse";
        QTest::newRow("plural is not the prefix") << "Ministères sociaux"
                                                  << "Ministères sociaux";
        QTest::newRow("lower case") << "ministère de la mer"
                                    << "Mer";
        QTest::newRow("not a ministry") << "Services du Premier ministre"
                                        << "Services du Premier ministre";
        QTest::newRow("cut at a word, no dangling words")
            << "Ministère de l'Économie, des Finances et de la Relance"
            << "Économie, des Finances";
        QTest::newRow("cut mid-word") << "Ministère de l'Éducation nationale, de la Jeunesse et "
                                         "des Sports"
                                      << "Éducation nationale";
        QTest::newRow("elided word kept, cut one dropped")
            << "Ministère du Travail, de l'Emploi et de l'Insertion"
            << "Travail, de l'Emploi";
        QTest::newRow("forbidden characters") << "Ministère de la Mer [Outre-mer]: a/b*c?d\\e"
                                              << "Mer Outre-mer a b c d e";
        QTest::newRow("apostrophes at the ends") << "'Agence'"
                                                 << "Agence";
        QTest::newRow("one long word") << QString(40, u'x') << QString(31, u'x');
        QTest::newRow("nothing left") << "Ministère de la "
                                      << "Ministère 3";
    }

    void forMinistry()
    {
        QFETCH(QString, ministry);
        QFETCH(QString, expected);
        const QString name = XlsxSheetNames::forMinistry(ministry, QStringLiteral("Ministère 3"));
        QCOMPARE(name, expected);
        QVERIFY(name.size() <= XlsxSheetNames::maxLength);
    }

    void sanitize()
    {
        QCOMPARE(XlsxSheetNames::sanitize(QStringLiteral(" a:b ")), QStringLiteral("a b"));
        // Cut to 31 characters without splitting a surrogate pair.
        const QString emoji = QString(30, u'e') + QString::fromUtf8("\xF0\x9F\x98\x80");
        QCOMPARE(XlsxSheetNames::sanitize(emoji), QString(30, u'e'));
    }

    void unique()
    {
        QStringList taken{QStringLiteral("Synthèse"), QStringLiteral("Ouvertures")};
        QCOMPARE(XlsxSheetNames::unique(QStringLiteral("Culture"), &taken),
                 QStringLiteral("Culture"));
        // Excel compares sheet names ignoring case.
        QCOMPARE(XlsxSheetNames::unique(QStringLiteral("CULTURE"), &taken),
                 QStringLiteral("CULTURE (2)"));
        QCOMPARE(XlsxSheetNames::unique(QStringLiteral("ouvertures"), &taken),
                 QStringLiteral("ouvertures (2)"));
        QCOMPARE(XlsxSheetNames::unique(QStringLiteral("SYNTHÈSE"), &taken),
                 QStringLiteral("SYNTHÈSE (2)"));
        const QString long31(31, u'y');
        QCOMPARE(XlsxSheetNames::unique(long31, &taken), long31);
        QCOMPARE(XlsxSheetNames::unique(long31, &taken),
                 QString(27, u'y') + QStringLiteral(" (2)"));
        QCOMPARE(XlsxSheetNames::unique(long31, &taken),
                 QString(27, u'y') + QStringLiteral(" (3)"));
        QCOMPARE(taken.size(), 9);
    }
};

QTEST_GUILESS_MAIN(TestXlsxSheetNames)
#include "test_xlsxsheetnames.moc"
