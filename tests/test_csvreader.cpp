// Tests of CsvReader: encodings, separators, RFC 4180 quoting, row numbers,
// errors, and the sample files as published.
#include "csvreader.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

using Records = QList<QStringList>;
using Rows = QList<int>;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void init() { TestSupport::failOnWarnings(); }

    void encodings_data();
    void encodings();
    void windows1252IsNotLatin1();
    void utf16ChunksAndErrors();
    void separators_data();
    void separators();
    void parsing_data();
    void parsing();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void strayByteInUtf8IsAnError_data();
    void strayByteInUtf8IsAnError();
    void strayByteInHeader();
    void unterminatedQuote();
    void incrementalProgress();
    void unreadableFile();
    void samples_data();
    void samples();
};

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QStringList>("header");

    QTest::newRow("ascii") << QByteArray("TYPE,TITRE\nAPI,x\n") << "UTF-8"
                           << QStringList{"TYPE", "TITRE"};
    QTest::newRow("utf8") << QByteArray("Minist\xC3\xA8re,\xC3\x89tat\n") << "UTF-8"
                          << QStringList{u"Ministère"_s, u"État"_s};
    QTest::newRow("utf8-bom") << QByteArray("\xEF\xBB\xBFTYPE,DATE ESTIM\xC3\x89\x45\n")
                              << "UTF-8 (BOM)" << QStringList{"TYPE", u"DATE ESTIMÉE"_s};
    QTest::newRow("windows-1252") << QByteArray("Minist\xE8re;\x92\x9C\x80;\xC9tat\r\n")
                                  << "Windows-1252"
                                  << QStringList{u"Ministère"_s, u"’œ€"_s, u"État"_s};
    // A single invalid byte is enough to leave UTF-8.
    QTest::newRow("mostly-utf8") << QByteArray("\xC3\xA9t\xE9,b\n") << "Windows-1252"
                                 << QStringList{u"Ã©té"_s, "b"};
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QStringList, header);

    CsvReader reader;
    reader.setData(bytes, QStringLiteral("test.csv"));
    QCOMPARE(reader.encodingName(), encoding);
    QStringList fields;
    int row = 0;
    QVERIFY(reader.next(fields, row));
    QCOMPARE(fields, header);
    QCOMPARE(row, 1);
}

void TestCsvReader::windows1252IsNotLatin1()
{
    // Latin-1 would give C1 controls here; French Excel means ’ œ €.
    QCOMPARE(CsvReader::decodeWindows1252("\x92\x9C\x80"), u"’œ€"_s);
    QCOMPARE(CsvReader::decodeWindows1252("l\x92\x9Cuvre co\xFBte 5\x80"), u"l’œuvre coûte 5€"_s);
    QCOMPARE(CsvReader::decodeWindows1252("\x85\x96\x97\x8C\x9F"), u"…–—ŒŸ"_s);
    // Every byte decodes to one character, Latin-1 above 0x9F.
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(char(b));
    const QString decoded = CsvReader::decodeWindows1252(all);
    QCOMPARE(decoded.size(), 256);
    QCOMPARE(decoded.at(0xE9), QChar(0xE9));
    QCOMPARE(decoded.at(0xA0), QChar(0xA0));
}

void TestCsvReader::separators_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<int>("columns");

    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << "," << 3;
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2;3\n") << ";" << 3;
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << "\t" << 3;
    // French Excel leaves commas unquoted in a ";" file.
    QTest::newRow("semicolon-with-commas")
        << QByteArray("Donn\xC3\xA9\x65s, API ou code source;Donn\xC3\xA9\x65s, API, Codes sources "
                      "concern\xC3\xA9s;Minist\xC3\xA8re\n")
        << ";" << 3;
    // Separators inside quotes do not count.
    QTest::newRow("comma-with-quoted-semicolons")
        << QByteArray("\"a;b;c\",\"d;e\",f\n") << "," << 3;
    QTest::newRow("tab-with-commas") << QByteArray("a, b\tc, d\n") << "\t" << 2;
    QTest::newRow("single-column") << QByteArray("title\nx\n") << "," << 1;
}

void TestCsvReader::separators()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, separator);
    QFETCH(int, columns);

    CsvReader reader;
    reader.setData(bytes);
    QCOMPARE(QString(reader.separator()), separator);
    QStringList fields;
    int row = 0;
    QVERIFY(reader.next(fields, row));
    QCOMPARE(fields.size(), columns);
}

void TestCsvReader::parsing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Records>("records");
    QTest::addColumn<Rows>("rows");

    QTest::newRow("simple") << QByteArray("a,b\n1,2\n") << Records{{"a", "b"}, {"1", "2"}}
                            << Rows{1, 2};
    QTest::newRow("embedded separator")
        << QByteArray("a,b\n\"x, y\",z\n") << Records{{"a", "b"}, {"x, y", "z"}} << Rows{1, 2};
    QTest::newRow("doubled quotes") << QByteArray("a,b\n\"he said \"\"hi\"\"\",\"\"\"\"\n")
                                    << Records{{"a", "b"}, {"he said \"hi\"", "\""}} << Rows{1, 2};
    QTest::newRow("line break in quotes")
        << QByteArray("a,b\n\"line 1\nline 2\nline 3\",z\nnext,row\n")
        << Records{{"a", "b"}, {"line 1\nline 2\nline 3", "z"}, {"next", "row"}} << Rows{1, 2, 5};
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n3,4\r\n")
                          << Records{{"a", "b"}, {"1", "2"}, {"3", "4"}} << Rows{1, 2, 3};
    // Inside a cell, CRLF becomes LF, so the same text compares equal whatever the file.
    QTest::newRow("crlf in quotes")
        << QByteArray("a,b\r\n\"x\r\ny\",z\r\n3,4\r\n")
        << Records{{"a", "b"}, {"x\ny", "z"}, {"3", "4"}} << Rows{1, 2, 4};
    QTest::newRow("lone cr") << QByteArray("a,b\r1,2\r") << Records{{"a", "b"}, {"1", "2"}}
                             << Rows{1, 2};
    QTest::newRow("no final newline")
        << QByteArray("a,b\n1,2") << Records{{"a", "b"}, {"1", "2"}} << Rows{1, 2};
    QTest::newRow("trailing empty lines")
        << QByteArray("a,b\n1,2\n\n\r\n") << Records{{"a", "b"}, {"1", "2"}} << Rows{1, 2};
    QTest::newRow("blank line inside")
        << QByteArray("a,b\n\n1,2\n") << Records{{"a", "b"}, {"1", "2"}} << Rows{1, 3};
    QTest::newRow("trailing empty columns")
        << QByteArray("a,b,\n1,2,\n,,\n") << Records{{"a", "b", ""}, {"1", "2", ""}, {"", "", ""}}
        << Rows{1, 2, 3};
    QTest::newRow("ragged rows padded")
        << QByteArray("a,b,c\n1\n1,2,3,4\n")
        << Records{{"a", "b", "c"}, {"1", "", ""}, {"1", "2", "3", "4"}} << Rows{1, 2, 3};
    QTest::newRow("empty quoted") << QByteArray("a,b\n\"\",x\n") << Records{{"a", "b"}, {"", "x"}}
                                  << Rows{1, 2};
    QTest::newRow("quote inside unquoted field")
        << QByteArray("a,b\n5\" disk,x\n") << Records{{"a", "b"}, {"5\" disk", "x"}} << Rows{1, 2};
    QTest::newRow("text after closing quote")
        << QByteArray("a,b\n\"x\"y,z\n") << Records{{"a", "b"}, {"xy", "z"}} << Rows{1, 2};
    QTest::newRow("quoted last field at end")
        << QByteArray("a,b\n1,\"2\"") << Records{{"a", "b"}, {"1", "2"}} << Rows{1, 2};
    QTest::newRow("semicolon file with quotes")
        << QByteArray("a;b\n\"x;y\";\"multi\nline\"\n2;3\n")
        << Records{{"a", "b"}, {"x;y", "multi\nline"}, {"2", "3"}} << Rows{1, 2, 4};
    QTest::newRow("empty") << QByteArray() << Records{} << Rows{};
    QTest::newRow("only newlines") << QByteArray("\n\r\n") << Records{} << Rows{};
}

void TestCsvReader::parsing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Records, records);
    QFETCH(Rows, rows);

    QString error;
    const auto all = CsvReader::readAll(bytes, &error, QStringLiteral("t.csv"));
    QVERIFY2(all, qPrintable(error));
    Records gotRecords;
    Rows gotRows;
    for (const CsvReader::Record &r : *all) {
        gotRecords << r.fields;
        gotRows << r.row;
    }
    QCOMPARE(gotRecords, records);
    QCOMPARE(gotRows, rows);
}

// Files are read a chunk at a time: records, rows, errors and progress must
// not depend on where the chunks end (tiny chunks cut every record, quote,
// CRLF pair and UTF-8 sequence somewhere).
void TestCsvReader::chunkBoundaries_data()
{
    parsing_data();
}

void TestCsvReader::chunkBoundaries()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Records, records);
    QFETCH(Rows, rows);

    for (const QByteArray &prefix : {QByteArray(), QByteArray("\xEF\xBB\xBF")}) {
        for (const int chunk : {1, 2, 3, 5}) {
            CsvReader reader;
            reader.setChunkSize(chunk);
            reader.setData(prefix + bytes);
            Records gotRecords;
            Rows gotRows;
            QStringList fields;
            int row = 0;
            qint64 last = reader.bytesRead();
            while (reader.next(fields, row)) {
                gotRecords << fields;
                gotRows << row;
                QVERIFY(reader.bytesRead() >= last);
                last = reader.bytesRead();
            }
            QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
            QCOMPARE(gotRecords, records);
            QCOMPARE(gotRows, rows);
            QCOMPARE(reader.bytesRead(), reader.totalBytes());
        }
    }

    // Multi-byte characters across chunk ends decode whole.
    CsvReader reader;
    reader.setChunkSize(1);
    reader.setData("\xC3\xA9t\xC3\xA9,\xE2\x82\xAC\n\xF0\x9F\x98\x80,b\n");
    QStringList fields;
    int row = 0;
    QVERIFY(reader.next(fields, row));
    QCOMPARE(fields, QStringList({u"été"_s, u"€"_s}));
    QVERIFY(reader.next(fields, row));
    QCOMPARE(fields, QStringList({u"😀"_s, u"b"_s}));
}

// The encoding holds for the whole file, even when the only byte that is not
// UTF-8 comes long after the first chunk.
void TestCsvReader::strayByteInUtf8IsAnError_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<qsizetype>("chunk");
    QTest::newRow("no BOM") << QByteArray() << qsizetype(1 << 20);
    QTest::newRow("no BOM, small chunks") << QByteArray() << qsizetype(64);
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF") << qsizetype(1 << 20);
    QTest::newRow("BOM, small chunks") << QByteArray("\xEF\xBB\xBF") << qsizetype(7);
}

// A file that is UTF-8 but for one stray Windows-1252 byte is UTF-8: the byte is an
// error naming its row and column, never a silent re-decoding of the whole file.
void TestCsvReader::strayByteInUtf8IsAnError()
{
    QFETCH(QByteArray, start);
    QFETCH(qsizetype, chunk);
    QByteArray bytes = start + "Titre,Minist\xC3\xA8re,Commentaire\n";
    for (int i = 0; i < 1000; ++i)
        bytes += "Jeu " + QByteArray::number(i) +
                 ",Minist\xC3\xA8re de la Culture,\"d\xC3\xA9j\xC3\xA0\nvu\"\n";
    bytes += "Dernier,Minist\xC3\xA8re de la Culture,un caf\xE9 noir\n";
    bytes += "Apr\xC3\xA8s,Minist\xC3\xA8re de la Culture,\n";
    CsvReader reader;
    reader.setChunkSize(chunk);
    reader.setData(bytes, QStringLiteral("test.csv"));
    QVERIFY(reader.encodingName().startsWith(QLatin1String("UTF-8")));
    QStringList fields;
    int row = 0;
    int records = 0;
    while (reader.next(fields, row)) {
        ++records;
        QCOMPARE(fields.at(1), records == 1 ? u"Ministère"_s : u"Ministère de la Culture"_s);
    }
    QCOMPARE(records, 1001); // the header and every row before the stray byte
    QVERIFY(reader.hasError());
    QCOMPARE(reader.errorRow(), 2 + 2 * 1000);
    const QString reason = reader.errorReason();
    QVERIFY2(reason.contains(QLatin1String("0xE9")), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("Commentaire")), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("un caf")), qPrintable(reason));
    QVERIFY2(reader.errorString().contains(QLatin1String("test.csv")), qPrintable(reason));
}

// The stray byte in the header: row 1, column by its number.
void TestCsvReader::strayByteInHeader()
{
    QByteArray bytes = "Titre;Minist\xE8re\n";
    for (int i = 0; i < 10; ++i)
        bytes += "Jeu;Minist\xC3\xA8re\n";
    CsvReader reader;
    reader.setData(bytes, QStringLiteral("test.csv"));
    QStringList fields;
    int row = 0;
    QVERIFY(!reader.next(fields, row));
    QVERIFY(reader.hasError());
    QCOMPARE(reader.errorRow(), 1);
    QVERIFY2(reader.errorReason().contains(QLatin1String("0xE8")),
             qPrintable(reader.errorReason()));
    QVERIFY2(reader.errorReason().contains(QLatin1String("2")), qPrintable(reader.errorReason()));
}

void TestCsvReader::unterminatedQuote()
{
    QString error;
    const auto all =
        CsvReader::readAll("a,b\n1,2\n3,\"never\nclosed\n", &error, QStringLiteral("broken.csv"));
    QVERIFY(!all);
    QVERIFY2(error.startsWith(QLatin1String("broken.csv: row 3:")), qPrintable(error));

    CsvReader reader;
    reader.setData("a,b\n1,\"open", QStringLiteral("x.csv"));
    QStringList fields;
    int row = 0;
    QVERIFY(reader.next(fields, row));
    QVERIFY(!reader.next(fields, row));
    QVERIFY(reader.hasError());
    QCOMPARE(reader.errorRow(), 2);
    QVERIFY(!reader.next(fields, row)); // stays failed
}

void TestCsvReader::incrementalProgress()
{
    QByteArray bytes = "title,comment\n";
    for (int i = 0; i < 100; ++i)
        bytes += "item " + QByteArray::number(i) + ",\"caf\xC3\xA9, \"\"quoted\"\"\"\n";
    CsvReader reader;
    reader.setData(bytes);
    QCOMPARE(reader.totalBytes(), qint64(bytes.size()));
    QCOMPARE(reader.bytesRead(), 0);
    QStringList fields;
    int row = 0;
    qint64 last = 0;
    int records = 0;
    while (reader.next(fields, row)) {
        ++records;
        QVERIFY(reader.bytesRead() >= last);
        last = reader.bytesRead();
        QCOMPARE(row, records);
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(records, 101);
    QCOMPARE(fields.size(), 0);
    QCOMPARE(reader.bytesRead(), reader.totalBytes());
    QVERIFY(reader.atEnd());
}

void TestCsvReader::unreadableFile()
{
    CsvReader reader;
    QString error;
    QVERIFY(!reader.open(QStringLiteral("no-such-dir/missing.csv"), &error));
    QVERIFY2(error.contains(QLatin1String("missing.csv")), qPrintable(error));
    QVERIFY(reader.hasError());
}

void TestCsvReader::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QStringList>("header");

    const QStringList published{u"Données, API ou code source"_s,
                                u"Données, API, Codes sources concernés"_s,
                                u"Ministère"_s,
                                u"État d'avancement"_s,
                                u"Échéance annoncée par les ministères"_s,
                                u"URL"_s,
                                u"Last Modified"_s};
    QTest::newRow("2021") << "suivi-ouvertures-2021.csv"
                          << "UTF-8"
                          << "," << published;
    QTest::newRow("2021-excel-fr") << "suivi-ouvertures-2021-excel-fr.csv"
                                   << "Windows-1252"
                                   << ";" << published;
    QTest::newRow("2023") << "suivi-ouvertures-2023.csv"
                          << "UTF-8 (BOM)"
                          << "," << QStringList{"TYPE",   "TITRE",           "PRODUCTEUR",
                                                "STATUT", u"DATE ESTIMÉE"_s, "URL"};
    QStringList extended = published.mid(0, 6);
    extended << u"Date d'ouverture effective"_s << u"Échéance initiale"_s << u"Commentaire"_s;
    QTest::newRow("etendu") << "suivi-ouvertures-etendu.csv"
                            << "UTF-8"
                            << "," << extended;
}

void TestCsvReader::samples()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, separator);
    QFETCH(QStringList, header);

    CsvReader reader;
    QString error;
    QVERIFY2(reader.open(TestSupport::dataFile(file), &error), qPrintable(error));
    QCOMPARE(reader.encodingName(), encoding);
    QCOMPARE(QString(reader.separator()), separator);
    QStringList fields;
    int row = 0;
    QVERIFY(reader.next(fields, row));
    QCOMPARE(fields, header);
    QVector<CsvReader::Record> records;
    while (reader.next(fields, row)) {
        QCOMPARE(fields.size(), header.size());
        records.append({row, fields});
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(records.size(), 63);
    QCOMPARE(records.first().fields.at(1), u"API Historique d'un véhicule (HistoVec)"_s);
    QCOMPARE(records.first().fields.at(2), u"Ministère de l'Intérieur"_s);
    if (file.contains(QLatin1String("etendu"))) {
        // The first comment spans two lines: the next record starts on line 4.
        QCOMPARE(records.at(0).fields.at(8),
                 u"Reporté : dépendance au SIV.\nNouvelle échéance \"à confirmer\", voir CIAD."_s);
        QCOMPARE(records.at(0).row, 2);
        QCOMPARE(records.at(1).row, 4);
        QCOMPARE(records.last().row, 65);
    } else {
        QCOMPARE(records.last().row, 64);
    }
}

void TestCsvReader::utf16ChunksAndErrors()
{
    // Characters, surrogate pairs included, cut by every chunk end; quoted
    // line breaks and an unclosed quote named by its row, as in UTF-8.
    const QString text = u"a\tb\r\n\"été\nligne\"\t😀\r\n\"open\tx\r\n"_s;
    for (const bool big : {false, true}) {
        QByteArray bytes(big ? "\xFE\xFF" : "\xFF\xFE");
        for (const QChar c : text) {
            bytes += char(big ? c.unicode() >> 8 : c.unicode() & 0xFF);
            bytes += char(big ? c.unicode() & 0xFF : c.unicode() >> 8);
        }
        for (const qsizetype chunk : {1, 3, 1 << 20}) {
            CsvReader reader;
            reader.setChunkSize(chunk);
            reader.setData(bytes, u"t.csv"_s);
            QCOMPARE(reader.encodingName(), big ? u"UTF-16 BE (BOM)"_s : u"UTF-16 LE (BOM)"_s);
            QCOMPARE(reader.separator(), QChar(u'\t'));
            QStringList fields;
            int row = 0;
            QVERIFY(reader.next(fields, row));
            QCOMPARE(fields, QStringList({u"a"_s, u"b"_s}));
            QVERIFY(reader.next(fields, row));
            QCOMPARE(fields, QStringList({u"été\nligne"_s, u"😀"_s}));
            QCOMPARE(row, 2);
            QVERIFY(!reader.next(fields, row));
            QVERIFY(reader.hasError());
            QCOMPARE(reader.errorRow(), 4);
        }
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csvreader.moc"
