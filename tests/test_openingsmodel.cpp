#include "openingstablemodel.h"
#include "store.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

// The table's item model: lazy pages, edits through the undo stack, filters.
class TestOpeningsModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempTable> m_table;
    std::unique_ptr<Store> m_store;
    qint64 m_interior = 0;
    qint64 m_culture = 0;

    qint64 add(qint64 ministry, const QString &title, Kind kind, Quarter announced, Status status,
               const QString &comment = {})
    {
        Opening o;
        o.ministryId = ministry;
        o.title = title;
        o.kind = kind;
        o.announced = announced;
        o.status = status;
        o.comment = comment;
        QString error;
        const qint64 id = m_store->addOpening(o, &error);
        if (id <= 0)
            qFatal("%s", qPrintable(error));
        return id;
    }

private slots:
    void init()
    {
        TestSupport::failOnWarnings();
        m_table = std::make_unique<TestSupport::TempTable>();
        m_store = std::make_unique<Store>();
        QString error;
        QVERIFY2(m_store->open(m_table->path(), &error), qPrintable(error));
        m_interior = m_store->ensureMinistry(QStringLiteral("Ministère de l'Intérieur"), &error);
        m_culture = m_store->ensureMinistry(QStringLiteral("Ministère de la Culture"), &error);
        add(m_interior, QStringLiteral("API Droit à conduire"), Kind::Api, Quarter(2021, 3),
            Status::Planned);
        add(m_interior, QStringLiteral("HistoVec"), Kind::Api, Quarter(2021, 4),
            Status::NotAvailable, QStringLiteral("dépendance au SIV"));
        add(m_culture, QStringLiteral("Base Mérimée"), Kind::Dataset, Quarter(2021, 2),
            Status::Available);
        add(m_culture, QStringLiteral("Code de Joconde"), Kind::SourceCode, Quarter(2099, 1),
            Status::Planned);
        add(m_culture, QStringLiteral("Ancien projet"), Kind::Dataset, Quarter(2020, 1),
            Status::Abandoned);
    }
    void cleanup()
    {
        m_store.reset();
        m_table.reset();
    }

    void readsEveryRow()
    {
        QUndoStack undo;
        OpeningsTableModel model(*m_store, &undo);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(OpeningsTableModel::ColumnCount));
        QCOMPARE(model.index(0, OpeningsTableModel::TitleColumn).data().toString(),
                 QStringLiteral("API Droit à conduire"));
        QCOMPARE(model.index(0, OpeningsTableModel::MinistryColumn).data().toString(),
                 QStringLiteral("Ministère de l'Intérieur"));
        QCOMPARE(model.index(0, OpeningsTableModel::AnnouncedColumn).data().toString(),
                 QStringLiteral("T3 2021"));
        // Overdue: planned and announced in the past; abandoned and future are not.
        QVERIFY(model.index(0, 0).data(OpeningsTableModel::OverdueRole).toBool());
        QVERIFY(model.index(1, 0).data(OpeningsTableModel::OverdueRole).toBool());
        QVERIFY(!model.index(2, 0).data(OpeningsTableModel::OverdueRole).toBool());
        QVERIFY(!model.index(3, 0).data(OpeningsTableModel::OverdueRole).toBool());
        QVERIFY(!model.index(4, 0).data(OpeningsTableModel::OverdueRole).toBool());
        // Shown distinctly, not by colour alone: a word in the status (the delegate adds
        // bold text and a marker).
        QVERIFY(model.index(0, OpeningsTableModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("overdue")));
    }

    void editUndoRedo()
    {
        QUndoStack undo;
        OpeningsTableModel model(*m_store, &undo);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex status = model.index(0, OpeningsTableModel::StatusColumn);
        const qint64 id = status.data(OpeningsTableModel::OpeningIdRole).toLongLong();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QVERIFY(model.setData(status, Domain::statusCode(Status::InProgress)));
        QCOMPARE(m_store->opening(id)->status, Status::InProgress);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(undo.count(), 1);
        QCOMPARE(model.index(0, OpeningsTableModel::StatusColumn).data(Qt::EditRole).toString(),
                 QStringLiteral("in_progress"));

        undo.undo();
        QCOMPARE(m_store->opening(id)->status, Status::Planned);
        undo.redo();
        QCOMPARE(m_store->opening(id)->status, Status::InProgress);

        // The log holds the edit, the undo and the redo.
        const auto log = m_store->changes(id);
        QCOMPARE(log.size(), 4);
        QCOMPARE(log.last().newValue, QStringLiteral("in_progress"));
    }

    void effectiveDateMakesAvailable()
    {
        QUndoStack undo;
        OpeningsTableModel model(*m_store, &undo);
        const QModelIndex date = model.index(1, OpeningsTableModel::EffectiveDateColumn);
        const qint64 id = date.data(OpeningsTableModel::OpeningIdRole).toLongLong();
        QVERIFY(model.setData(date, QDate(2022, 1, 20)));
        auto o = m_store->opening(id);
        QCOMPARE(o->effectiveDate, QDate(2022, 1, 20));
        QCOMPARE(o->status, Status::Available);
        QVERIFY(!model.index(1, 0).data(OpeningsTableModel::OverdueRole).toBool());
        // One undo step puts both back.
        undo.undo();
        o = m_store->opening(id);
        QVERIFY(!o->effectiveDate.isValid());
        QCOMPARE(o->status, Status::NotAvailable);
    }

    void rejectsBadValues()
    {
        QUndoStack undo;
        OpeningsTableModel model(*m_store, &undo);
        QSignalSpy errors(&model, &OpeningsTableModel::errorOccurred);
        QVERIFY(!model.setData(model.index(0, OpeningsTableModel::UrlColumn),
                               QStringLiteral("pas une adresse")));
        QVERIFY(!model.setData(model.index(0, OpeningsTableModel::AnnouncedColumn),
                               QStringLiteral("T7 2021")));
        QVERIFY(!model.setData(model.index(0, OpeningsTableModel::TitleColumn), QString()));
        QCOMPARE(errors.count(), 3);
        QCOMPARE(undo.count(), 0);
        QVERIFY(model.setData(model.index(0, OpeningsTableModel::UrlColumn),
                              QStringLiteral("https://api.gouv.fr/les-api/api-droit-a-conduire")));
        QVERIFY(model.setData(model.index(0, OpeningsTableModel::AnnouncedColumn),
                              QStringLiteral("2022 T1")));
        QCOMPARE(model.index(0, OpeningsTableModel::AnnouncedColumn).data().toString(),
                 QStringLiteral("T1 2022"));
    }

    void filters()
    {
        QUndoStack undo;
        OpeningsTableModel model(*m_store, &undo);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        OpeningFilter f;
        f.ministryIds = {m_culture};
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 3);
        f.kinds = {Kind::Dataset};
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 2);
        f = OpeningFilter();
        f.text = QStringLiteral("MERIMEE"); // case and accents ignored
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        f.text = QStringLiteral("siv"); // searched in comments too
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        f = OpeningFilter();
        f.onlyOverdue = true;
        f.reference = QDate(2022, 6, 30);
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 2);
        f = OpeningFilter();
        f.from = Quarter(2021, 3);
        f.to = Quarter(2021, 4);
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 2);
        f = OpeningFilter();
        f.statuses = {Status::Planned};
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 2);
        // An edit that moves a row out of the filter removes it from the view.
        QVERIFY(model.setData(model.index(0, OpeningsTableModel::StatusColumn),
                              Domain::statusCode(Status::Available)));
        QCOMPARE(model.rowCount(), 1);
        undo.undo();
        QCOMPARE(model.rowCount(), 2);
    }

    void sorting()
    {
        QUndoStack undo;
        OpeningsTableModel model(*m_store, &undo);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(OpeningsTableModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Ancien projet"));
        model.sort(OpeningsTableModel::AnnouncedColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Code de Joconde"));
    }

    void addAndDeleteAreUndoable()
    {
        QUndoStack undo;
        OpeningsTableModel model(*m_store, &undo);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Opening o;
        o.ministryId = m_culture;
        o.title = QStringLiteral("Nouvelle ouverture");
        o.announced = Quarter(2023, 1);
        QString error;
        QVERIFY2(model.addOpening(o, &error), qPrintable(error));
        QCOMPARE(model.rowCount(), 6);
        const qint64 id = model.idAt(5);
        QVERIFY(model.removeOpenings({id, model.idAt(0)}, &error));
        QCOMPARE(model.rowCount(), 4);
        undo.undo();
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.rowOf(id), 5);
        undo.undo();
        QCOMPARE(model.rowCount(), 5);
        undo.redo();
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(m_store->opening(id)->title, QStringLiteral("Nouvelle ouverture"));
    }

    void manyRowsArePaged()
    {
        QString error;
        m_store->database().transaction();
        OpeningRepository repo(m_store->database());
        for (int i = 0; i < 1000; ++i) {
            Opening o;
            o.ministryId = m_interior;
            o.title = QStringLiteral("Jeu %1").arg(i);
            o.announced = Quarter(2022, 1 + i % 4);
            QVERIFY(repo.insert(o, &error) > 0);
        }
        QVERIFY(m_store->database().commit(&error));
        QUndoStack undo;
        OpeningsTableModel model(*m_store, &undo);
        QCOMPARE(model.rowCount(), 1005);
        QCOMPARE(model.index(1004, 0).data().toString(), QStringLiteral("Jeu 999"));
        QCOMPARE(model.index(500, 0).data().toString(), QStringLiteral("Jeu 495"));
        QCOMPARE(model.rowOf(model.idAt(777)), 777);
    }
};

QTEST_GUILESS_MAIN(TestOpeningsModel)
#include "test_openingsmodel.moc"
