#include "GuiTest.h"
#include "LedgerFiles.h"
#include "LedgerFixture.h"
#include "TestDatabase.h"

#include "dialogs/SettingsDialog.h"
#include "ledgers/DailyQueueCounter.h"
#include "ledgers/StationRepository.h"
#include "ledgers/VocabularyRepository.h"
#include "lists/SqlListModel.h"
#include "main/DeputyPanel.h"
#include "main/LedgerListView.h"
#include "main/MainWindow.h"
#include "main/TodayView.h"
#include "storage/DatabaseCopy.h"
#include "storage/Migrations.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

namespace {

/// Two deputies; appeals in several of today's queues: two overdue, one due in three days, one later,
/// one not yet accepted (LedgerFixture::addDeskLedger).
void fillLedger(Database &db)
{
    LedgerFixture::addDeskLedger(db, {-5, -5, 3, 30});
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { isolateUserFolders(); }

    void opensAFileAndShowsItsDeputies();
    void todaysCountsMatchTheLedger();
    void clickingAQueueOpensTheFilteredList();
    void searchFindsAChineseSubstring_data();
    void searchFindsAChineseSubstring();
    void selectingADeputyFiltersTheLists();
    void aForeignFileShowsTheReason();
    void aNewFileGetsItsStationAndDemoData();
    void aCopyIsAWholeLedger();
    void settingsRenameTheStationAndRefuseAnEmptyName();
    void firstStartAsksForTheStation();
    void enterAndCtrlNOpenTheRecordForms();
    void anOlderFileIsUpgradedWithAWordFirst_data();
    void anOlderFileIsUpgradedWithAWordFirst();
};

void TestMainWindow::opensAFileAndShowsItsDeputies()
{
    TestDatabase t;
    fillLedger(t.db());
    t.close();
    MainWindow window;
    QVERIFY(window.openFile(t.path()));
    window.show();
    auto *deputies = window.findChild<QTableView *>(QStringLiteral("deputyTable"));
    QVERIFY(deputies);
    QTRY_COMPARE(deputies->model()->rowCount(), 2);
    QVERIFY(window.windowTitle().contains(QDir::toNativeSeparators(t.path())));
    auto *appeals = window.findChild<LedgerListView *>(QStringLiteral("appealsList"));
    QVERIFY(appeals);
    // Lists query when their tab is shown.
    window.tabs()->setCurrentWidget(appeals);
    QTRY_COMPARE(appeals->model()->rowCount(), 5);
}

void TestMainWindow::todaysCountsMatchTheLedger()
{
    TestDatabase t;
    fillLedger(t.db());
    const QMap<DailyQueue, int> expected = DailyQueueCounter(t.db()).counts();
    t.close();
    MainWindow window;
    QVERIFY(window.openFile(t.path()));
    window.show();
    QCOMPARE(expected.value(DailyQueue::Overdue), 2);
    QCOMPARE(expected.value(DailyQueue::DueSoon), 1);
    for (DailyQueue queue : DailyQueues::all())
        QCOMPARE(window.todayView()->count(queue), expected.value(queue));
    auto *overdue = window.findChild<QPushButton *>(QStringLiteral("queue_overdue"));
    QVERIFY(overdue);
    QVERIFY(overdue->text().endsWith(QStringLiteral(": 2")));
}

void TestMainWindow::clickingAQueueOpensTheFilteredList()
{
    TestDatabase t;
    fillLedger(t.db());
    t.close();
    MainWindow window;
    QVERIFY(window.openFile(t.path()));
    window.show();
    auto *overdue = window.findChild<QPushButton *>(QStringLiteral("queue_overdue"));
    QVERIFY(overdue);
    QTest::mouseClick(overdue, Qt::LeftButton);
    auto *appeals = window.findChild<LedgerListView *>(QStringLiteral("appealsList"));
    QTRY_COMPARE(window.tabs()->currentWidget(), appeals);
    QTRY_COMPARE(appeals->model()->rowCount(), 2);
    auto *count = window.findChild<QLabel *>(QStringLiteral("recordCount"));
    QVERIFY(count->text().contains(QLatin1Char('2')));
    // "Show all" leaves the queue.
    auto *leave = appeals->findChild<QToolButton *>(QStringLiteral("leaveQueue"));
    QVERIFY(leave && leave->isVisible());
    QTest::mouseClick(leave, Qt::LeftButton);
    QTRY_COMPARE(appeals->model()->rowCount(), 5);

    auto *dueSoon = window.findChild<QPushButton *>(QStringLiteral("queue_dueSoon"));
    window.tabs()->setCurrentIndex(MainWindow::TodayTab);
    QTest::mouseClick(dueSoon, Qt::LeftButton);
    QTRY_COMPARE(appeals->model()->rowCount(), 1);
}

void TestMainWindow::searchFindsAChineseSubstring_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected");
    QTest::newRow("one character (LIKE)") << QStringLiteral("灯") << 1;
    QTest::newRow("two characters (LIKE)") << QStringLiteral("充电") << 1;
    QTest::newRow("three characters or more (trigram index)") << QStringLiteral("电动车充电") << 1;
    QTest::newRow("a character in several appeals") << QStringLiteral("不") << 2;
    QTest::newRow("nothing matches: the empty state explains") << QStringLiteral("地铁") << 0;
}

void TestMainWindow::searchFindsAChineseSubstring()
{
    QFETCH(QString, query);
    QFETCH(int, expected);
    TestDatabase t;
    fillLedger(t.db());
    t.close();
    MainWindow window;
    QVERIFY(window.openFile(t.path()));
    window.show();
    auto *appeals = window.findChild<LedgerListView *>(QStringLiteral("appealsList"));
    window.tabs()->setCurrentWidget(appeals);
    auto *search = appeals->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    QVERIFY(search);
    GuiTest::typeText(search, query);
    QCOMPARE(search->text(), query);
    QTRY_COMPARE(appeals->model()->rowCount(), expected);
    auto *empty = appeals->findChild<QLabel *>(QStringLiteral("emptyState"));
    QTRY_COMPARE(empty->isVisible(), expected == 0);
}

void TestMainWindow::selectingADeputyFiltersTheLists()
{
    TestDatabase t;
    fillLedger(t.db());
    t.close();
    MainWindow window;
    QVERIFY(window.openFile(t.path()));
    window.show();
    auto *table = window.findChild<QTableView *>(QStringLiteral("deputyTable"));
    auto *appeals = window.findChild<LedgerListView *>(QStringLiteral("appealsList"));
    auto *model = qobject_cast<SqlListModel *>(table->model());
    window.tabs()->setCurrentWidget(appeals);
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->data(model->index(r, 0)).toString() == QStringLiteral("王秀英"))
            row = r;
    QVERIFY(row >= 0);
    table->setCurrentIndex(model->index(row, 0));
    QTRY_COMPARE(appeals->model()->rowCount(), 2);
    QCOMPARE(window.deputyPanel()->currentDeputy(), model->idAt(row));
    auto *all = window.findChild<QToolButton *>(QStringLiteral("allDeputies"));
    QTest::mouseClick(all, Qt::LeftButton);
    QTRY_COMPARE(appeals->model()->rowCount(), 5);
}

void TestMainWindow::aForeignFileShowsTheReason()
{
    TestDatabase t;
    fillLedger(t.db());
    t.close();
    const QString foreign = t.dir() + QStringLiteral("/notes.sqlite");
    QFile file(foreign);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are my notes, not a database.\n");
    file.close();

    MainWindow window;
    QVERIFY(window.openFile(t.path()));
    const int boxes = MessageBox::count();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.openFile(foreign));
    QCOMPARE(MessageBox::count(), boxes + 1);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("not a ledger file")),
             qPrintable(MessageBox::lastText()));
    // The file open before stays open, and the foreign one is untouched.
    QCOMPARE(window.database()->path(), QFileInfo(t.path()).absoluteFilePath());
    QCOMPARE(fileBytes(foreign), QByteArray("These are my notes, not a database.\n"));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.openFile(t.dir() + QStringLiteral("/missing.sqlite")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("does not exist")));
}

void TestMainWindow::aNewFileGetsItsStationAndDemoData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    MainWindow window;
    QVERIFY(window.createFile(path, QStringLiteral("丁字桥街人大代表联络站"), QStringLiteral("丁字桥街道"),
                              true));
    QVERIFY(window.windowTitle().contains(QStringLiteral("丁字桥街人大代表联络站")));
    auto *deputies = window.findChild<QTableView *>(QStringLiteral("deputyTable"));
    QVERIFY(deputies->model()->rowCount() > 0);
    // A list reads its rows when its tab is shown.
    window.show();
    window.tabs()->setCurrentWidget(window.list(MainWindow::AppealsTab));
    QTRY_VERIFY(window.list(MainWindow::AppealsTab)->model()->rowCount() > 0);
    // An existing ledger is never overwritten.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.createFile(path, QStringLiteral("别的站"), QString(), false));
    QVERIFY(window.windowTitle().contains(QStringLiteral("丁字桥街人大代表联络站")));
}

void TestMainWindow::aCopyIsAWholeLedger()
{
    TestDatabase t;
    fillLedger(t.db());
    const QString copy = t.dir() + QStringLiteral("/copy.sqlite");
    QVERIFY_OK(DatabaseCopy::write(t.db(), copy));
    QVERIFY(!DatabaseCopy::write(t.db(), t.path()).isOk());
    t.close();
    MainWindow window;
    QVERIFY(window.openFile(copy));
    window.show();
    window.tabs()->setCurrentIndex(MainWindow::AppealsTab);
    QTRY_COMPARE(window.list(MainWindow::AppealsTab)->model()->rowCount(), 5);
}

void TestMainWindow::settingsRenameTheStationAndRefuseAnEmptyName()
{
    TestDatabase t;
    SettingsDialog dialog(t.db());
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("settingsStation"));
    auto *clerk = dialog.findChild<QLineEdit *>(QStringLiteral("settingsClerk"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("settingsStationError"));
    name->clear();
    QVERIFY(!dialog.save());
    QVERIFY(error->isVisible());
    const QString before = StationRepository(t.db()).local()->name;
    QVERIFY(!before.isEmpty());
    name->clear();
    GuiTest::typeText(name, QStringLiteral("积玉桥街代表联络站"));
    clerk->setText(QStringLiteral("张敏"));
    QVERIFY(dialog.save());
    QCOMPARE(StationRepository(t.db()).local()->name, QStringLiteral("积玉桥街代表联络站"));
    QCOMPARE(QSettings().value(QStringLiteral("clerkName")).toString(), QStringLiteral("张敏"));

    // A new category is in the list at once.
    auto *entry = dialog.findChild<QLineEdit *>(QStringLiteral("categoryEntry"));
    GuiTest::typeText(entry, QStringLiteral("养老服务"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("categoryAdd")), Qt::LeftButton);
    QVERIFY(
        VocabularyRepository(t.db()).contains(VocabularyRepository::category(), QStringLiteral("养老服务")));
}

void TestMainWindow::firstStartAsksForTheStation()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data/ledger.sqlite"));
    qputenv("LIAISON_LEDGER_DB", QFile::encodeName(path));
    QSettings().remove(QStringLiteral("lastFile"));
    GuiTest::onNextDialog(QStringLiteral("welcomeDialog"), [](QDialog *dialog) {
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no station name yet
        GuiTest::typeText(dialog->findChild<QLineEdit *>(QStringLiteral("stationName")),
                          QStringLiteral("丁字桥街人大代表联络站"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    MainWindow window;
    QVERIFY(window.startUp(QString()));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(StationRepository(*window.database()).local()->name, QStringLiteral("丁字桥街人大代表联络站"));

    // The next start opens the same file without asking.
    MainWindow again;
    QVERIFY(again.startUp(QString()));
    QCOMPARE(again.database()->path(), QFileInfo(path).absoluteFilePath());
    qunsetenv("LIAISON_LEDGER_DB");

    // A file named on the command line that cannot be opened: the reason, and no window.
    MainWindow refused;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!refused.startUp(dir.filePath(QStringLiteral("nothing-here.sqlite"))));
    QVERIFY(!refused.database());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("does not exist")));
}

void TestMainWindow::enterAndCtrlNOpenTheRecordForms()
{
    TestDatabase t;
    fillLedger(t.db());
    t.close();
    MainWindow window;
    QVERIFY(window.openFile(t.path()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *appeals = window.list(MainWindow::AppealsTab);
    window.tabs()->setCurrentWidget(appeals);
    QTRY_COMPARE(appeals->model()->rowCount(), 5);

    // Enter on a row opens that appeal.
    QString opened;
    GuiTest::onNextDialog(QStringLiteral("appealForm"), [&opened](QDialog *dialog) {
        opened = dialog->windowTitle();
        dialog->reject();
    });
    appeals->table()->setFocus();
    appeals->table()->setCurrentIndex(appeals->model()->index(0, 0));
    QTest::keyClick(appeals->table(), Qt::Key_Return);
    QTRY_VERIFY(!opened.isEmpty());

    // Ctrl+N on the suggestions tab opens a new suggestion.
    bool suggestionForm = false;
    GuiTest::onNextDialog(QStringLiteral("suggestionForm"), [&suggestionForm](QDialog *dialog) {
        suggestionForm = true;
        dialog->reject();
    });
    window.tabs()->setCurrentIndex(MainWindow::SuggestionsTab);
    window.findChild<QAction *>(QStringLiteral("actionNewRecord"))->trigger();
    QTRY_VERIFY(suggestionForm);

    // A new enterprise link needs a deputy: without one the clerk is told so.
    window.tabs()->setCurrentIndex(MainWindow::EnterpriseLinksTab);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.findChild<QAction *>(QStringLiteral("actionNewRecord"))->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("deputy")));
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::anOlderFileIsUpgradedWithAWordFirst_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("a file of format 4 (before the timeline's new key)") << 4;
    QTest::newRow("a file of this version") << 0;
}

/// Opening an older file upgrades it, which keeps the clerk waiting once (a minute for a million
/// appeals): a window-modal "upgrading" dialog says so while it runs, and is gone afterwards. A file
/// of this version opens without it.
void TestMainWindow::anOlderFileIsUpgradedWithAWordFirst()
{
    QFETCH(int, format);
    TestDatabase t;
    t.close();
    QString path = t.path();
    if (format > 0) {
        path = t.dir() + QStringLiteral("/older.sqlite");
        QVERIFY(LedgerFiles::writeOldFormatFile(path, format,
                                                "INSERT INTO stations(uuid, name, created_at, updated_at) "
                                                "VALUES ('s1', '汉街代表联络站', 'x', 'x');"));
    }
    MainWindow window;
    QString shown;
    // The dialog is painted (events processed) before the upgrade starts: a zero timer fires then.
    QTimer::singleShot(0, &window, [&] {
        if (auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("upgradingFile")))
            shown = dialog->isVisible() ? dialog->labelText() : QString();
    });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(window.openFile(path));
    QCOMPARE(!shown.isEmpty(), format > 0);
    if (format > 0)
        QVERIFY2(shown.contains(QFileInfo(path).fileName()) && shown.contains(QStringLiteral("backup")),
                 qPrintable(shown));
    QVERIFY(!window.findChild<QProgressDialog *>(QStringLiteral("upgradingFile")));
    QCOMPARE(window.database()->schemaVersion(), Migrations::latestVersion());
}

#include "tst_mainwindow.moc"
