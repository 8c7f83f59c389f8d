#include "commands.h"
#include "openingstablemodel.h"
#include "store.h"
#include "testopenings.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

// Two users on one table, each with their own connection (two application instances
// on one SQLite file, or two clients of a server): a save made on a stale version
// overwrites nothing and comes back as a conflict whose resolution is saved; edits
// of other fields merge; each connection sees the other's changes without
// reopening. On SQLite and, as test_sharedediting_pg, on PostgreSQL.
class TestSharedEditing : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempTable> m_table;
    std::unique_ptr<Store> m_alice;
    std::unique_ptr<Store> m_bob;
    qint64 m_ministry = 0;
    qint64 m_id = 0;

    static int rowOf(const OpeningsTableModel &model, qint64 id) { return model.rowOf(id); }

private slots:
    void init()
    {
        TestSupport::failOnWarnings();
        m_table = std::make_unique<TestSupport::TempTable>();
        m_alice = std::make_unique<Store>();
        m_bob = std::make_unique<Store>();
        QString error;
        QVERIFY2(m_alice->open(m_table->location(), &error), qPrintable(error));
        m_ministry = m_alice->ensureMinistry(QStringLiteral("Ministère de la Culture"), &error);
        m_id = m_alice->addOpening(TestOpenings::make(m_ministry, QStringLiteral("Base Mérimée"))
                                       .kind(Kind::Dataset)
                                       .announced(Quarter(2021, 3))
                                       .comment(QStringLiteral("d'origine")),
                                   &error);
        QVERIFY2(m_id > 0, qPrintable(error));
        QVERIFY2(m_bob->open(m_table->location(), &error), qPrintable(error));
    }

    void cleanup()
    {
        m_alice.reset();
        m_bob.reset();
        m_table.reset();
    }

    void staleSaveConflictsAndChoiceIsApplied()
    {
        QUndoStack aliceUndo, bobUndo;
        OpeningsTableModel alice(*m_alice, &aliceUndo), bob(*m_bob, &bobUndo);
        TestSupport::ModelTester aliceTester(&alice), bobTester(&bob);
        const QModelIndex aliceCell =
            alice.index(rowOf(alice, m_id), OpeningsTableModel::CommentColumn);
        const QModelIndex bobCell = bob.index(rowOf(bob, m_id), OpeningsTableModel::CommentColumn);
        // Bob opens an editor on the comment: the row as he sees it goes with it.
        const QVariant bobSaw = bobCell.data(OpeningsTableModel::EditBaseRole);

        QVERIFY(alice.setData(aliceCell, QStringLiteral("celui d'Alice")));
        // Bob's row may be refreshed meanwhile: his edit is still judged on what he saw.
        m_bob->checkForChanges();
        QSignalSpy conflicts(&bob.editor(), &OpeningEditor::conflictOccurred);
        QSignalSpy errors(&bob.editor(), &OpeningEditor::errorOccurred);
        QVERIFY(bob.setData(bobCell, bobSaw, OpeningsTableModel::EditBaseRole));
        QVERIFY(!bob.setData(bobCell, QStringLiteral("celui de Bob")));
        QCOMPARE(errors.count(), 0);
        QCOMPARE(conflicts.count(), 1);
        const auto conflict = conflicts.first().first().value<EditConflict>();
        QCOMPARE(conflict.id, m_id);
        QCOMPARE(conflict.contested(), QVector<Field>{Field::Comment});
        QCOMPARE(conflict.theirs.comment, QStringLiteral("celui d'Alice"));
        QCOMPARE(conflict.theirs.updatedBy, m_alice->database().userName());
        QCOMPARE(conflict.mineValue(Field::Comment).toString(), QStringLiteral("celui de Bob"));
        QCOMPARE(conflict.seenValue(Field::Comment).toString(), QStringLiteral("d'origine"));
        // Nothing overwritten, nothing logged for Bob, nothing to undo.
        QCOMPARE(m_bob->opening(m_id)->comment, QStringLiteral("celui d'Alice"));
        QCOMPARE(m_bob->changes(m_id).size(), 2);
        QCOMPARE(bobUndo.count(), 0);

        // Bob keeps his value: saved over Alice's version, both edits in the log.
        QVERIFY(bob.editor().resolveConflict(conflict,
                                             {{Field::Comment, QStringLiteral("celui de Bob")}}));
        QCOMPARE(m_alice->opening(m_id)->comment, QStringLiteral("celui de Bob"));
        QCOMPARE(m_alice->opening(m_id)->version, 3);
        const QVector<Change> log = m_alice->changes(m_id);
        QCOMPARE(log.size(), 3);
        QCOMPARE(log[1].newValue, QStringLiteral("celui d'Alice"));
        QCOMPARE(log[2].oldValue, QStringLiteral("celui d'Alice"));
        QCOMPARE(log[2].newValue, QStringLiteral("celui de Bob"));
        QCOMPARE(bobUndo.count(), 1);
        QCOMPARE(bob.data(bobCell, Qt::EditRole).toString(), QStringLiteral("celui de Bob"));
    }

    void takingTheirsWritesNothing()
    {
        QString error;
        QVERIFY(m_alice->setField(m_id, Field::Comment, QStringLiteral("A"), &error));
        EditConflict conflict;
        QUndoStack undo;
        Opening seen = *m_alice->opening(m_id);
        seen.version = 1;
        seen.comment = QStringLiteral("d'origine");
        QCOMPARE(Commands::editFields(&undo, *m_bob, seen, {{Field::Comment, QStringLiteral("B")}},
                                      QStringLiteral("edit"), &error, &conflict),
                 SaveResult::Status::Conflict);
        OpeningsTableModel bob(*m_bob, &undo);
        TestSupport::ModelTester bobTester(&bob);
        QVERIFY(
            bob.editor().resolveConflict(conflict, {{Field::Comment, conflict.theirs.comment}}));
        QCOMPARE(m_bob->opening(m_id)->version, 2);
        QCOMPARE(m_bob->changes(m_id).size(), 2);
        QCOMPARE(undo.count(), 0);
    }

    void otherFieldsMerge()
    {
        QUndoStack aliceUndo, bobUndo;
        OpeningsTableModel alice(*m_alice, &aliceUndo), bob(*m_bob, &bobUndo);
        TestSupport::ModelTester aliceTester(&alice), bobTester(&bob);
        const int row = rowOf(bob, m_id);
        const QVariant bobSaw = bob.index(row, 0).data(OpeningsTableModel::EditBaseRole);
        QVERIFY(alice.setData(alice.index(rowOf(alice, m_id), OpeningsTableModel::CommentColumn),
                              QStringLiteral("celui d'Alice")));
        QSignalSpy conflicts(&bob.editor(), &OpeningEditor::conflictOccurred);
        const QModelIndex status = bob.index(row, OpeningsTableModel::StatusColumn);
        QVERIFY(bob.setData(status, bobSaw, OpeningsTableModel::EditBaseRole));
        QVERIFY(bob.setData(status, Domain::statusCode(Status::InProgress)));
        QCOMPARE(conflicts.count(), 0);
        const Opening now = *m_alice->opening(m_id);
        QCOMPARE(now.comment, QStringLiteral("celui d'Alice"));
        QCOMPARE(now.status, Status::InProgress);
        QCOMPARE(now.version, 3);
        // Bob's undo restores his field only, over Alice's version.
        bobUndo.undo();
        QCOMPARE(m_alice->opening(m_id)->status, Status::Planned);
        QCOMPARE(m_alice->opening(m_id)->comment, QStringLiteral("celui d'Alice"));
    }

    void undoOverAnotherUsersChangeConflicts()
    {
        QUndoStack aliceUndo, bobUndo;
        OpeningsTableModel alice(*m_alice, &aliceUndo), bob(*m_bob, &bobUndo);
        TestSupport::ModelTester aliceTester(&alice), bobTester(&bob);
        QVERIFY(bob.setData(bob.index(rowOf(bob, m_id), OpeningsTableModel::CommentColumn),
                            QStringLiteral("celui de Bob")));
        // Alice's model read the row before Bob's save (the tester reads every row): she
        // edits once she sees his value, so her save is no conflict and his undo meets it.
        QTRY_COMPARE_WITH_TIMEOUT(
            (m_alice->checkForChanges(),
             alice.index(rowOf(alice, m_id), OpeningsTableModel::CommentColumn).data().toString()),
            QStringLiteral("celui de Bob"), 10000);
        QVERIFY(alice.setData(alice.index(rowOf(alice, m_id), OpeningsTableModel::CommentColumn),
                              QStringLiteral("celui d'Alice")));
        QSignalSpy conflicts(&bob.editor(), &OpeningEditor::conflictOccurred);
        bobUndo.undo();
        QCOMPARE(conflicts.count(), 1);
        const auto conflict = conflicts.first().first().value<EditConflict>();
        QCOMPARE(conflict.mineValue(Field::Comment).toString(), QStringLiteral("d'origine"));
        QCOMPARE(conflict.theirs.comment, QStringLiteral("celui d'Alice"));
        QCOMPARE(m_alice->opening(m_id)->comment, QStringLiteral("celui d'Alice"));
        QCOMPARE(bobUndo.count(), 0); // the command that could not be undone left the history
    }

    void otherConnectionsChangesAppear()
    {
        QUndoStack undo;
        OpeningsTableModel bob(*m_bob, &undo);
        TestSupport::ModelTester bobTester(&bob);
        const QModelIndex cell = bob.index(rowOf(bob, m_id), OpeningsTableModel::CommentColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("d'origine"));
        QSignalSpy changed(m_bob.get(), &Store::openingChanged);
        QSignalSpy reset(m_bob.get(), &Store::openingsReset);
        QSignalSpy ministries(m_bob.get(), &Store::ministriesChanged);
        QString error;
        QVERIFY(m_alice->setField(m_id, Field::Comment, QStringLiteral("vu par Bob"), &error));
        // Announced by the server's notification, or seen in the SQLite file.
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 10000);
        QCOMPARE(changed.first().first().toLongLong(), m_id);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(cell.data().toString(), QStringLiteral("vu par Bob"));

        Opening o = *m_alice->opening(m_id);
        o.id = 0;
        o.title = QStringLiteral("Base Joconde");
        o.ministryId = m_alice->ensureMinistry(QStringLiteral("Ministère des Armées"), &error);
        QVERIFY2(m_alice->addOpening(o, &error) > 0, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(reset.count() >= 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(ministries.count() >= 1, 10000);
        QCOMPARE(bob.rowCount(), 2);
        QVERIFY(m_bob->ministries().find(QStringLiteral("Ministère des Armées")) > 0);

        reset.clear();
        QVERIFY(m_alice->removeOpening(m_id, &error));
        QTRY_VERIFY_WITH_TIMEOUT(reset.count() >= 1, 10000);
        QCOMPARE(bob.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSharedEditing)
#include "test_sharedediting.moc"
