#include "conflictdialog.h"
#include "connectdialog.h"
#include "dashboardpage.h"
#include "database.h"
#include "guitestsupport.h"
#include "location.h"
#include "mainwindow.h"
#include "messagewidget.h"
#include "openingstablemodel.h"
#include "serveradmin.h"
#include "store.h"
#include "tablelocation.h"
#include "testopenings.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

// The window on a shared table, driven as a user would: a conflict met while editing
// a cell and resolved in the dialog, other ministries' rows read-only, File > Connect
// to a server…, the password a server asks for, and the local table offered when a
// server is out of reach. On SQLite and, as test_gui_shared_pg, on PostgreSQL.
class TestGuiShared : public QObject, public GuiTestFixture
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    qint64 m_culture = 0;
    qint64 m_interior = 0;
    qint64 m_cultureRow = 0;
    qint64 m_interiorRow = 0;

    QTableView *view() const
    {
        return m_window->findChild<QTableView *>(QStringLiteral("openingsView"));
    }
    OpeningsTableModel *model() const { return m_window->model(); }

    ConflictDialog *conflictDialog() const
    {
        return m_window->findChild<ConflictDialog *>(QStringLiteral("conflictDialog"));
    }

    // Opens the comment's editor of a row, lets other change the row meanwhile, then
    // types text and saves it: the edit is judged on the row as it was when opened.
    void editCommentWhileOtherSaves(qint64 id, const QString &text, const QString &theirs)
    {
        const QModelIndex index =
            model()->index(model()->rowOf(id), OpeningsTableModel::CommentColumn);
        view()->setCurrentIndex(index);
        view()->edit(index);
        auto *editor =
            view()->viewport()->findChild<QPlainTextEdit *>(QStringLiteral("commentEditor"));
        QVERIFY(editor);
        Store other;
        QString error;
        QVERIFY(other.open(m_table->location(), &error));
        QVERIFY(other.setField(id, Field::Comment, theirs, &error));
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Settings and the user's own table go to a temporary folder.
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        isolateSettings(m_home.filePath(QStringLiteral("config")));
    }

    void init()
    {
        newTable(Content::Empty);
        Store store;
        QString error;
        QVERIFY2(store.open(m_table->location(), &error), qPrintable(error));
        m_culture = store.ensureMinistry(QStringLiteral("Ministère de la Culture"), &error);
        m_interior = store.ensureMinistry(QStringLiteral("Ministère de l'Intérieur"), &error);
        TestOpenings::Builder row(m_culture, QStringLiteral("Base Mérimée"));
        row.announced(Quarter(2021, 3)).comment(QStringLiteral("d'origine"));
        m_cultureRow = store.addOpening(row, &error);
        m_interiorRow = store.addOpening(
            row.ministry(m_interior).title(QStringLiteral("API Droit à conduire")), &error);
        QVERIFY(m_cultureRow > 0 && m_interiorRow > 0);
        TestSupport::failOnWarnings();
    }

    void cleanup() { tearDown(); }

    void conflictWhileEditingKeepsMine()
    {
        openWindowOn(m_table->location());
        editCommentWhileOtherSaves(m_cultureRow, QStringLiteral("le mien"),
                                   QStringLiteral("le leur"));
        QTRY_VERIFY(conflictDialog());
        ConflictDialog *dialog = conflictDialog();
        QCOMPARE(dialog->fields(), QVector<Field>{Field::Comment});
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("theirs_comment"))->text(),
                 QStringLiteral("le leur"));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("mine_comment"))->text(),
                 QStringLiteral("le mien"));
        // Nothing of either is lost while the user decides.
        QCOMPARE(m_store->opening(m_cultureRow)->comment, QStringLiteral("le leur"));
        dialog->setChoice(Field::Comment, ConflictDialog::Choice::Mine);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(m_store->opening(m_cultureRow)->comment, QStringLiteral("le mien"));
        const QVector<Change> log = m_store->changes(m_cultureRow);
        QCOMPARE(log.last().oldValue, QStringLiteral("le leur"));
        QCOMPARE(m_window->undoStack()->count(), 1);
    }

    void conflictResolvedByEditingOrTakingTheirs()
    {
        openWindowOn(m_table->location());
        editCommentWhileOtherSaves(m_cultureRow, QStringLiteral("le mien"),
                                   QStringLiteral("le leur"));
        QTRY_VERIFY(conflictDialog());
        ConflictDialog *dialog = conflictDialog();
        auto *edit = qobject_cast<QLineEdit *>(dialog->editor(Field::Comment));
        QVERIFY(edit && !edit->isEnabled());
        dialog->setChoice(Field::Comment, ConflictDialog::Choice::Edit);
        QVERIFY(edit->isEnabled());
        edit->setText(QStringLiteral("les deux"));
        dialog->accept();
        QTRY_COMPARE(m_store->opening(m_cultureRow)->comment, QStringLiteral("les deux"));
        QTRY_VERIFY(!conflictDialog());

        // Taking theirs saves nothing more.
        editCommentWhileOtherSaves(m_cultureRow, QStringLiteral("encore moi"),
                                   QStringLiteral("encore eux"));
        QTRY_VERIFY(conflictDialog());
        const int version = m_store->opening(m_cultureRow)->version;
        QTest::mouseClick(
            conflictDialog()->findChild<QPushButton *>(QStringLiteral("takeTheirsButton")),
            Qt::LeftButton);
        QTRY_VERIFY(!conflictDialog());
        QCOMPARE(m_store->opening(m_cultureRow)->comment, QStringLiteral("encore eux"));
        QCOMPARE(m_store->opening(m_cultureRow)->version, version);
    }

    void tableAndDashboardFollowOtherUsers()
    {
        openWindowOn(m_table->location());
        m_window->showDashboard();
        auto *dashboard = m_window->findChild<DashboardPage *>();
        QVERIFY(dashboard);
        QTRY_VERIFY(dashboard->progress().has_value() && !dashboard->isComputing());
        QCOMPARE(dashboard->progress()->totals.opened, 0);
        const QModelIndex comment =
            model()->index(model()->rowOf(m_interiorRow), OpeningsTableModel::CommentColumn);

        // Another user (another application instance, or another client of the server).
        Store other;
        QString error;
        QVERIFY(other.open(m_table->location(), &error));
        QVERIFY(other.setFields(m_interiorRow,
                                {{Field::EffectiveDate, QStringLiteral("2021-09-01")},
                                 {Field::Status, Domain::statusCode(Status::Available)},
                                 {Field::Comment, QStringLiteral("ouvert par un autre")}},
                                &error));
        QTRY_COMPARE_WITH_TIMEOUT(comment.data().toString(), QStringLiteral("ouvert par un autre"),
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(dashboard->progress()->totals.opened, 1, 10000);
    }

    void conflictDialogReadsTypedValues()
    {
        const Opening theirs = TestOpenings::make(0, QStringLiteral("x"))
                                   .id(1)
                                   .version(3)
                                   .announced(Quarter(2022, 1))
                                   .effective(QDate(2022, 3, 1))
                                   .updatedBy(QStringLiteral("alice"));
        EditConflict conflict{1,
                              QStringLiteral("edit"),
                              {{Field::Announced, Quarter(2021, 4).key()},
                               {Field::EffectiveDate, QVariant()},
                               {Field::Status, Domain::statusCode(Status::Planned)}},
                              {{Field::Announced, Quarter(2022, 2).key()},
                               {Field::EffectiveDate, QStringLiteral("2022-04-01")},
                               {Field::Status, Domain::statusCode(Status::Planned)}},
                              theirs};
        ConflictDialog dialog(conflict, {});
        // Status was not changed by the other user: not asked, saved as the user wants.
        QCOMPARE(dialog.fields(), (QVector<Field>{Field::Announced, Field::EffectiveDate}));
        dialog.setChoice(Field::Announced, ConflictDialog::Choice::Edit);
        auto *quarter = qobject_cast<QLineEdit *>(dialog.editor(Field::Announced));
        quarter->setText(QStringLiteral("T5 2022"));
        QString error;
        QVERIFY(!dialog.resolvedValues(&error));
        QVERIFY2(error.contains(QLatin1String("T5 2022")), qPrintable(error));
        quarter->setText(QStringLiteral("fin 2022"));
        dialog.setChoice(Field::EffectiveDate, ConflictDialog::Choice::Theirs);
        const auto values = dialog.resolvedValues(&error);
        QVERIFY2(values, qPrintable(error));
        QCOMPARE(*values, (FieldValues{{Field::Announced, Quarter(2022, 4).key()},
                                       {Field::EffectiveDate, QStringLiteral("2022-03-01")},
                                       {Field::Status, Domain::statusCode(Status::Planned)}}));
    }

    void otherMinistriesRowsAreReadOnly()
    {
        SUIVI_POSTGRES_ONLY("rights are kept by the server");
        const QString culture = m_table->createRole(QStringLiteral("culture"));
        Database admin;
        QString error;
        QVERIFY2(ServerAdmin::openAsAdministrator(admin, m_table->location(), &error),
                 qPrintable(error));
        bool added = false;
        QVERIFY(ServerAdmin::grant(admin, culture, m_culture, &added, &error));
        openWindowOn(m_table->locationAs(culture));
        const QModelIndex other =
            model()->index(model()->rowOf(m_interiorRow), OpeningsTableModel::CommentColumn);
        const QModelIndex own =
            model()->index(model()->rowOf(m_cultureRow), OpeningsTableModel::CommentColumn);
        // F2 on another ministry's row opens no editor; on its own, one.
        view()->setFocus();
        view()->setCurrentIndex(other);
        QTest::keyClick(view(), Qt::Key_F2);
        QVERIFY(!view()->viewport()->findChild<QPlainTextEdit *>(QStringLiteral("commentEditor")));
        view()->setCurrentIndex(own);
        QTest::keyClick(view(), Qt::Key_F2);
        QVERIFY(view()->viewport()->findChild<QPlainTextEdit *>(QStringLiteral("commentEditor")));
        QTest::keyClick(
            view()->viewport()->findChild<QPlainTextEdit *>(QStringLiteral("commentEditor")),
            Qt::Key_Escape);
        QAction *add = m_window->findChild<QAction *>(QStringLiteral("addOpeningAction"));
        QVERIFY(add->isEnabled());
        // A new opening can only be its ministry's.
        add->trigger();
        QComboBox *ministries = nullptr;
        QTRY_VERIFY(
            (ministries = m_window->findChild<QComboBox *>(QStringLiteral("addMinistryCombo"))));
        QCOMPARE(ministries->count(), 1);
        QCOMPARE(ministries->itemData(0).toLongLong(), m_culture);
        QVERIFY(!ministries->isEditable());
        ministries->window()->close();

        // Its grant taken back, the account only reads, at once.
        QVERIFY(ServerAdmin::revoke(admin, culture, m_culture, &added, &error));
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_window->findChild<QAction *>(QStringLiteral("addOpeningAction"))->isEnabled(),
            10000);
        QVERIFY(!model()->flags(own).testFlag(Qt::ItemIsEditable));
    }

    void connectDialogMakesTheUrl()
    {
        ConnectDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("hostEdit"))
            ->setText(QStringLiteral("pg.gouv.fr"));
        dialog.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(6543);
        dialog.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))
            ->setText(QStringLiteral("suivi"));
        dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"))
            ->setText(QStringLiteral("amd_culture"));
        auto *ssl = dialog.findChild<QComboBox *>(QStringLiteral("sslModeCombo"));
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("verify-full")));
        QCOMPARE(
            dialog.url(),
            QStringLiteral("postgresql://amd_culture@pg.gouv.fr:6543/suivi?sslmode=verify-full"));
        ConnectDialog again;
        again.setUrl(dialog.url());
        QCOMPARE(again.url(), dialog.url());
        QVERIFY(again.findChild<QPushButton *>(QStringLiteral("connectButton"))->isEnabled());
        again.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->clear();
        QVERIFY(!again.findChild<QPushButton *>(QStringLiteral("connectButton"))->isEnabled());
    }

    void connectActionOpensTheServer()
    {
        SUIVI_POSTGRES_ONLY("File > Connect to a server");
        createWindow();
        m_window->show();
        QAction *connectAction =
            m_window->findChild<QAction *>(QStringLiteral("connectServerAction"));
        QVERIFY(connectAction && connectAction->isEnabled());
        connectAction->trigger();
        ConnectDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ConnectDialog *>()));
        const QUrl url(m_table->location());
        dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(url.host());
        dialog->findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(url.port());
        dialog->findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->setText(url.path().mid(1));
        dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(url.userName());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(m_store->isOpen());
        QCOMPARE(m_store->location(), m_table->location());
        QCOMPARE(model()->rowCount(), 2);
    }

    void serverAsksForThePassword()
    {
        SUIVI_POSTGRES_ONLY("a server asks for passwords");
        const QString role = m_table->createRole(QStringLiteral("amd"), QStringLiteral("s3cret"));
        createWindow();
        QStringList asked;
        QStringList answers{QStringLiteral("wrong"), QStringLiteral("s3cret")};
        m_window->setPasswordPrompt([&](const QString &where, QString *password) {
            asked << where;
            *password = answers.takeFirst();
            return true;
        });
        const QString location = m_table->locationAs(role);
        m_window->openTableAsking(location);
        QVERIFY(m_store->isOpen());
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.first(), Database::describe(location));
        QCOMPARE(m_store->database().userName(), role);
        // Never saved: the settings hold the address without it.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QLatin1String("s3cret")),
                     qPrintable(key));
        QCOMPARE(MainWindow::lastTableLocation(), location);

        // Cancelling the prompt leaves the window as it was, without an error.
        Store other;
        MainWindow window(other);
        window.setPasswordPrompt([](const QString &, QString *) { return false; });
        Database::rememberPassword(location, QString());
        window.openTableAsking(location);
        QVERIFY(!other.isOpen());
    }

    void passwordOfTheAddressIsNeverSaved()
    {
        SUIVI_POSTGRES_ONLY("a server's password");
        const QString role = m_table->createRole(QStringLiteral("amd"), QStringLiteral("hunter2"));
        const QString plain = m_table->locationAs(role);
        QUrl inQuery(plain);
        inQuery.setQuery(QStringLiteral("password=hunter2&application_name=suivi"));
        QUrl inUserInfo(plain);
        inUserInfo.setPassword(QStringLiteral("hunter2"));
        for (const QUrl &url : {inQuery, inUserInfo}) {
            Database::rememberPassword(plain, QString());
            createWindow();
            m_window->setPasswordPrompt([](const QString &, QString *) { return false; });
            m_window->openTableAsking(url.toString());
            QVERIFY2(m_store->isOpen(), qPrintable(url.toString()));
            QCOMPARE(m_store->database().userName(), role);
            QVERIFY(!m_window->windowTitle().contains(QLatin1String("hunter2")));
            QSettings settings;
            for (const QString &key : settings.allKeys()) {
                const QVariant value = settings.value(key);
                const QString text =
                    value.toStringList().join(QLatin1Char('\n')) + value.toString();
                QVERIFY2(!text.contains(QLatin1String("hunter2")), qPrintable(key));
            }
            const auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentTablesMenu"));
            QVERIFY(recent);
            for (const QAction *action : recent->actions())
                QVERIFY2(!action->text().contains(QLatin1String("hunter2")),
                         qPrintable(action->text()));
        }
        Database::rememberPassword(plain, QString());
    }

    void unreachableServerOffersTheLocalTable()
    {
        createWindow();
        ApplicationServices services;
        services.localTable = &TableLocation::userTable;
        m_window->setApplicationServices(services);
        m_window->show();
        // Nothing listens on port 1.
        const QString location = QStringLiteral("postgresql://amd@127.0.0.1:1/suivi_partage");
        m_window->openTableAsking(location);
        const QString message = m_window->messageWidget()->text();
        for (const QString &part :
             {QStringLiteral("127.0.0.1"), QStringLiteral("1"), QStringLiteral("suivi_partage")})
            QVERIFY2(message.contains(part), qPrintable(message));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("serverFailureBox"))));
        QVERIFY(box->text().contains(QStringLiteral("suivi_partage")));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("openLocalTableButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(m_store->isOpen());
        QVERIFY(!Location::isServer(m_store->location()));
        QVERIFY(m_store->location().startsWith(m_home.path()));
        QVERIFY(model()->rowCount() > 0);
    }
};

QTEST_MAIN(TestGuiShared)
#include "test_gui_shared.moc"
