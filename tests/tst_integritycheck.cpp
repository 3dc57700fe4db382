#include "LedgerFiles.h"
#include "TestDatabase.h"

#include "ledgers/StationRepository.h"
#include "safety/BackupManager.h"
#include "storage/Database.h"
#include "storage/DatabaseLock.h"
#include "storage/IntegrityCheck.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace {

Status addStation(Database &db, const QString &name)
{
    Station s;
    s.name = name;
    return StationRepository(db).insert(s);
}

} // namespace

/// When the integrity check runs (on open, or after the first screen in the background), what the
/// background check finds, and how the file becomes read-only when it finds damage (docs/STORAGE.md).
class TestIntegrityCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        // A daily backup of a damaged file fails its own check; these tests are about the open's check.
        QSettings().setValue(QStringLiteral("automaticBackups"), false);
    }

    void checkRunsOnOpenOnlyWhenItMust_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<bool>("afterFirstScreen");
        QTest::addColumn<bool>("staleLock");
        QTest::addColumn<bool>("network");
        QTest::addColumn<bool>("checkedOnOpen");
        QTest::newRow("clean end: the desktop program checks after the first screen")
            << false << true << false << false << false;
        QTest::newRow("clean end, opened read-only: after the first screen")
            << true << true << false << false << false;
        QTest::newRow("the command line asks for the check on open")
            << false << false << false << false << true;
        QTest::newRow("read-only on the command line: on open") << true << false << false << false << true;
        QTest::newRow("unclean end (stale lock taken over): on open")
            << false << true << true << false << true;
        QTest::newRow("unclean end seen by a read-only open: on open")
            << true << true << true << false << true;
        QTest::newRow("network folder: on open") << false << true << false << true << true;
    }

    void checkRunsOnOpenOnlyWhenItMust()
    {
        QFETCH(bool, readOnly);
        QFETCH(bool, afterFirstScreen);
        QFETCH(bool, staleLock);
        QFETCH(bool, network);
        QFETCH(bool, checkedOnOpen);
        TestDatabase t;
        LedgerFiles::makeClosedLedger(t, true);
        if (staleLock)
            LedgerFiles::writeStaleLock(t.path());
        if (network)
            qputenv("LIAISON_LEDGER_ASSUME_NETWORK", "1");
        auto opened =
            Database::open(t.path(), readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite,
                           afterFirstScreen ? Database::Check::AfterFirstScreen : Database::Check::OnOpen);
        qunsetenv("LIAISON_LEDGER_ASSUME_NETWORK");
        QVERIFY2(opened.status, qPrintable(opened.status.message()));
        Database &db = *opened.database;
        QCOMPARE(db.previousSessionEndedUncleanly(), staleLock);
        if (checkedOnOpen) {
            // The damaged page was found before open() returned.
            QVERIFY2(db.damage().contains(QStringLiteral("damaged")), qPrintable(db.damage()));
            QVERIFY(db.isReadOnly());
            QVERIFY(!db.integrityCheckDue());
        } else {
            // Not looked at yet: the caller is to run the check in the background.
            QVERIFY(db.damage().isEmpty());
            QVERIFY(db.integrityCheckDue());
            QCOMPARE(db.isReadOnly(), readOnly);
        }
    }

    void backgroundCheckFindsDamage_data()
    {
        QTest::addColumn<bool>("damaged");
        QTest::newRow("a page overwritten") << true;
        QTest::newRow("a sound file") << false;
    }

    void backgroundCheckFindsDamage()
    {
        QFETCH(bool, damaged);
        TestDatabase t;
        LedgerFiles::makeClosedLedger(t, damaged);
        // As the desktop program does: the file open for writing while the check reads it.
        auto opened = Database::open(t.path(), Database::Mode::ReadWrite, Database::Check::AfterFirstScreen);
        QVERIFY2(opened.status, qPrintable(opened.status.message()));
        IntegrityCheck check;
        QSignalSpy finished(&check, &IntegrityCheck::finished);
        check.start(t.path());
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!check.isRunning());
        const auto result = finished.at(0).at(0).value<IntegrityCheck::Result>();
        QCOMPARE(result.outcome, damaged ? IntegrityCheck::Outcome::Damaged : IntegrityCheck::Outcome::Sound);
        QCOMPARE(result.problems.isEmpty(), !damaged);
        // The same answer in the calling thread (the benchmark's way).
        QCOMPARE(IntegrityCheck::run(t.path()).outcome, result.outcome);
    }

    void dailyBackupWaitsForTheSoundCheckAfterTheFirstScreen_data()
    {
        QTest::addColumn<bool>("damaged");
        QTest::addColumn<bool>("backupExpected");
        QTest::newRow("a sound file gets today's backup after its check") << false << true;
        QTest::newRow("a damaged file gets none (good backups are not rotated away)") << true << false;
    }

    void dailyBackupWaitsForTheSoundCheckAfterTheFirstScreen()
    {
        QFETCH(bool, damaged);
        QFETCH(bool, backupExpected);
        TestDatabase t;
        LedgerFiles::makeClosedLedger(t, damaged);
        QSettings().setValue(QStringLiteral("automaticBackups"), true);
        const auto restore =
            qScopeGuard([] { QSettings().setValue(QStringLiteral("automaticBackups"), false); });
        const QString backup = BackupManager::dailyBackupPath(t.path());
        QVERIFY(!QFileInfo::exists(backup));
        auto opened = Database::open(t.path(), Database::Mode::ReadWrite, Database::Check::AfterFirstScreen);
        QVERIFY2(opened.status, qPrintable(opened.status.message()));
        // Opening no longer waits for the copy: it is due, not made.
        QVERIFY(opened.database->integrityCheckDue());
        QVERIFY(opened.database->dailyBackupDue());
        QVERIFY(!QFileInfo::exists(backup));
        // Written while the file is open for writing, as in the desktop program.
        QVERIFY(addStation(*opened.database, QStringLiteral("打开后保存的联络站")));
        IntegrityCheck check;
        QSignalSpy finished(&check, &IntegrityCheck::finished);
        check.start(t.path(), opened.database->dailyBackupDue());
        QTRY_COMPARE(finished.count(), 1);
        const auto result = finished.at(0).at(0).value<IntegrityCheck::Result>();
        QCOMPARE(result.outcome, damaged ? IntegrityCheck::Outcome::Damaged : IntegrityCheck::Outcome::Sound);
        QCOMPARE(QFileInfo::exists(backup), backupExpected);
        QCOMPARE(result.backupMade, backupExpected ? backup : QString());
        QVERIFY2(result.backupFailed.isEmpty(), qPrintable(result.backupFailed));
        if (backupExpected) {
            QVERIFY2(BackupManager::verify(backup), "the copy is a sound ledger");
            // The copy holds what was saved before the check, and nothing is left half-written.
            auto copy = Database::open(backup, Database::Mode::ReadOnly);
            QVERIFY(copy.database);
            QCOMPARE(copy.database
                         ->scalar(QStringLiteral("SELECT count(*) FROM stations WHERE name = ?"),
                                  {QStringLiteral("打开后保存的联络站")})
                         .toInt(),
                     1);
            QVERIFY(!QFileInfo::exists(backup + QStringLiteral(".part")));
            QVERIFY(!BackupManager::dailyBackupDue(t.path())); // once a day
        }
        // The CLI's way (Check::OnOpen) still makes it on open.
        opened.database.reset();
        if (backupExpected) {
            QFile::remove(backup);
            auto again = Database::open(t.path());
            QVERIFY(again.database);
            QVERIFY(!again.database->dailyBackupDue());
            QVERIFY(QFileInfo::exists(backup));
        }
    }

    void damageFoundLaterMakesTheFileReadOnly_data()
    {
        QTest::addColumn<int>("inFlight"); // 0: no write running, 1: one that commits, 2: one that rolls back
        QTest::newRow("no save in progress") << 0;
        QTest::newRow("a save in progress finishes") << 1;
        QTest::newRow("a save in progress rolls back") << 2;
    }

    void damageFoundLaterMakesTheFileReadOnly()
    {
        QFETCH(int, inFlight);
        QSettings().setValue(QStringLiteral("automaticBackups"), true);
        TestDatabase t;
        t.close();
        t.reopen(); // today's backup: the message names it
        QSettings().setValue(QStringLiteral("automaticBackups"), false);
        QVERIFY(addStation(t.db(), QStringLiteral("已保存的联络站")));
        t.close();
        auto opened = Database::open(t.path(), Database::Mode::ReadWrite, Database::Check::AfterFirstScreen);
        QVERIFY2(opened.status, qPrintable(opened.status.message()));
        Database &db = *opened.database;
        QVERIFY(db.integrityCheckDue());
        std::optional<Transaction> tx;
        if (inFlight) {
            tx.emplace(db);
            QVERIFY(tx->isActive());
            QVERIFY(addStation(db, QStringLiteral("正在保存的联络站")));
        }
        db.reportDamage(QStringLiteral("Tree 7 page 12 cell 3: invalid page number 999"));
        QVERIFY(db.isReadOnly());
        QVERIFY(!db.integrityCheckDue());
        QVERIFY2(db.damage().contains(QStringLiteral("invalid page number 999")), qPrintable(db.damage()));
        QVERIFY2(db.damage().contains(QStringLiteral("newest good backup")), qPrintable(db.damage()));
        if (inFlight) {
            // The save that began before goes on (a nested step too) and ends as it would have.
            QVERIFY(addStation(db, QStringLiteral("同一次保存")));
            QVERIFY(QFile::exists(DatabaseLock::lockPath(t.path())));
            if (inFlight == 1)
                QVERIFY(tx->commit());
            tx.reset();
        }
        // No new save starts, and other programs may now open the file (to restore a backup over it).
        QVERIFY(!addStation(db, QStringLiteral("不应写入")));
        QVERIFY(!QFile::exists(DatabaseLock::lockPath(t.path())));
        opened.database.reset();
        auto reopened = Database::open(t.path(), Database::Mode::ReadOnly);
        QVERIFY(reopened.status);
        QStringList names;
        for (const Station &s : StationRepository(*reopened.database).all())
            names << s.name;
        QVERIFY(names.contains(QStringLiteral("已保存的联络站")));
        QCOMPARE(names.contains(QStringLiteral("正在保存的联络站")), inFlight == 1);
        QCOMPARE(names.contains(QStringLiteral("同一次保存")), inFlight == 1);
        QVERIFY(!names.contains(QStringLiteral("不应写入")));
    }

    void stoppingTheCheckInterruptsItQuietly_data()
    {
        QTest::addColumn<bool>("destroy");
        QTest::newRow("stop(): another file is opened") << false;
        QTest::newRow("destroyed: the program quits") << true;
    }

    void stoppingTheCheckInterruptsItQuietly()
    {
        QFETCH(bool, destroy);
        TestDatabase t;
        LedgerFiles::makeClosedLedger(t, true);
        auto check = std::make_unique<IntegrityCheck>();
        QSignalSpy finished(check.get(), &IntegrityCheck::finished);
        check->start(t.path());
        QVERIFY(check->isRunning());
        if (destroy) {
            check.reset();
        } else {
            check->stop();
            QVERIFY(!check->isRunning());
        }
        // Whatever the worker had reached, no result of a stopped check arrives later.
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(finished.count(), 0);
        if (!destroy) {
            // The object can check again, and then reports.
            check->start(t.path());
            QTRY_COMPARE(finished.count(), 1);
            QCOMPARE(finished.at(0).at(0).value<IntegrityCheck::Result>().outcome,
                     IntegrityCheck::Outcome::Damaged);
        }
    }

    void checkOfAMissingFileIsNotDamage()
    {
        TestDatabase t;
        t.close();
        const IntegrityCheck::Result result = IntegrityCheck::run(t.dir() + QStringLiteral("/gone.sqlite"));
        QCOMPARE(result.outcome, IntegrityCheck::Outcome::NotChecked);
        QVERIFY(!result.problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIntegrityCheck)
#include "tst_integritycheck.moc"
