#include "TestDatabase.h"

#include "ledgers/StationRepository.h"
#include "safety/BackupManager.h"
#include "storage/Database.h"
#include "storage/DatabaseLock.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace {

void addStation(Database &db, const QString &name)
{
    Station s;
    s.name = name;
    const Status status = StationRepository(db).insert(s);
    QVERIFY2(status, qPrintable(status.message()));
}

int stationCount(const QString &path)
{
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened.status)
        return -1;
    return StationRepository(*opened.database).all().size();
}

void corruptPage(const QString &path, int page)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > qint64(page + 1) * 4096);
    f.seek(qint64(page) * 4096);
    QByteArray junk(4096, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 7919) ^ 0x5A);
    f.write(junk);
}

} // namespace

/// Verified backups, daily rotation and restore.
class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }
    void init() { QSettings().clear(); }

    void backupIsACompleteVerifiedStandaloneCopy()
    {
        TestDatabase t;
        addStation(t.db(), QStringLiteral("第二站"));
        const QString target = QDir(t.dir()).filePath(QStringLiteral("copy/backup.sqlite"));
        const Status s = BackupManager::backupTo(t.db(), target);
        QVERIFY2(s, qPrintable(s.message()));
        QVERIFY(BackupManager::verify(target));
        QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
        QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
        QCOMPARE(stationCount(target), 2);
    }

    void backupRefusesToOverwriteTheLedgerItself()
    {
        TestDatabase t;
        QVERIFY(!BackupManager::backupTo(t.db(), t.path()));
        QCOMPARE(StationRepository(t.db()).all().size(), 1);
    }

    void firstOpenOfTheDayMakesOneDailyBackup()
    {
        TestDatabase t;
        QCOMPARE(BackupManager::backups(t.path()).size(), 0); // a new file has nothing to back up
        t.close();
        t.reopen();
        const QStringList made = BackupManager::backups(t.path());
        QCOMPARE(made.size(), 1);
        QVERIFY(
            made.first().endsWith(QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".sqlite")));
        QVERIFY(made.first().startsWith(QDir(t.dir()).filePath(QStringLiteral("backups/"))));
        t.close();
        t.reopen();
        QCOMPARE(BackupManager::backups(t.path()).size(), 1);
    }

    void backupFolderFollowsTheSetting()
    {
        QTemporaryDir elsewhere;
        BackupManager::setBackupFolder(elsewhere.path());
        TestDatabase t;
        t.close();
        t.reopen();
        QCOMPARE(QDir(elsewhere.path()).entryList({QStringLiteral("ledger-*.sqlite")}).size(), 1);
        QVERIFY(!QDir(t.dir()).exists(QStringLiteral("backups")));
    }

    void automaticBackupsCanBeTurnedOff()
    {
        QSettings().setValue(QStringLiteral("automaticBackups"), false);
        TestDatabase t;
        t.close();
        t.reopen();
        QCOMPARE(BackupManager::backups(t.path()).size(), 0);
    }

    void rotationKeepsSevenDailyAndTwelveMonthly()
    {
        QTemporaryDir dir;
        const QString ledger = dir.filePath(QStringLiteral("ledger.sqlite"));
        QDir().mkpath(BackupManager::backupFolder(ledger));
        const QDir folder(BackupManager::backupFolder(ledger));
        for (QDate d(2025, 1, 1); d <= QDate(2026, 3, 31); d = d.addDays(1)) {
            QFile f(folder.filePath(QStringLiteral("ledger-%1.sqlite").arg(d.toString(Qt::ISODate))));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QFile unrelated(folder.filePath(QStringLiteral("other-2025-01-01.sqlite")));
        QVERIFY(unrelated.open(QIODevice::WriteOnly));
        unrelated.close();
        BackupManager::rotate(ledger);
        QStringList kept = folder.entryList({QStringLiteral("ledger-*.sqlite")}, QDir::Files, QDir::Name);
        QStringList expected;
        for (const char *m :
             {"2025-04-30", "2025-05-31", "2025-06-30", "2025-07-31", "2025-08-31", "2025-09-30",
              "2025-10-31", "2025-11-30", "2025-12-31", "2026-01-31", "2026-02-28"})
            expected << QStringLiteral("ledger-%1.sqlite").arg(QLatin1String(m));
        for (int day = 25; day <= 31; ++day)
            expected << QStringLiteral("ledger-2026-03-%1.sqlite").arg(day);
        QCOMPARE(kept, expected);
        QVERIFY(unrelated.exists());
    }

    void restoreReplacesTheLedgerAndKeepsWhatItReplaced()
    {
        TestDatabase t;
        const QString backup = QDir(t.dir()).filePath(QStringLiteral("manual.sqlite"));
        QVERIFY(BackupManager::backupTo(t.db(), backup));
        addStation(t.db(), QStringLiteral("备份之后"));
        t.close();
        QString kept;
        const Status s = BackupManager::restore(backup, t.path(), &kept);
        QVERIFY2(s, qPrintable(s.message()));
        QCOMPARE(stationCount(t.path()), 1);
        QVERIFY(!kept.isEmpty());
        QCOMPARE(stationCount(kept), 2);
        QVERIFY(!QFile::exists(DatabaseLock::lockPath(t.path())));
    }

    void restoreRefusesBadSourcesAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("a text file") << QByteArray("text") << QStringLiteral("not an SQLite");
        QTest::newRow("a missing file") << QByteArray("missing") << QStringLiteral("does not exist");
        QTest::newRow("another program's database")
            << QByteArray("foreign") << QStringLiteral("another program");
        QTest::newRow("a ledger of a newer version")
            << QByteArray("newer") << QStringLiteral("newer version");
        QTest::newRow("a backup with a damaged page") << QByteArray("damaged") << QStringLiteral("damaged");
    }

    void restoreRefusesBadSourcesAndChangesNothing()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QString, expectedWords);
        TestDatabase t;
        const QString source = QDir(t.dir()).filePath(QStringLiteral("source.sqlite"));
        if (kind == "text") {
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("not a ledger\n").repeated(100));
        } else if (kind == "foreign" || kind == "newer") {
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(source.toUtf8().constData(), &raw), SQLITE_OK);
            QByteArray sql = "CREATE TABLE t(x); INSERT INTO t VALUES (1);";
            if (kind == "newer")
                sql += "PRAGMA application_id = " + QByteArray::number(Database::kApplicationId) +
                       "; PRAGMA user_version = 999;";
            QCOMPARE(sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(raw);
        } else if (kind == "damaged") {
            for (int i = 0; i < 400; ++i)
                addStation(t.db(), QStringLiteral("站%1 ").arg(i).repeated(20));
            QVERIFY(BackupManager::backupTo(t.db(), source));
            corruptPage(source, 6);
        }
        t.close();
        const QByteArray before = fileBytes(t.path());
        const Status s = BackupManager::restore(source, t.path());
        QVERIFY(!s);
        QVERIFY2(s.message().contains(expectedWords), qPrintable(s.message()));
        QVERIFY(s.message().contains(QStringLiteral("Nothing was restored")));
        QCOMPARE(fileBytes(t.path()), before);
    }

    void restoreIsRefusedWhileAnotherProgramEditsTheLedger()
    {
        TestDatabase t;
        const QString backup = QDir(t.dir()).filePath(QStringLiteral("manual.sqlite"));
        QVERIFY(BackupManager::backupTo(t.db(), backup));
        t.close();
        // Process 1 (init) is always alive: the lock of a running program on this machine.
        QFile lock(DatabaseLock::lockPath(t.path()));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(
            QStringLiteral(
                R"({"user":"wangf","clerk":"王芳","machine":"%1","pid":1,"since":"2026-01-05T08:00:00Z","heartbeat":"2026-01-05T08:00:00Z"})")
                .arg(QSysInfo::machineHostName())
                .toUtf8());
        lock.close();
        const Status s = BackupManager::restore(backup, t.path());
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("王芳")), qPrintable(s.message()));
        QVERIFY(lock.exists());
    }

    void cliBackupAndRestoreRoundTrip()
    {
        TestDatabase t;
        t.close();
        const QString backup = QDir(t.dir()).filePath(QStringLiteral("cli.sqlite"));
        CliRun run = runCli(
            {QStringLiteral("backup"), QStringLiteral("--db"), t.path(), QStringLiteral("--out"), backup});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(BackupManager::verify(backup));
        run = runCli(
            {QStringLiteral("backup"), QStringLiteral("--db"), t.path(), QStringLiteral("--out"), backup});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("already exists")));
        run = runCli({QStringLiteral("backup"), QStringLiteral("--db"), t.path()});
        QCOMPARE(run.exitCode, 2);
        run = runCli(
            {QStringLiteral("restore"), QStringLiteral("--db"), t.path(), QStringLiteral("--from"), backup});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("kept as")));
        run = runCli({QStringLiteral("restore"), QStringLiteral("--db"), t.path(), QStringLiteral("--from"),
                      QDir(t.dir()).filePath(QStringLiteral("nothing.sqlite"))});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(stationCount(t.path()), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
