#include "openingstablemodel.h"
#include "store.h"
#include "testopenings.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

// The table's item model: lazy pages, edits through the undo stack, filters.
class TestOpeningsModel : public QObject, public TestSupport::StoreFixture
{
    Q_OBJECT

private:
    qint64 m_interior = 0;
    qint64 m_culture = 0;

    qint64 add(qint64 ministry, const QString &title, Kind kind, Quarter announced, Status status,
               const QString &comment = {})
    {
        QString error;
        const qint64 id = m_store->addOpening(TestOpenings::make(ministry, title)
                                                  .kind(kind)
                                                  .announced(announced)
                                                  .status(status)
                                                  .comment(comment),
                                              &error);
        if (id <= 0)
            qFatal("%s", qPrintable(error));
        return id;
    }

private slots:
    void init()
    {
        TestSupport::failOnWarnings();
        newTable();
        openStore();
        if (QTest::currentTestFailed())
            return;
        QString error;
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
    void cleanup() { tearDown(); }

    void readsEveryRow()
    {
        QUndoStack undo;
        OpeningsTableModel model(*m_store, &undo);
        TestSupport::ModelTester tester(&model);
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
        TestSupport::ModelTester tester(&model);
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
        TestSupport::ModelTester tester(&model);
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
        TestSupport::ModelTester tester(&model);
        QSignalSpy errors(&model.editor(), &OpeningEditor::errorOccurred);
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
        TestSupport::ModelTester tester(&model);
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
        TestSupport::ModelTester tester(&model);
        model.sort(OpeningsTableModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Ancien projet"));
        model.sort(OpeningsTableModel::AnnouncedColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Code de Joconde"));
    }

    void addAndDeleteAreUndoable()
    {
        QUndoStack undo;
        OpeningsTableModel model(*m_store, &undo);
        TestSupport::ModelTester tester(&model);
        QString error;
        QVERIFY2(model.editor().addOpening(
                     TestOpenings::make(m_culture, QStringLiteral("Nouvelle ouverture"))
                         .announced(Quarter(2023, 1)),
                     &error),
                 qPrintable(error));
        QCOMPARE(model.rowCount(), 6);
        const qint64 id = model.idAt(5);
        QVERIFY(model.editor().removeOpenings({id, model.idAt(0)}, &error));
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
            QVERIFY(repo.insert(TestOpenings::make(m_interior, QStringLiteral("Jeu %1").arg(i))
                                    .announced(Quarter(2022, 1 + i % 4)),
                                &error) > 0);
        }
        QVERIFY(m_store->database().commit(&error));
        QUndoStack undo;
        OpeningsTableModel model(*m_store, &undo);
        TestSupport::ModelTester tester(&model);
        QCOMPARE(model.rowCount(), 1005);
        QCOMPARE(model.index(1004, 0).data().toString(), QStringLiteral("Jeu 999"));
        QCOMPARE(model.index(500, 0).data().toString(), QStringLiteral("Jeu 495"));
        QCOMPARE(model.rowOf(model.idAt(777)), 777);
        // Every row is counted at once: there is nothing more to fetch, whatever was read.
        QVERIFY(!model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 1005);
        // Sorted and filtered over the pages, then an edit and its undo on a later page.
        model.sort(OpeningsTableModel::TitleColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Jeu 999"));
        OpeningFilter f;
        f.ministryIds = {m_interior};
        f.from = Quarter(2022, 4);
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 250);
        const QModelIndex last = model.index(249, OpeningsTableModel::StatusColumn);
        QVERIFY(model.setData(last, Domain::statusCode(Status::InProgress)));
        QCOMPARE(model.index(249, OpeningsTableModel::StatusColumn).data(Qt::EditRole).toString(),
                 QStringLiteral("in_progress"));
        undo.undo();
        QCOMPARE(model.index(249, OpeningsTableModel::StatusColumn).data(Qt::EditRole).toString(),
                 QStringLiteral("planned"));
        model.refresh();
        QCOMPARE(model.rowCount(), 250);
    }

    // The model before its store is open, through the opening (the load), a reload,
    // a refresh, and changes made by another connection to the same table.
    void followsTheStoreUnderTheTester()
    {
        Store store;
        QUndoStack undo;
        OpeningsTableModel model(store, &undo);
        TestSupport::ModelTester tester(&model);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore(QModelIndex()));

        QString error;
        QVERIFY2(store.open(m_table->location(), &error), qPrintable(error));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(4, OpeningsTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Ancien projet"));
        store.reload();
        QCOMPARE(model.rowCount(), 5);
        model.refresh();
        QCOMPARE(model.rowCount(), 5);

        // Another connection (m_store) edits, adds, renames and deletes; this one learns it.
        const qint64 id = model.idAt(0);
        QVERIFY2(m_store->setField(id, Field::Comment, QStringLiteral("vu ailleurs"), &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(
            (store.checkForChanges(), model.index(0, OpeningsTableModel::CommentColumn).data() ==
                                          QStringLiteral("vu ailleurs")),
            10000);
        const qint64 added =
            m_store->addOpening(TestOpenings::make(m_culture, QStringLiteral("Ajout d'ailleurs"))
                                    .announced(Quarter(2022, 2)),
                                &error);
        QVERIFY2(added > 0, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT((store.checkForChanges(), model.rowCount()), 6, 10000);
        QCOMPARE(model.index(5, OpeningsTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Ajout d'ailleurs"));
        QVERIFY2(m_store->removeOpening(added, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT((store.checkForChanges(), model.rowCount()), 5, 10000);

        // A new ministry of its own: the ministry column is announced changed.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(store.ensureMinistry(QStringLiteral("Ministère des Sports"), &error) > 0);
        QVERIFY(!changed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOpeningsModel)
#include "test_openingsmodel.moc"
