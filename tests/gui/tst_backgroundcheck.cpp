#include "LedgerFiles.h"
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
#include <QScopeGuard>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

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
        LedgerFiles::makeClosedLedger(t, true);
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
        LedgerFiles::makeClosedLedger(t, false);
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
        LedgerFiles::makeClosedLedger(t, false);
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
        LedgerFiles::makeClosedLedger(t, true);
        LedgerFiles::writeStaleLock(t.path()); // a program that was killed
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
        LedgerFiles::makeClosedLedger(damaged, true);
        TestDatabase sound;
        LedgerFiles::makeClosedLedger(sound, false);
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
