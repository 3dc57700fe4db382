#include "LedgerFiles.h"
#include "TestDatabase.h"

#include "ledgers/StationRepository.h"
#include "safety/BackupManager.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <algorithm>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

/// Opening, creating and migrating ledger files, and refusing files that are not ours.
class TestDatabaseOpen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void newFileIsCreatedAtLatestVersionWithOurApplicationId()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        auto opened = Database::open(path);
        QVERIFY2(opened.status, qPrintable(opened.status.message()));
        Database &db = *opened.database;
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA application_id")).toInt(), Database::kApplicationId);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        for (const char *table : {"stations", "deputies", "enterprise_links", "constituency_profiles",
                                  "contact_voters", "appeals", "appeal_events", "suggestions",
                                  "suggestion_rounds", "follow_up_visits", "activities", "appeals_fts"}) {
            QVERIFY2(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"),
                               {QString::fromLatin1(table)})
                             .toInt() == 1,
                     table);
        }
    }

    void emptyExistingFileIsTreatedAsNew()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto opened = Database::open(path);
        QVERIFY2(opened.status, qPrintable(opened.status.message()));
        QCOMPARE(opened.database->schemaVersion(), Migrations::latestVersion());
    }

    void reopeningKeepsData()
    {
        TestDatabase t;
        t.close();
        t.reopen();
        QCOMPARE(StationRepository(t.db()).all().size(), 1);
        QCOMPARE(StationRepository(t.db()).local()->name, QStringLiteral("汉街代表联络站"));
    }

    void olderFormatIsUpgradedKeepingRecordsAndABackup_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int v = 1; v < Migrations::latestVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("a file of format %1").arg(v))) << v;
    }

    /// A file written by an older version (its schema built from the migrations up to `fromVersion` only)
    /// opens at the latest format with its records, its search index and a backup of the old file.
    void olderFormatIsUpgradedKeepingRecordsAndABackup()
    {
        QFETCH(int, fromVersion);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(LedgerFiles::writeOldFormatFile(
            path, fromVersion,
            "INSERT INTO stations(uuid, name, created_at, updated_at) VALUES "
            "('s1', '汉街代表联络站', '2022-01-01T00:00:00Z', '2022-01-01T00:00:00Z');"));
        auto opened = Database::open(path);
        QVERIFY2(opened.status, qPrintable(opened.status.message()));
        Database &db = *opened.database;
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(StationRepository(db).local()->name, QStringLiteral("汉街代表联络站"));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        const QStringList backups = BackupManager::backups(path);
        QVERIFY2(std::any_of(backups.cbegin(), backups.cend(),
                             [&](const QString &b) {
                                 return b.contains(QStringLiteral("before-format-%1").arg(fromVersion));
                             }),
                 qPrintable(backups.join(QLatin1Char(' '))));
    }

    void upgradeIsToldFromTheHeader_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("upgrade");
        QTest::newRow("a file of format 4") << QStringLiteral("format 4") << true;
        QTest::newRow("a file of format 1") << QStringLiteral("format 1") << true;
        QTest::newRow("a file of this version") << QStringLiteral("current") << false;
        QTest::newRow("no file yet") << QStringLiteral("missing") << false;
        QTest::newRow("a text file") << QStringLiteral("text") << false;
    }

    /// The desktop program says "upgrading" before it opens an older file; Database::needsUpgrade()
    /// tells it from the file's header without opening (or changing) it.
    void upgradeIsToldFromTheHeader()
    {
        QFETCH(QString, kind);
        QFETCH(bool, upgrade);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        const QByteArray station = "INSERT INTO stations(uuid, name, created_at, updated_at) VALUES "
                                   "('s1', '汉街代表联络站', 'x', 'x');";
        if (kind == QLatin1String("format 4"))
            QVERIFY(LedgerFiles::writeOldFormatFile(path, 4, station));
        else if (kind == QLatin1String("format 1"))
            QVERIFY(LedgerFiles::writeOldFormatFile(path, 1, station));
        else if (kind == QLatin1String("current"))
            QVERIFY(Database::open(path).database);
        else if (kind == QLatin1String("text")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("姓名,电话\n").repeated(20));
        }
        const QByteArray before = QFile::exists(path) ? fileBytes(path) : QByteArray();
        QCOMPARE(Database::needsUpgrade(path), upgrade);
        QCOMPARE(QFile::exists(path) ? fileBytes(path) : QByteArray(), before);
    }

    /// Format 5 keys an appeal's timeline entries by (appeal, uuid): the upgrade rebuilds the table
    /// keeping every entry with its id, brings back its audit triggers, and from then on an entry is
    /// refused twice for one appeal (what an import's ON CONFLICT relies on) but not for another.
    void timelineKeepsItsEntriesThroughFormat5()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("format4.sqlite"));
        QVERIFY(LedgerFiles::writeOldFormatFile(
            path, 4,
            "INSERT INTO stations(id, uuid, name, created_at, updated_at) VALUES (1, 's1', '汉街代表联络站', "
            "'x', 'x');"
            "INSERT INTO appeals(id, uuid, station_id, number, number_year, number_seq, received_on, "
            "channel, "
            "content, created_at, updated_at) VALUES "
            "(1, 'a1', 1, '2022-0001', 2022, 1, '2022-03-01', 'onsite', '路灯不亮', 'x', 'x'),"
            "(2, 'a2', 1, '2022-0002', 2022, 2, '2022-03-02', 'phone', '噪音', 'x', 'x');"
            "INSERT INTO appeal_events(id, uuid, appeal_id, happened_on, kind, note, created_at) VALUES "
            "(7, 'e1', 1, '2022-03-01', 'registered', '', 'x'), (9, 'e2', 1, '2022-03-04', 'push', "
            "'督办一次', 'x'),"
            "(12, 'e3', 2, '2022-03-02', 'registered', '', 'x');"));
        auto opened = Database::open(path);
        QVERIFY2(opened.status, qPrintable(opened.status.message()));
        Database &db = *opened.database;
        QVERIFY(db.schemaVersion() >= 5);
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT group_concat(id || ':' || uuid || ':' || appeal_id || ':' || "
                                     "happened_on || ':' || kind || ':' || note, ' ') FROM "
                                     "(SELECT * FROM appeal_events ORDER BY id)"))
                .toString(),
            QStringLiteral("7:e1:1:2022-03-01:registered: 9:e2:1:2022-03-04:push:督办一次 "
                           "12:e3:2:2022-03-02:registered:"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND "
                                          "tbl_name = 'appeal_events'"))
                     .toInt(),
                 3);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
        // The same entry twice for one appeal is refused; its uuid on another appeal is not.
        QVERIFY(!db.exec(QStringLiteral("INSERT INTO appeal_events(uuid, appeal_id, happened_on, kind, "
                                        "created_at) VALUES ('e1', 1, '2022-03-05', 'push', 'x')")));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO appeal_events(uuid, appeal_id, happened_on, kind, "
                                       "created_at) VALUES ('e1', 2, '2022-03-05', 'push', 'x')")));
        // The timeline's queries go through the new key.
        QSqlQuery plan = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT max(happened_on) FROM "
                                                   "appeal_events WHERE appeal_id = ?"));
        QVERIFY(db.exec(plan, {1}));
        QVERIFY(plan.next());
        QVERIFY2(plan.value(3).toString().contains(QStringLiteral("USING INDEX")),
                 qPrintable(plan.value(3).toString()));
    }

    /// The daily queues, the appeals list and the statistics read live rows through partial indexes
    /// (migration 2); a query that stopped matching them would scan the whole table at 100,000 appeals.
    void liveRowQueriesUseThePartialIndexes_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("index");
        QTest::newRow("Today: answered appeals")
            << QStringLiteral("SELECT count(*) FROM appeals WHERE deleted_at IS NULL AND status = 'answered'")
            << QStringLiteral("appeals_live_status");
        QTest::newRow("Today: overdue appeals")
            << QStringLiteral(
                   "SELECT count(*) FROM appeals WHERE deleted_at IS NULL AND status IN ('accepted', "
                   "'in_progress') AND deadline < '2022-05-01'")
            << QStringLiteral("appeals_live_status");
        QTest::newRow("Today: suggestions without a reply")
            << QStringLiteral(
                   "SELECT count(*) FROM suggestions WHERE deleted_at IS NULL AND status = 'submitted'")
            << QStringLiteral("suggestions_live_status");
        QTest::newRow("appeals list, newest first")
            << QStringLiteral(
                   "SELECT id FROM appeals WHERE deleted_at IS NULL ORDER BY received_on DESC, id DESC")
            << QStringLiteral("appeals_live_received");
        QTest::newRow("appeals list filtered by category")
            << QStringLiteral("SELECT id FROM appeals WHERE deleted_at IS NULL AND category = '交通出行' "
                              "ORDER BY received_on DESC, id DESC")
            << QStringLiteral("appeals_live_category");
        QTest::newRow("statistics: appeals of a year")
            << QStringLiteral(
                   "SELECT count(*) FROM appeals a WHERE a.deleted_at IS NULL AND a.received_on >= "
                   "'2022-01-01' AND a.received_on < '2023-01-01'")
            << QStringLiteral("appeals_live_received");
    }

    void liveRowQueriesUseThePartialIndexes()
    {
        QFETCH(QString, query);
        QFETCH(QString, index);
        TestDatabase t;
        QSqlQuery plan = t.db().prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + query);
        QVERIFY(plan.exec());
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        QVERIFY2(steps.join(QLatin1Char(' ')).contains(QStringLiteral("INDEX ") + index),
                 qPrintable(steps.join(QLatin1Char(' '))));
        QVERIFY2(!steps.join(QLatin1Char(' ')).contains(QStringLiteral("TEMP B-TREE")),
                 qPrintable(steps.join(QLatin1Char(' '))));
    }

    void foreignFileIsRefusedAndLeftUnchanged_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("a text file is not an SQLite database")
            << QByteArray("text") << QStringLiteral("not an SQLite");
        QTest::newRow("an SQLite file of another program")
            << QByteArray("foreign") << QStringLiteral("another program");
        QTest::newRow("an SQLite file with our id from a newer version")
            << QByteArray("newer") << QStringLiteral("newer version");
        QTest::newRow("a file with a valid header but garbage after it")
            << QByteArray("garbage") << QStringLiteral("damaged");
        QTest::newRow("a file shorter than the SQLite header")
            << QByteArray("short") << QStringLiteral("not an SQLite");
    }

    void foreignFileIsRefusedAndLeftUnchanged()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QString, expectedWords);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("file.sqlite"));
        if (kind == "text" || kind == "short") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kind == "text" ? QByteArray("姓名,电话\n张三,13800001111\n").repeated(20)
                                   : QByteArray("SQLite"));
        } else {
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
            QByteArray sql = "CREATE TABLE t(x); INSERT INTO t VALUES (1);";
            if (kind == "newer" || kind == "garbage")
                sql += "PRAGMA application_id = " + QByteArray::number(Database::kApplicationId) +
                       ";"
                       "PRAGMA user_version = " +
                       QByteArray::number(kind == "newer" ? 999 : 1) + ";";
            QCOMPARE(sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(raw);
            if (kind == "garbage") {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadWrite));
                QByteArray bytes = f.readAll();
                for (int i = 100; i < bytes.size(); ++i)
                    bytes[i] = char(0xA5 ^ i);
                f.seek(0);
                f.write(bytes);
            }
        }
        const QByteArray before = fileBytes(path);
        auto opened = Database::open(path);
        QVERIFY(!opened.status);
        QVERIFY(!opened.database);
        QVERIFY2(opened.status.message().contains(expectedWords), qPrintable(opened.status.message()));
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
                QFile(path + QStringLiteral("-wal")).size() == 0);
    }

    void readOnlyOpenRefusesWrites()
    {
        TestDatabase t;
        t.close();
        auto opened = Database::open(t.path(), Database::Mode::ReadOnly);
        QVERIFY2(opened.status, qPrintable(opened.status.message()));
        Station s;
        s.name = QStringLiteral("另一个站");
        const Status status = StationRepository(*opened.database).insert(s);
        QVERIFY(!status);
        QVERIFY(status.message().contains(QStringLiteral("read-only")));
    }

    void rolledBackTransactionLeavesNothing()
    {
        TestDatabase t;
        {
            Transaction tx(t.db());
            QVERIFY(tx.isActive());
            Station s;
            s.name = QStringLiteral("嵌套");
            QVERIFY(StationRepository(t.db()).insert(s)); // nested: a savepoint inside tx
            QCOMPARE(StationRepository(t.db()).all().size(), 2);
        } // destroyed without commit
        QCOMPARE(StationRepository(t.db()).all().size(), 1);
        QCOMPARE(t.db().transactionDepth(), 0);
    }

    void stationValidationNamesTheField()
    {
        TestDatabase t(false);
        Station s;
        s.name = QStringLiteral("   ");
        const Status status = StationRepository(t.db()).insert(s);
        QVERIFY(!status);
        QVERIFY(!status.fieldMessage(QStringLiteral("name")).isEmpty());
        QCOMPARE(StationRepository(t.db()).all().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
