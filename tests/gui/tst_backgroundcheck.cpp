#include "TestDatabase.h"

#include "ledgers/StationRepository.h"
#include "main/MainWindow.h"
#include "safety/BackupManager.h"
#include "storage/Database.h"
#include "storage/DatabaseLock.h"
#include "storage/IntegrityCheck.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QStatusBar>
#include <QSysInfo>
#include <QTest>

namespace {

/// A closed ledger of a few dozen pages; with `damaged`, one page in the middle overwritten.
void makeLedger(TestDatabase &t, bool damaged)
{
    {
        // One transaction: one sync instead of 300.
        Transaction tx(t.db());
        QVERIFY(tx.isActive());
        for (int i = 0; i < 300; ++i) {
            Station s;
            s.name = QStringLiteral("站%1 ").arg(i).repeated(20);
            QVERIFY(StationRepository(t.db()).insert(s));
        }
        QVERIFY(tx.commit());
    }
    t.close();
    if (!damaged)
        return;
    QFile f(t.path());
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(6 * 4096);
    f.write(QByteArray(4096, char(0x5A)));
}

} // namespace

/// The window runs the integrity check after the first screen, and switches the file to read-only
/// with a message when it finds damage (docs/STORAGE.md).
class TestBackgroundCheck : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        isolateUserFolders();
        // A daily backup of a damaged file fails its own check and would add a notice box.
        QSettings().setValue(QStringLiteral("automaticBackups"), false);
    }
    void cleanup() { MessageBox::setNextAnswer(QMessageBox::NoButton); }

    void damageFoundAfterOpeningMakesTheWindowReadOnly()
    {
        TestDatabase t;
        makeLedger(t, true);
        MainWindow window;
        const int boxes = MessageBox::count();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(window.openFile(t.path()));
        // The first screen did not wait for the check.
        QVERIFY(!window.database()->isReadOnly());
        QCOMPARE(MessageBox::count(), boxes);
        QTRY_VERIFY(window.database()->isReadOnly());
        QCOMPARE(MessageBox::count(), boxes + 1);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("is damaged")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("copy the text")),
                 qPrintable(MessageBox::lastText()));
        auto *indicator = window.findChild<QLabel *>(QStringLiteral("readOnlyIndicator"));
        QVERIFY(indicator);
        QVERIFY(!indicator->isHidden());
        QVERIFY(indicator->toolTip().contains(QStringLiteral("is damaged")));
        QVERIFY(!QFile::exists(DatabaseLock::lockPath(t.path())));
    }

    void aSoundFileStaysWritable()
    {
        TestDatabase t;
        makeLedger(t, false);
        MainWindow window;
        const int boxes = MessageBox::count();
        QVERIFY(window.openFile(t.path()));
        QVERIFY(window.database()->integrityCheckDue());
        QTRY_VERIFY(!window.database()->integrityCheckDue());
        QVERIFY(!window.database()->isReadOnly());
        QCOMPARE(MessageBox::count(), boxes);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("readOnlyIndicator"))->isHidden());
        Station s;
        s.name = QStringLiteral("检查之后");
        QVERIFY(StationRepository(*window.database()).insert(s));
    }

    void todaysBackupIsWrittenAfterTheFirstScreen()
    {
        TestDatabase t;
        makeLedger(t, false);
        QSettings().setValue(QStringLiteral("automaticBackups"), true);
        const auto restore =
            qScopeGuard([] { QSettings().setValue(QStringLiteral("automaticBackups"), false); });
        const QString backup = BackupManager::dailyBackupPath(t.path());
        MainWindow window;
        const int boxes = MessageBox::count();
        QVERIFY(window.openFile(t.path()));
        // The window is there before the copy: the backup is the worker's, after the check.
        QVERIFY(window.database()->dailyBackupDue());
        QTRY_VERIFY(QFileInfo::exists(backup));
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(backup)));
        QCOMPARE(MessageBox::count(), boxes);
        QVERIFY(BackupManager::verify(backup));
    }

    void anUncleanEndChecksBeforeTheWindowOpens()
    {
        TestDatabase t;
        makeLedger(t, true);
        // The lock of a program that was killed: its process is gone.
        QProcess p;
        p.start(QStringLiteral("true"), {});
        p.waitForFinished();
        QFile lock(DatabaseLock::lockPath(t.path()));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(
            QStringLiteral(R"({"user":"u","clerk":"","machine":"%1","pid":%2,"since":"%3","heartbeat":"%3"})")
                .arg(QSysInfo::machineHostName())
                .arg(p.processId() > 0 ? p.processId() : 999999)
                .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                .toUtf8());
        lock.close();
        MainWindow window;
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(window.openFile(t.path()));
        QVERIFY(window.database()->previousSessionEndedUncleanly());
        QVERIFY(window.database()->isReadOnly());
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("is damaged")),
                 qPrintable(MessageBox::lastText()));
        QCoreApplication::processEvents();
        QVERIFY(!window.integrityCheck()); // nothing left to check in the background
    }

    void closingTheFileDuringTheCheckStopsIt_data()
    {
        QTest::addColumn<bool>("quit");
        QTest::newRow("another file opened") << false;
        QTest::newRow("the program quits") << true;
    }

    void closingTheFileDuringTheCheckStopsIt()
    {
        QFETCH(bool, quit);
        TestDatabase damaged;
        makeLedger(damaged, true);
        TestDatabase sound;
        makeLedger(sound, false);
        auto window = std::make_unique<MainWindow>();
        // Should the check of the damaged file end before it is closed, its message is answered.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(window->openFile(damaged.path()));
        QTRY_VERIFY(window->integrityCheck());
        if (quit) {
            window.reset();
            return;
        }
        QVERIFY(window->openFile(sound.path()));
        QTRY_VERIFY(!window->database()->integrityCheckDue());
        QVERIFY(!window->database()->isReadOnly());
        QCOMPARE(window->database()->path(), QFileInfo(sound.path()).absoluteFilePath());
    }
};

QTEST_MAIN(TestBackgroundCheck)
#include "tst_backgroundcheck.moc"
