#include "TestDatabase.h"

#include "ledgers/StationRepository.h"
#include "safety/BackupManager.h"
#include "storage/Database.h"
#include "storage/DatabaseLock.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QSettings>
#include <QSysInfo>
#include <QTest>

#include <QThread>
#include <optional>

#include <atomic>
#include <unistd.h>

namespace {

Status addStation(Database &db, const QString &name)
{
    Station s;
    s.name = name;
    return StationRepository(db).insert(s);
}

void writeLock(const QString &databasePath, const QString &machine, qint64 pid, const QDateTime &heartbeat)
{
    QFile lock(DatabaseLock::lockPath(databasePath));
    QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
    lock.write(QStringLiteral(
                   R"({"user":"wangf","clerk":"王芳","machine":"%1","pid":%2,"since":"%3","heartbeat":"%3"})")
                   .arg(machine)
                   .arg(pid)
                   .arg(heartbeat.toString(Qt::ISODate))
                   .toUtf8());
}

qint64 deadPid()
{
    QProcess p;
    p.start(QStringLiteral("true"), {});
    p.waitForFinished();
    return p.processId() > 0 ? p.processId() : 999999;
}

} // namespace

/// Storage settings, the single-writer lock, concurrent writers and the faults a ledger file meets:
/// damage, a full disk, a read-only file.
class TestDurability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        QSettings().setValue(QStringLiteral("automaticBackups"), false);
    }

    void settingsAreAppliedOnEveryOpen()
    {
        TestDatabase t;
        t.close();
        t.reopen();
        Database &db = t.db();
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA trusted_schema")).toInt(), 1);
        QVERIFY(db.notices().isEmpty());
        QVERIFY(!db.isOnNetworkFolder());
    }

    void networkFolderUsesTheRollbackJournalAndSaysWhy()
    {
        qputenv("LIAISON_LEDGER_ASSUME_NETWORK", "1");
        TestDatabase t;
        t.close();
        t.reopen();
        qunsetenv("LIAISON_LEDGER_ASSUME_NETWORK");
        QCOMPARE(t.db().scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
        QVERIFY(t.db().isOnNetworkFolder());
        QCOMPARE(t.db().notices().size(), 1);
        QVERIFY(t.db().notices().first().contains(QStringLiteral("network folder")));
        QVERIFY(addStation(t.db(), QStringLiteral("网络")));
    }

    void openingForWritingTakesTheLockAndClosingReleasesIt()
    {
        TestDatabase t;
        LockHolder holder;
        QVERIFY(DatabaseLock::read(t.path(), &holder));
        QCOMPARE(holder.pid, QCoreApplication::applicationPid());
        QCOMPARE(holder.machine, QSysInfo::machineHostName());
        t.close();
        QVERIFY(!QFile::exists(DatabaseLock::lockPath(t.path())));
    }

    /// The lock names its holder's account even where the session sets no USER/USERNAME (services,
    /// containers, some remote desktops): "opened by  on vm…" told the other clerk nothing.
    void lockNamesTheAccountWithoutUserVariables()
    {
        const char *const names[] = {"USER", "USERNAME", "LOGNAME"};
        QList<std::optional<QByteArray>> saved;
        for (const char *v : names) {
            saved << (qEnvironmentVariableIsSet(v) ? std::optional<QByteArray>(qgetenv(v)) : std::nullopt);
            qunsetenv(v);
        }
        TestDatabase t;
        LockHolder holder;
        const bool read = DatabaseLock::read(t.path(), &holder);
        for (int i = 0; i < 3; ++i) {
            if (saved.at(i))
                qputenv(names[i], *saved.at(i));
        }
        QVERIFY(read);
#ifdef Q_OS_UNIX
        QVERIFY(!holder.user.isEmpty());
#endif
    }

    void lockOfARunningProgramIsRespected_data()
    {
        QTest::addColumn<bool>("sameMachine");
        QTest::newRow("a live process on this machine") << true;
        QTest::newRow("another machine with a fresh heartbeat") << false;
    }

    void lockOfARunningProgramIsRespected()
    {
        QFETCH(bool, sameMachine);
        TestDatabase t;
        t.close();
        writeLock(t.path(), sameMachine ? QSysInfo::machineHostName() : QStringLiteral("STATION-PC2"), 1,
                  QDateTime::currentDateTimeUtc());
        auto opened = Database::open(t.path());
        QVERIFY(!opened.status);
        QVERIFY(opened.locked);
        QCOMPARE(opened.lockHolder.clerk, QStringLiteral("王芳"));
        QVERIFY2(opened.status.message().contains(QStringLiteral("王芳 (wangf)")),
                 qPrintable(opened.status.message()));
        QVERIFY(opened.status.message().contains(QStringLiteral("read-only")));
        auto readOnly = Database::open(t.path(), Database::Mode::ReadOnly);
        QVERIFY2(readOnly.status, qPrintable(readOnly.status.message()));
        QCOMPARE(StationRepository(*readOnly.database).all().size(), 1);
        QVERIFY(QFile::exists(DatabaseLock::lockPath(t.path())));
    }

    void staleLockIsClearedAndTakenOver_data()
    {
        QTest::addColumn<bool>("sameMachine");
        QTest::newRow("a dead process on this machine") << true;
        QTest::newRow("another machine silent for an hour") << false;
    }

    void staleLockIsClearedAndTakenOver()
    {
        QFETCH(bool, sameMachine);
        TestDatabase t;
        t.close();
        writeLock(t.path(), sameMachine ? QSysInfo::machineHostName() : QStringLiteral("STATION-PC2"),
                  sameMachine ? deadPid() : 1, QDateTime::currentDateTimeUtc().addSecs(-3600));
        auto opened = Database::open(t.path());
        QVERIFY2(opened.status, qPrintable(opened.status.message()));
        LockHolder holder;
        QVERIFY(DatabaseLock::read(t.path(), &holder));
        QCOMPARE(holder.pid, QCoreApplication::applicationPid());
    }

    void cliWriteIsRefusedWhileTheLedgerIsLocked()
    {
        TestDatabase t; // this process holds the lock
        const QString backup = QDir(t.dir()).filePath(QStringLiteral("b.sqlite"));
        CliRun run = runCli(
            {QStringLiteral("backup"), QStringLiteral("--db"), t.path(), QStringLiteral("--out"), backup});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err)); // reading is allowed
        run = runCli(
            {QStringLiteral("restore"), QStringLiteral("--db"), t.path(), QStringLiteral("--from"), backup});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("being edited by")), qPrintable(run.err));
    }

    void twoConnectionsWritingConcurrentlyNeverFailHalfWay()
    {
        TestDatabase t;
        constexpr int kPerThread = 150;
        std::atomic<int> failures{0};
        QString lastError;
        QMutex errorMutex;
        const auto failed = [&](const Status &status) {
            QMutexLocker locker(&errorMutex);
            lastError = status.message();
            ++failures;
        };
        const auto writer = [&](int which) {
            auto opened = Database::open(t.path());
            if (!opened.status) {
                failed(opened.status);
                return;
            }
            Database &db = *opened.database;
            for (int i = 0; i < kPerThread; ++i) {
                // Two rows per transaction: either both or neither may be stored.
                Transaction tx(db);
                Status s = tx.status();
                if (s)
                    s = addStation(db, QStringLiteral("w%1-%2a").arg(which).arg(i));
                if (s)
                    s = addStation(db, QStringLiteral("w%1-%2b").arg(which).arg(i));
                if (s)
                    s = tx.commit();
                if (!s)
                    failed(s);
            }
        };
        QThread *a = QThread::create(writer, 1);
        QThread *b = QThread::create(writer, 2);
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        delete a;
        delete b;
        QCOMPARE(failures.load(), 0);
        QCOMPARE(lastError, QString());
        QCOMPARE(StationRepository(t.db()).all().size(), 1 + 2 * 2 * kPerThread);
    }

    void damagedFileOpensReadOnlyAndOffersTheNewestBackup()
    {
        QSettings().setValue(QStringLiteral("automaticBackups"), true);
        TestDatabase t;
        for (int i = 0; i < 300; ++i)
            QVERIFY(addStation(t.db(), QStringLiteral("站%1 ").arg(i).repeated(20)));
        t.close();
        t.reopen(); // makes today's backup
        QSettings().setValue(QStringLiteral("automaticBackups"), false);
        t.close();
        {
            QFile f(t.path());
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 10 * 4096);
            f.seek(6 * 4096);
            f.write(QByteArray(4096, char(0x5A)));
        }
        const QByteArray before = fileBytes(t.path());
        auto opened = Database::open(t.path());
        QVERIFY2(opened.status, qPrintable(opened.status.message()));
        Database &db = *opened.database;
        QVERIFY(db.isReadOnly());
        QVERIFY2(db.damage().contains(QStringLiteral("damaged")), qPrintable(db.damage()));
        QVERIFY2(db.damage().contains(QStringLiteral("newest good backup")), qPrintable(db.damage()));
        QVERIFY(!addStation(db, QStringLiteral("不应写入")));
        QVERIFY(!QFile::exists(DatabaseLock::lockPath(t.path())));
        opened.database.reset();
        QCOMPARE(fileBytes(t.path()), before);
        const CliRun run = runCli({QStringLiteral("restore"), QStringLiteral("--db"), t.path(),
                                   QStringLiteral("--from"), BackupManager::newestGoodBackup(t.path())});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        auto restored = Database::open(t.path());
        QVERIFY(restored.status);
        QVERIFY(restored.database->damage().isEmpty());
        QCOMPARE(StationRepository(*restored.database).all().size(), 301);
    }

    void truncatedFileIsNeverWritten()
    {
        TestDatabase t;
        for (int i = 0; i < 300; ++i)
            QVERIFY(addStation(t.db(), QStringLiteral("站%1 ").arg(i).repeated(20)));
        t.close();
        QFile f(t.path());
        QVERIFY(f.resize(f.size() / 2));
        const QByteArray before = fileBytes(t.path());
        auto opened = Database::open(t.path());
        if (opened.status) {
            QVERIFY(opened.database->isReadOnly());
            QVERIFY(opened.database->damage().contains(QStringLiteral("damaged")));
        } else {
            QVERIFY2(opened.status.message().contains(QStringLiteral("damaged")),
                     qPrintable(opened.status.message()));
        }
        opened.database.reset();
        QCOMPARE(fileBytes(t.path()), before);
    }

    void fullDiskFailsCleanlyAndKeepsEarlierData()
    {
        TestDatabase t;
        const int pages = t.db().scalar(QStringLiteral("PRAGMA page_count")).toInt();
        // SQLite's own limit stands in for a full disk: it fails the write the same way.
        t.db().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 3));
        Status failed;
        int stored = 0;
        for (int i = 0; i < 200 && failed; ++i) {
            Transaction tx(t.db());
            failed = addStation(t.db(), QStringLiteral("满%1").arg(i).repeated(40));
            if (failed)
                failed = tx.commit();
            if (failed)
                ++stored;
        }
        QVERIFY(!failed);
        QVERIFY2(failed.message().contains(QStringLiteral("disk is full")), qPrintable(failed.message()));
        QCOMPARE(t.db().transactionDepth(), 0);
        QCOMPARE(StationRepository(t.db()).all().size(), 1 + stored);
        QCOMPARE(t.db().scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void readOnlyFileIsOpenedForReadingOnly()
    {
        if (QFileInfo(QStringLiteral("/root")).isWritable() && ::geteuid() == 0)
            QSKIP("root ignores file permissions");
        TestDatabase t;
        t.close();
        QFile::setPermissions(t.path(), QFileDevice::ReadOwner);
        auto opened = Database::open(t.path());
        QVERIFY(!opened.status || opened.database->isReadOnly());
        auto readOnly = Database::open(t.path(), Database::Mode::ReadOnly);
        QVERIFY2(readOnly.status, qPrintable(readOnly.status.message()));
        QFile::setPermissions(t.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
