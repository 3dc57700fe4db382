#include "LedgerFixture.h"
#include "TestDatabase.h"

#include "common/Codes.h"
#include "io/LedgerExport.h"
#include "ledgers/SoftDelete.h"
#include "safety/AuditActor.h"
#include "safety/AuditBulkScope.h"
#include "safety/AuditTrail.h"
#include "safety/RecycleBin.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <sqlite3.h>

/// The audit trail (migration 3): every change to every ledger table is logged by the file itself with
/// who, when, and each field's old and new value; the log cannot be changed; full-data exports are
/// logged; the trail is read back by record, date and page; liaison-ledger-cli audit prints it.
class TestAudit : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *kClerk = "王芳";

    /// Parent records the rows under test hang on: deputies 1 and 2, enterprise link 1, profile 1,
    /// activity 1, appeals 1 and 2, suggestion 1.
    static void addParents(TestDatabase &t)
    {
        const QString s = QString::number(t.stationId());
        const QStringList sql = {
            QStringLiteral("INSERT INTO deputies(id, uuid, station_id, name, level, created_at, updated_at) VALUES "
                           "(1, 'd1', %1, '李建国', 'municipal', 'x', 'x'), (2, 'd2', %1, '张红', 'district', 'x', 'x')")
                .arg(s),
            QStringLiteral("INSERT INTO enterprise_links(id, uuid, deputy_id, enterprise, created_at, updated_at) "
                           "VALUES (1, 'l1', 1, '汉街商贸', 'x', 'x')"),
            QStringLiteral("INSERT INTO constituency_profiles(id, uuid, deputy_id, year, created_at, updated_at) "
                           "VALUES (1, 'p1', 1, 2022, 'x', 'x')"),
            QStringLiteral("INSERT INTO activities(id, uuid, station_id, type, title, held_on, created_at, updated_at) "
                           "VALUES (1, 'a1', %1, 'research', '调研', '2022-04-01', 'x', 'x')")
                .arg(s),
            QStringLiteral("INSERT INTO appeals(id, uuid, station_id, number, number_year, number_seq, received_on, "
                           "channel, content, created_at, updated_at) VALUES "
                           "(1, 'ap1', %1, '2022-0001', 2022, 1, '2022-03-01', 'onsite', '路灯不亮', 'x', 'x'), "
                           "(2, 'ap2', %1, '2022-0002', 2022, 2, '2022-03-02', 'phone', '噪音', 'x', 'x')")
                .arg(s),
            QStringLiteral("INSERT INTO suggestions(id, uuid, station_id, number, number_year, number_seq, title, "
                           "lead_deputy_id, created_at, updated_at) VALUES (1, 's1', %1, '2022-0001', 2022, 1, "
                           "'加装路灯', 1, 'x', 'x')")
                .arg(s),
        };
        for (const QString &statement : sql) {
            const Status status = t.db().exec(statement);
            if (!status)
                qFatal("%s", qPrintable(status.message()));
        }
    }

    static qint64 logCount(Database &db) { return db.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(); }

    static AuditEntry lastEntry(Database &db)
    {
        AuditQuery q;
        q.newestFirst = true;
        q.limit = 1;
        const QList<AuditEntry> list = AuditTrail(db).entries(q);
        return list.value(0);
    }

    static QString sqliteText(sqlite3 *raw, const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        QString text;
        if (sqlite3_prepare_v2(raw, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            text = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        return text;
    }

    /// Appeal 2022-0100 with a constituent's phone, then its content changed.
    static void addCliAppeal(TestDatabase &t)
    {
        const Status inserted = t.db().exec(QStringLiteral(
            "INSERT INTO appeals(id, uuid, station_id, number, number_year, number_seq, received_on, channel, content, "
            "person_phone, notes, created_at, updated_at) VALUES (100, 'u100', 1, '2022-0100', 2022, 100, "
            "'2022-03-05', 'onsite', '路灯不亮', '13812345678', '=HYPERLINK(\"http://x\")', 'x', 'x')"));
        const Status updated = t.db().exec(QStringLiteral("UPDATE appeals SET content = '路灯坏了' WHERE id = 100"));
        if (!inserted || !updated)
            qFatal("%s%s", qPrintable(inserted.message()), qPrintable(updated.message()));
    }

private slots:
    void initTestCase() { isolateUserFolders(); }

    void everyTableLogsEveryKindOfChange_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("insertSql");
        QTest::addColumn<QString>("key");     // WHERE condition that finds the row
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("before");
        QTest::addColumn<QVariant>("after");
        QTest::addColumn<qint64>("recordId");
        QTest::addColumn<QString>("ownerTable");
        QTest::addColumn<qint64>("ownerId");
        QTest::addColumn<bool>("softDelete");

        const QString stamp = QStringLiteral("'2022-01-01T00:00:00.000Z'");
        const auto row = [&](const char *name, const char *table, const QString &insert, const char *key,
                             const char *field, const QVariant &before, const QVariant &after, qint64 id,
                             const char *owner, qint64 ownerId, bool soft) {
            QTest::newRow(name) << QString::fromUtf8(table) << QString(insert).replace(QStringLiteral("$T"), stamp)
                                << QString::fromUtf8(key) << QString::fromUtf8(field) << before << after << id
                                << QString::fromUtf8(owner) << ownerId << soft;
        };
        row("a station's name", "stations",
            QStringLiteral("INSERT INTO stations(id, uuid, name, created_at, updated_at) VALUES (100, 'u100', "
                           "'二号站', $T, $T)"),
            "id = 100", "name", QStringLiteral("二号站"), QStringLiteral("三号站"), 100, "", 0, true);
        row("a deputy's phone", "deputies",
            QStringLiteral("INSERT INTO deputies(id, uuid, station_id, name, level, phone, created_at, updated_at) "
                           "VALUES (100, 'u100', 1, '王五', 'district', '13900002222', $T, $T)"),
            "id = 100", "phone", QStringLiteral("13900002222"), QStringLiteral("13800001111"), 100, "", 0, true);
        row("an enterprise link's enterprise", "enterprise_links",
            QStringLiteral("INSERT INTO enterprise_links(id, uuid, deputy_id, enterprise, created_at, updated_at) "
                           "VALUES (100, 'u100', 1, '甲公司', $T, $T)"),
            "id = 100", "enterprise", QStringLiteral("甲公司"), QStringLiteral("乙公司"), 100, "deputies", 1, true);
        row("an enterprise visit's summary", "enterprise_visits",
            QStringLiteral("INSERT INTO enterprise_visits(id, uuid, link_id, visited_on, summary, created_at, "
                           "updated_at) VALUES (100, 'u100', 1, '2022-05-01', '座谈', $T, $T)"),
            "id = 100", "summary", QStringLiteral("座谈"), QStringLiteral("走访"), 100, "enterprise_links", 1, true);
        row("a profile's households (a number)", "constituency_profiles",
            QStringLiteral("INSERT INTO constituency_profiles(id, uuid, deputy_id, year, households, created_at, "
                           "updated_at) VALUES (100, 'u100', 1, 2023, 100, $T, $T)"),
            "id = 100", "households", 100, 120, 100, "deputies", 1, true);
        row("a contact voter's phone", "contact_voters",
            QStringLiteral("INSERT INTO contact_voters(id, uuid, profile_id, name, phone, created_at, updated_at) "
                           "VALUES (100, 'u100', 1, '赵六', '13700000000', $T, $T)"),
            "id = 100", "phone", QStringLiteral("13700000000"), QStringLiteral("13700000001"), 100,
            "constituency_profiles", 1, true);
        row("an activity's title", "activities",
            QStringLiteral("INSERT INTO activities(id, uuid, station_id, type, title, held_on, created_at, updated_at) "
                           "VALUES (100, 'u100', 1, 'inspection', '视察', '2022-06-01', $T, $T)"),
            "id = 100", "title", QStringLiteral("视察"), QStringLiteral("视察河道"), 100, "", 0, true);
        row("an activity's participant", "activity_participants",
            QStringLiteral("INSERT INTO activity_participants(activity_id, deputy_id) VALUES (1, 1)"),
            "activity_id = 1", "deputy_id", 1, 2, 0, "activities", 1, false);
        row("an appeal's content", "appeals",
            QStringLiteral("INSERT INTO appeals(id, uuid, station_id, number, number_year, number_seq, received_on, "
                           "channel, content, created_at, updated_at) VALUES (100, 'u100', 1, '2022-0100', 2022, "
                           "100, '2022-03-05', 'onsite', '路灯不亮', $T, $T)"),
            "id = 100", "content", QStringLiteral("路灯不亮"), QStringLiteral("路灯坏了三天"), 100, "", 0, true);
        row("an appeal's progress note", "appeal_events",
            QStringLiteral("INSERT INTO appeal_events(id, uuid, appeal_id, happened_on, kind, note, created_at) "
                           "VALUES (100, 'u100', 1, '2022-03-06', 'push', '电话督办', $T)"),
            "id = 100", "note", QStringLiteral("电话督办"), QStringLiteral("上门督办"), 100, "appeals", 1, false);
        row("a suggestion's title", "suggestions",
            QStringLiteral("INSERT INTO suggestions(id, uuid, station_id, number, number_year, number_seq, title, "
                           "lead_deputy_id, created_at, updated_at) VALUES (100, 'u100', 1, '2022-0100', 2022, 100, "
                           "'加装路灯', 1, $T, $T)"),
            "id = 100", "title", QStringLiteral("加装路灯"), QStringLiteral("更换路灯"), 100, "", 0, true);
        row("a suggestion's co-signer", "suggestion_cosigners",
            QStringLiteral("INSERT INTO suggestion_cosigners(suggestion_id, deputy_id) VALUES (1, 1)"),
            "suggestion_id = 1", "deputy_id", 1, 2, 0, "suggestions", 1, false);
        row("an appeal linked to a suggestion", "suggestion_appeals",
            QStringLiteral("INSERT INTO suggestion_appeals(suggestion_id, appeal_id) VALUES (1, 1)"),
            "suggestion_id = 1", "appeal_id", 1, 2, 0, "suggestions", 1, false);
        row("a suggestion's handling unit role", "suggestion_units",
            QStringLiteral("INSERT INTO suggestion_units(suggestion_id, unit, role) VALUES (1, '住建局', 'main')"),
            "suggestion_id = 1", "role", QStringLiteral("main"), QStringLiteral("assisting"), 0, "suggestions", 1,
            false);
        row("an earlier round's grade", "suggestion_rounds",
            QStringLiteral("INSERT INTO suggestion_rounds(id, uuid, suggestion_id, round, grade, created_at) VALUES "
                           "(100, 'u100', 1, 1, 'A', $T)"),
            "id = 100", "grade", QStringLiteral("A"), QStringLiteral("B"), 100, "suggestions", 1, false);
        row("a follow-up visit's satisfaction", "follow_up_visits",
            QStringLiteral("INSERT INTO follow_up_visits(id, uuid, appeal_id, visited_on, method, satisfaction, "
                           "created_at, updated_at) VALUES (100, 'u100', 1, '2022-04-01', 'phone', 'satisfied', $T, $T)"),
            "id = 100", "satisfaction", QStringLiteral("satisfied"), QStringLiteral("dissatisfied"), 100, "appeals", 1,
            true);
        row("a list entry's position", "vocabulary",
            QStringLiteral("INSERT INTO vocabulary(kind, value, sort_order) VALUES ('unit', '住建局', 1)"),
            "kind = 'unit' AND value = '住建局'", "sort_order", 1, 2, 0, "", 0, false);
        row("the annual report's shortcomings", "report_narratives",
            QStringLiteral("INSERT INTO report_narratives(station_id, year, shortcomings, updated_at) VALUES "
                           "(1, 2022, '回访不及时', $T)"),
            "year = 2022", "shortcomings", QStringLiteral("回访不及时"), QStringLiteral("回访率偏低"), 0, "stations", 1,
            false);
    }

    void everyTableLogsEveryKindOfChange()
    {
        QFETCH(QString, table);
        QFETCH(QString, insertSql);
        QFETCH(QString, key);
        QFETCH(QString, field);
        QFETCH(QVariant, before);
        QFETCH(QVariant, after);
        QFETCH(qint64, recordId);
        QFETCH(QString, ownerTable);
        QFETCH(qint64, ownerId);
        QFETCH(bool, softDelete);

        TestDatabase t;
        QCOMPARE(t.stationId(), 1);
        addParents(t);
        AuditActor::setClerk(QString::fromUtf8(kClerk));
        Database &db = t.db();

        const auto checkEntry = [&](const AuditEntry &e, const QString &action) {
            QCOMPARE(e.action, action);
            QCOMPARE(e.table, table);
            QCOMPARE(e.recordId, recordId);
            if (recordId > 0)
                QCOMPARE(e.recordUuid, QStringLiteral("u100"));
            QCOMPARE(e.ownerTable, ownerTable);
            QCOMPARE(e.ownerId, ownerId);
            QCOMPARE(e.clerk, QString::fromUtf8(kClerk));
            QCOMPARE(e.osUser, AuditActor::osUser());
            QVERIFY(e.at.isValid());
            QVERIFY(qAbs(e.at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        };
        const auto change = [&](const AuditEntry &e) {
            for (const AuditFieldChange &c : e.changes()) {
                if (c.field == field)
                    return c;
            }
            return AuditFieldChange{};
        };

        // The record's first entry as its history shows it: rows with an id are logged compactly and
        // their inserted values completed from the record (or its removal) and the later changes.
        const auto historyInsert = [&] {
            const AuditRecordRef ref{table, recordId, QString(), QString()};
            const QList<AuditEntry> history =
                recordId > 0 ? AuditTrail(db).entries(QList<AuditRecordRef>{ref}, QDate()) : QList<AuditEntry>{};
            return recordId > 0 ? history.value(0) : AuditEntry{};
        };

        // Insert: the whole new row.
        QVERIFY_OK(db.exec(insertSql));
        AuditEntry e = lastEntry(db);
        checkEntry(e, QStringLiteral("insert"));
        if (recordId > 0)
            e = historyInsert();
        checkEntry(e, QStringLiteral("insert"));
        QCOMPARE(change(e).field, field);
        QCOMPARE(change(e).newValue.toString(), before.toString());
        QVERIFY(!change(e).oldValue.isValid());

        // Update: only the changed field, old and new.
        QSqlQuery update = db.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3").arg(table, field, key));
        QVERIFY_OK(db.exec(update, {after}));
        e = lastEntry(db);
        checkEntry(e, QStringLiteral("update"));
        QCOMPARE(e.changes().size(), 1);
        QCOMPARE(change(e).oldValue.toString(), before.toString());
        QCOMPARE(change(e).newValue.toString(), after.toString());
        QCOMPARE(change(e).newValue.typeId() == QMetaType::QString, after.typeId() == QMetaType::QString);

        // An update that changes nothing is not an entry.
        const qint64 count = logCount(db);
        QVERIFY_OK(db.exec(QStringLiteral("UPDATE %1 SET %2 = %2 WHERE %3").arg(table, field, key)));
        QCOMPARE(logCount(db), count);

        if (softDelete) {
            QVERIFY_OK(db.exec(QStringLiteral("UPDATE %1 SET deleted_at = '2022-07-01T08:00:00.000Z' WHERE %2")
                                   .arg(table, key)));
            e = lastEntry(db);
            checkEntry(e, QStringLiteral("soft_delete"));
            QCOMPARE(e.changes().size(), 1);
            QCOMPARE(e.changes().at(0).field, QStringLiteral("deleted_at"));
            QVERIFY(!e.changes().at(0).oldValue.isValid());
            QCOMPARE(e.changes().at(0).newValue.toString(), QStringLiteral("2022-07-01T08:00:00.000Z"));
            QVERIFY_OK(db.exec(QStringLiteral("UPDATE %1 SET deleted_at = NULL WHERE %2").arg(table, key)));
            e = lastEntry(db);
            checkEntry(e, QStringLiteral("restore"));
            QCOMPARE(e.changes().at(0).oldValue.toString(), QStringLiteral("2022-07-01T08:00:00.000Z"));
            QVERIFY(!e.changes().at(0).newValue.isValid());
        }

        // Hard delete (emptying the recycle bin): the whole old row, so that what was removed stays known.
        QVERIFY_OK(db.exec(QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, key)));
        e = lastEntry(db);
        checkEntry(e, QStringLiteral("delete"));
        QCOMPARE(change(e).oldValue.toString(), after.toString());
        QVERIFY(!change(e).newValue.isValid());

        // After the removal the insert's values are still known: the removal's values, changes undone.
        if (recordId > 0) {
            e = historyInsert();
            checkEntry(e, QStringLiteral("insert"));
            QCOMPARE(change(e).newValue.toString(), before.toString());
        }
    }

    /// Emptying the recycle bin removes records for good (hard DELETEs): each removal is in the trail
    /// with the record's last values, the appeal's progress entries with it.
    void emptyingTheRecycleBinIsLogged()
    {
        TestDatabase t;
        AuditActor::setClerk(QString::fromUtf8(kClerk));
        const Deputy deputy = LedgerFixture::addDeputy(t.db());
        const Appeal appeal = LedgerFixture::addAppeal(t.db(), deputy.id);
        RecycleBin bin(t.db());
        QVERIFY_OK(bin.moveToBin({RecycleKind::Appeal, appeal.id}));
        QVERIFY_OK(bin.empty());
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM appeals")).toInt(), 0);
        AuditTrail trail(t.db());
        QString error;
        const QList<AuditRecordRef> found = trail.resolve(appeal.number, &error);
        QVERIFY2(found.size() == 1, qPrintable(error));
        const QList<AuditEntry> history = trail.entries(found, QDate());
        QStringList actions;
        for (const AuditEntry &e : history) {
            if (e.table == QLatin1String("appeals"))
                actions << e.action;
            QCOMPARE(e.clerk, QString::fromUtf8(kClerk));
        }
        QCOMPARE(actions.first(), QStringLiteral("insert"));
        QVERIFY(actions.contains(QStringLiteral("soft_delete")));
        QCOMPARE(actions.last(), QStringLiteral("delete"));
        const AuditEntry removal = history.last().table == QLatin1String("appeals") ? history.last() : AuditEntry{};
        QCOMPARE(removal.action, QStringLiteral("delete"));
        bool contentKept = false;
        for (const AuditFieldChange &c : removal.changes())
            contentKept = contentKept || (c.field == QLatin1String("content") && c.oldValue.toString() == appeal.content);
        QVERIFY(contentKept);
        const qint64 eventsRemoved = t.db()
                                         .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                                                "'appeal_events' AND action = 'delete' AND owner_id = ?"),
                                                 {appeal.id})
                                         .toLongLong();
        QVERIFY(eventsRemoved >= 1);
        // The history still shows the values the appeal was registered with.
        QVERIFY(!history.first().changes().isEmpty());
    }

    void bulkLoadLogsWhatTheTriggersLog_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::newRow("outside a bulk scope") << QString();
        QTest::newRow("an import") << QStringLiteral("import");
        QTest::newRow("demo data") << QStringLiteral("demo");
    }

    /// BulkLoad sets the audit insert triggers aside and writes their entries at its end, one statement
    /// per table: the trail then holds exactly what the triggers would have written, row for row (all
    /// but the entries' ids and times), and the triggers are back afterwards, as they were.
    void bulkLoadLogsWhatTheTriggersLog()
    {
        QFETCH(QString, origin);
        const QStringList parts = {
            QStringLiteral(
                "INSERT INTO appeal_events(uuid, appeal_id, happened_on, kind, created_at) VALUES "
                "('e1', 1, '2022-03-05', 'registered', 'x'), ('e2', 2, '2022-03-06', 'push', 'x')"),
            QStringLiteral("INSERT INTO suggestion_rounds(uuid, suggestion_id, round, created_at) VALUES "
                           "('r1', 1, 1, 'x')"),
            QStringLiteral(
                "INSERT INTO contact_voters(uuid, profile_id, name, created_at, updated_at) VALUES "
                "('c1', 1, '刘大爷', 'x', 'x')"),
            QStringLiteral("INSERT INTO enterprise_visits(uuid, link_id, visited_on, created_at, updated_at) "
                           "VALUES ('v1', 1, '2022-05-01', 'x', 'x')"),
            QStringLiteral(
                "INSERT INTO follow_up_visits(uuid, appeal_id, visited_on, method, satisfaction, "
                "created_at, updated_at) VALUES ('f1', 1, '2022-06-01', 'phone', 'satisfied', 'x', 'x')"),
            QStringLiteral("INSERT INTO suggestion_cosigners VALUES (1, 2)"),
        };
        const auto entries = [](TestDatabase &t) {
            QSqlQuery q = t.db().prepare(QStringLiteral(
                "SELECT clerk, os_user, action, table_name, record_id, record_uuid, record_label, "
                "owner_table, owner_id, changes FROM audit_log WHERE table_name <> 'stations' "
                "ORDER BY table_name, record_id, record_uuid")); // the station: the fixture's own
            QStringList rows;
            if (!t.db().exec(q))
                return rows;
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < 10; ++i)
                    cells << q.value(i).toString();
                rows << cells.join(QLatin1Char('|'));
            }
            return rows;
        };
        const auto triggers = [](TestDatabase &t) {
            return t.db()
                .scalar(QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_schema "
                                       "WHERE type = 'trigger' ORDER BY name)"))
                .toString();
        };
        AuditActor::setClerk(QString::fromUtf8(kClerk));

        TestDatabase byTrigger;
        const QString schemaTriggers = triggers(byTrigger);
        {
            std::optional<AuditBulkScope> scope;
            if (!origin.isEmpty())
                scope.emplace(origin);
            addParents(byTrigger);
            for (const QString &sql : parts)
                QVERIFY_OK(byTrigger.db().exec(sql));
        }

        TestDatabase byLoad;
        {
            std::optional<AuditBulkScope> scope;
            if (!origin.isEmpty())
                scope.emplace(origin);
            Transaction tx(byLoad.db());
            BulkLoad load(byLoad.db());
            QVERIFY_OK(load.begin());
            QVERIFY(triggers(byLoad) != schemaTriggers);
            addParents(byLoad);
            for (const QString &sql : parts)
                QVERIFY_OK(byLoad.db().exec(sql));
            QVERIFY(load.pending(QStringLiteral("appeals"), 2));
            QCOMPARE(byLoad.db()
                         .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name <> "
                                                "'stations'"))
                         .toInt(),
                     origin.isEmpty() ? 1 : 0); // the co-signer's link: its table has no id to load by
            QVERIFY_OK(load.finish());
            QVERIFY(!load.pending(QStringLiteral("appeals"), 2));
            QVERIFY_OK(tx.commit());
        }
        QCOMPARE(triggers(byLoad), schemaTriggers);
        const QStringList expected = entries(byTrigger);
        QCOMPARE(expected.size(), origin.isEmpty() ? 15 : 9); // 8 parents and a follow-up visit, + 6 parts
        QCOMPARE(entries(byLoad), expected);
    }

    /// A bulk load that is rolled back leaves no entry and the triggers in place.
    void bulkLoadRolledBackLeavesTheTriggers()
    {
        TestDatabase t;
        const QString before =
            t.db()
                .scalar(QStringLiteral("SELECT group_concat(name) FROM sqlite_schema WHERE "
                                       "type = 'trigger'"))
                .toString();
        const int entriesBefore = t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        {
            Transaction tx(t.db());
            BulkLoad load(t.db());
            QVERIFY_OK(load.begin());
            addParents(t);
        }
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT group_concat(name) FROM sqlite_schema WHERE type = "
                                            "'trigger'"))
                     .toString(),
                 before);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), entriesBefore);
        addParents(t);
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'appeals'"))
                     .toInt(),
                 2);
    }

    void bulkInsertsAreOneEntryPerRecord_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::newRow("an import") << QStringLiteral("import");
        QTest::newRow("demo data") << QStringLiteral("demo");
    }

    /// Inside AuditBulkScope a record is one entry (its origin as the action, its values completed in
    /// its history) and the rows that arrive with it are not logged one by one; outside, they are.
    void bulkInsertsAreOneEntryPerRecord()
    {
        QFETCH(QString, origin);
        TestDatabase t;
        addParents(t);
        {
            const AuditBulkScope bulk(origin);
            QVERIFY_OK(t.db().exec(QStringLiteral(
                "INSERT INTO appeals(id, uuid, station_id, number, number_year, number_seq, received_on, channel, "
                "content, created_at, updated_at) VALUES (100, 'u100', 1, '2022-0100', 2022, 100, '2022-03-05', "
                "'onsite', '路灯不亮', 'x', 'x')")));
            QVERIFY_OK(t.db().exec(QStringLiteral("INSERT INTO appeal_events(uuid, appeal_id, happened_on, kind, "
                                                  "created_at) VALUES ('e1', 100, '2022-03-05', 'registered', 'x')")));
            QVERIFY_OK(t.db().exec(QStringLiteral("INSERT INTO suggestion_cosigners VALUES (1, 2)")));
            QVERIFY_OK(t.db().exec(QStringLiteral("UPDATE appeals SET category = '其他' WHERE id = 100")));
        }
        QVERIFY_OK(t.db().exec(QStringLiteral("INSERT INTO appeal_events(uuid, appeal_id, happened_on, kind, "
                                              "created_at) VALUES ('e2', 100, '2022-03-06', 'push', 'x')")));
        const auto count = [&](const char *where) {
            return t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE ") + QLatin1String(where)).toInt();
        };
        QCOMPARE(count("table_name = 'appeals' AND record_id = 100 AND action = 'insert'"), 0);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'appeals' AND "
                                              "record_id = 100 AND action = ?"),
                               {origin})
                     .toInt(),
                 1);
        QCOMPARE(count("table_name = 'appeals' AND record_id = 100 AND action = 'update'"), 1);
        QCOMPARE(count("table_name = 'appeal_events' AND record_uuid = 'e1'"), 0);
        QCOMPARE(count("table_name = 'suggestion_cosigners'"), 0);
        QCOMPARE(count("table_name = 'appeal_events' AND record_uuid = 'e2' AND action = 'insert'"), 1);
        const QList<AuditEntry> history =
            AuditTrail(t.db()).entries(QList<AuditRecordRef>{{QStringLiteral("appeals"), 100, QString(), QString()}}, QDate());
        QCOMPARE(history.first().action, origin);
        QVERIFY(history.first().isCreation());
        QString category;
        for (const AuditFieldChange &c : history.first().changes()) {
            if (c.field == QLatin1String("category"))
                category = c.newValue.toString();
        }
        QCOMPARE(category, QString());   // as imported, before the later change
        QVERIFY(AuditBulkScope::current().isEmpty());
    }

    void theLogRefusesChanges_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("changing an entry's clerk") << QStringLiteral("UPDATE audit_log SET clerk = '别人'");
        QTest::newRow("changing an entry's values") << QStringLiteral("UPDATE audit_log SET changes = '{}'");
        QTest::newRow("deleting an entry") << QStringLiteral("DELETE FROM audit_log WHERE id = 1");
        QTest::newRow("deleting every entry") << QStringLiteral("DELETE FROM audit_log");
    }

    void theLogRefusesChanges()
    {
        QFETCH(QString, sql);
        TestDatabase t;
        LedgerFixture::addDeputy(t.db());
        const qint64 before = logCount(t.db());
        QVERIFY(before >= 2);   // the station and the deputy
        const QString json = t.db().scalar(QStringLiteral("SELECT group_concat(clerk || changes) FROM audit_log")).toString();
        const Status s = t.db().exec(sql);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QLatin1String("cannot be changed")), qPrintable(s.message()));
        QCOMPARE(logCount(t.db()), before);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT group_concat(clerk || changes) FROM audit_log")).toString(), json);
    }

    void repositoryChangesAreAttributedToTheClerkInTheSettings()
    {
        QSettings().setValue(QStringLiteral("clerkName"), QStringLiteral("陈静"));
        TestDatabase t;   // opening reads the clerk's name from the settings
        QSettings().remove(QStringLiteral("clerkName"));
        const Deputy deputy = LedgerFixture::addDeputy(t.db());
        const Appeal appeal = LedgerFixture::addAppeal(t.db(), deputy.id);
        QVERIFY_OK(SoftDelete::remove(t.db(), "appeals", appeal.id));
        QVERIFY_OK(SoftDelete::restore(t.db(), "appeals", appeal.id));
        AuditTrail trail(t.db());
        QString error;
        const QList<AuditRecordRef> found = trail.resolve(appeal.number, &error);
        QVERIFY2(!found.isEmpty(), qPrintable(error));
        QCOMPARE(found.at(0).table, QStringLiteral("appeals"));
        QCOMPARE(found.at(0).id, appeal.id);
        AuditQuery q;
        q.record = found.at(0);
        const QList<AuditEntry> entries = trail.entries(q);
        QStringList actions;
        for (const AuditEntry &e : entries) {
            if (e.table == QLatin1String("appeals"))
                actions << e.action;
            QCOMPARE(e.clerk, QStringLiteral("陈静"));
        }
        QCOMPARE(actions.first(), QStringLiteral("insert"));
        QVERIFY(actions.contains(QStringLiteral("soft_delete")));
        QCOMPARE(actions.last(), QStringLiteral("restore"));
        QCOMPARE(entries.first().recordLabel, appeal.number);
        QCOMPARE(trail.count(q), qint64(entries.size()));
    }

    void recordsAreFoundByWhatTheUserTypes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");   // table:id of each record found
        QTest::newRow("a ledger number names the appeal and the suggestion")
            << QStringLiteral("2022-0001") << QStringList{QStringLiteral("appeals:1"), QStringLiteral("suggestions:1")};
        QTest::newRow("a word that names no record") << QStringLiteral("ap2") << QStringList{};
        QTest::newRow("table:id") << QStringLiteral("deputies:2") << QStringList{QStringLiteral("deputies:2")};
        QTest::newRow("a bare id in every table that has it")
            << QStringLiteral("2") << QStringList{QStringLiteral("appeals:2"), QStringLiteral("deputies:2")};
        QTest::newRow("an unknown number") << QStringLiteral("2019-0001") << QStringList{};
        QTest::newRow("an unknown table") << QStringLiteral("passwords:1") << QStringList{};
        QTest::newRow("SQL-looking text") << QStringLiteral("1; DROP TABLE appeals") << QStringList{};
    }

    void recordsAreFoundByWhatTheUserTypes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        TestDatabase t;
        addParents(t);
        QString error;
        const QList<AuditRecordRef> found = AuditTrail(t.db()).resolve(text, &error);
        QStringList got;
        for (const AuditRecordRef &r : found)
            got << r.table + QLatin1Char(':') + QString::number(r.id);
        got.sort();
        QCOMPARE(got, expected);
        QCOMPARE(error.isEmpty(), !expected.isEmpty());
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM appeals")).toInt(), 2);
    }

    void aUuidFindsTheRecordEvenAfterItWasRemoved()
    {
        TestDatabase t;
        addParents(t);
        const QString uuid = QStringLiteral("6f1c2a30-9b7e-4c55-8a10-1e2f3a4b5c6d");
        QVERIFY_OK(t.db().exec(QStringLiteral("UPDATE appeals SET uuid = '%1' WHERE id = 2").arg(uuid)));
        QString error;
        QList<AuditRecordRef> found = AuditTrail(t.db()).resolve(uuid.toUpper(), &error);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).table, QStringLiteral("appeals"));
        QCOMPARE(found.at(0).label, QStringLiteral("2022-0002"));
        QVERIFY_OK(t.db().exec(QStringLiteral("DELETE FROM appeals WHERE id = 2")));
        found = AuditTrail(t.db()).resolve(uuid, &error);
        QCOMPARE(found.size(), 1);
        const QList<AuditEntry> entries = AuditTrail(t.db()).entries(found, QDate());
        QCOMPARE(entries.last().action, QStringLiteral("delete"));
    }

    void sinceDateAndPagingSelectEntries()
    {
        TestDatabase t;
        addParents(t);
        AuditTrail trail(t.db());
        AuditQuery all;
        all.limit = 0;
        const qint64 total = trail.count(all);
        QVERIFY(total >= 9);
        QCOMPARE(trail.entries(all).size(), total);
        AuditQuery page;
        page.limit = 3;
        page.offset = 3;
        const QList<AuditEntry> second = trail.entries(page);
        QCOMPARE(second.size(), 3);
        QCOMPARE(second.first().id, trail.entries(all).at(3).id);
        page.newestFirst = true;
        page.offset = 0;
        QCOMPARE(trail.entries(page).first().id, trail.entries(all).last().id);
        AuditQuery tomorrow;
        tomorrow.since = QDate::currentDate().addDays(2);
        QCOMPARE(trail.count(tomorrow), 0);
        AuditQuery yesterday;
        yesterday.since = QDate::currentDate().addDays(-2);
        QCOMPARE(trail.count(yesterday), total);
    }

    void fullDataExportsAreLogged_data()
    {
        QTest::addColumn<bool>("full");
        QTest::addColumn<QString>("kind");
        QTest::newRow("a masked export is not an entry") << false << QStringLiteral("csv");
        QTest::newRow("a full CSV export") << true << QStringLiteral("csv");
        QTest::newRow("a full bundle is one entry") << true << QStringLiteral("bundle");
    }

    void fullDataExportsAreLogged()
    {
        QFETCH(bool, full);
        QFETCH(QString, kind);
        TestDatabase t;
        AuditActor::setClerk(QString::fromUtf8(kClerk));
        const Deputy deputy = LedgerFixture::addDeputy(t.db());
        LedgerFixture::addAppeal(t.db(), deputy.id);
        const qint64 before = logCount(t.db());
        ExportOptions options;
        options.year = 2022;
        options.fullPersonalData = full;
        LedgerExport exporter(t.db());
        const QString path = QDir(t.dir()).filePath(kind == QLatin1String("csv") ? QStringLiteral("appeals.csv")
                                                                                    : QStringLiteral("bundle"));
        if (kind == QLatin1String("csv"))
            QVERIFY_OK(exporter.writeCsv(Ledger::Appeals, options, path));
        else
            QVERIFY_OK(exporter.writeBundle(options, path, QStringLiteral("csv")));
        QCOMPARE(logCount(t.db()), before + (full ? 1 : 0));
        if (!full)
            return;
        const AuditEntry e = lastEntry(t.db());
        QCOMPARE(e.action, QStringLiteral("export"));
        QCOMPARE(e.clerk, QString::fromUtf8(kClerk));
        QVariantMap details;
        for (const AuditFieldChange &c : e.changes())
            details.insert(c.field, c.newValue);
        QCOMPARE(details.value(QStringLiteral("ledger")).toString(),
                 kind == QLatin1String("csv") ? QStringLiteral("appeals") : QStringLiteral("bundle"));
        QCOMPARE(details.value(QStringLiteral("year")).toInt(), 2022);
        QCOMPARE(details.value(QStringLiteral("file")).toString(), QDir::toNativeSeparators(path));
    }

    void aFullDataExportFromAReadOnlyFileIsRefused()
    {
        TestDatabase t;
        const Deputy deputy = LedgerFixture::addDeputy(t.db());
        LedgerFixture::addAppeal(t.db(), deputy.id);
        t.close();
        auto opened = Database::open(t.path(), Database::Mode::ReadOnly);
        QVERIFY2(opened.status, qPrintable(opened.status.message()));
        ExportOptions options;
        options.fullPersonalData = true;
        const QString path = QDir(t.dir()).filePath(QStringLiteral("full.csv"));
        const Status s = LedgerExport(*opened.database).writeCsv(Ledger::Appeals, options, path);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QLatin1String("audit trail")), qPrintable(s.message()));
        QVERIFY(!QFile::exists(path));
    }

    void aFailedExportLeavesNoEntry()
    {
        TestDatabase t;
        const qint64 before = logCount(t.db());
        ExportOptions options;
        options.fullPersonalData = true;
        const QString path = QDir(t.dir()).filePath(QStringLiteral("no/such/folder/full.csv"));
        QVERIFY(!LedgerExport(t.db()).writeCsv(Ledger::Appeals, options, path));
        QCOMPARE(logCount(t.db()), before);
    }

    /// The plain sqlite3 library (what the sqlite3 shell uses) reads everything, but a change to a ledger
    /// table fails because the audit functions are missing: nothing escapes the trail.
    void otherToolsCanReadButNotWriteUnlogged()
    {
        TestDatabase t;
        addParents(t);
        t.close();
        const QByteArray before = fileBytes(t.path());
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(t.path().toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqliteText(raw, "SELECT content FROM appeals WHERE id = 1"), QStringLiteral("路灯不亮"));
        QVERIFY(sqliteText(raw, "SELECT count(*) FROM audit_log").toInt() > 0);
        QCOMPARE(sqliteText(raw, "PRAGMA quick_check"), QStringLiteral("ok"));
        char *error = nullptr;
        const int rc = sqlite3_exec(raw, "UPDATE appeals SET content = '改了' WHERE id = 1", nullptr, nullptr, &error);
        const QString message = QString::fromUtf8(error ? error : "");
        sqlite3_free(error);
        sqlite3_close(raw);
        QVERIFY(rc != SQLITE_OK);
        QVERIFY2(message.contains(QLatin1String("ll_audit_clerk")), qPrintable(message));
        QCOMPARE(fileBytes(t.path()), before);
    }

    void aFileOfTheFormerFormatKeepsItsDataAndGainsTheLog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            // A ledger as the previous version of the program wrote it.
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
            QString sql;
            for (int v = 1; v < 3; ++v)
                for (const QString &s : Migrations::statements(v))
                    sql += s + QStringLiteral(";\n");
            sql += QStringLiteral(
                "INSERT INTO stations(id, uuid, name, created_at, updated_at) VALUES (1, 's', '老站', 'x', 'x');"
                "INSERT INTO appeals(id, uuid, station_id, number, number_year, number_seq, received_on, channel, "
                "content, created_at, updated_at) VALUES (7, 'ap7', 1, '2021-0007', 2021, 7, '2021-02-01', 'onsite', "
                "'老问题', 'x', 'x');"
                "PRAGMA user_version = 2; PRAGMA application_id = %1;")
                       .arg(Database::kApplicationId);
            char *error = nullptr;
            const int rc = sqlite3_exec(raw, sql.toUtf8().constData(), nullptr, nullptr, &error);
            QVERIFY2(rc == SQLITE_OK, error);
            sqlite3_close(raw);
        }
        auto opened = Database::open(path);
        QVERIFY2(opened.status, qPrintable(opened.status.message()));
        Database &db = *opened.database;
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(db.scalar(QStringLiteral("SELECT content FROM appeals WHERE id = 7")).toString(), QStringLiteral("老问题"));
        QCOMPARE(logCount(db), 0);   // history starts with the upgrade
        QVERIFY_OK(db.exec(QStringLiteral("UPDATE appeals SET content = '老问题已复核' WHERE id = 7")));
        const AuditEntry e = lastEntry(db);
        QCOMPARE(e.recordLabel, QStringLiteral("2021-0007"));
        QCOMPARE(e.changes().size(), 1);
        QCOMPARE(e.changes().at(0).oldValue.toString(), QStringLiteral("老问题"));
    }

    void referencesAreShownByName_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("a deputy by name") << QStringLiteral("deputy_id") << QVariant(2) << QStringLiteral("张红");
        QTest::newRow("an appeal by number") << QStringLiteral("duplicate_of") << QVariant(1) << QStringLiteral("2022-0001");
        QTest::newRow("a suggestion by number") << QStringLiteral("suggestion_id") << QVariant(1)
                                                << QStringLiteral("2022-0001");
        QTest::newRow("a removed record by its id") << QStringLiteral("deputy_id") << QVariant(99)
                                                    << QStringLiteral("no. 99 (no longer exists)");
        QTest::newRow("no reference") << QStringLiteral("deputy_id") << QVariant() << QString();
    }

    void referencesAreShownByName()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        QFETCH(QString, shown);
        TestDatabase t;
        addParents(t);
        QCOMPARE(AuditTrail(t.db()).displayValue(QStringLiteral("appeals"), field, value), shown);
    }

    void valuesAndNamesAreShownInTheUsersWords_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("a code is its label") << QStringLiteral("appeals") << QStringLiteral("channel")
                                             << QVariant(QStringLiteral("phone")) << QStringLiteral("Phone");
        QTest::newRow("a flag is yes or no") << QStringLiteral("appeals") << QStringLiteral("confidential")
                                             << QVariant(1) << QStringLiteral("Yes");
        QTest::newRow("NULL is empty") << QStringLiteral("appeals") << QStringLiteral("deadline") << QVariant()
                                       << QString();
        QTest::newRow("free text is itself") << QStringLiteral("appeals") << QStringLiteral("content")
                                             << QVariant(QStringLiteral("路灯")) << QStringLiteral("路灯");
    }

    void valuesAndNamesAreShownInTheUsersWords()
    {
        QFETCH(QString, table);
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        QFETCH(QString, shown);
        QCOMPARE(AuditTrail::valueText(table, field, value), shown);
        QCOMPARE(AuditTrail::fieldLabel(table, QStringLiteral("person_phone")), QStringLiteral("Constituent's phone"));
        QCOMPARE(AuditTrail::actionLabel(QStringLiteral("soft_delete")), QStringLiteral("Moved to the recycle bin"));
        AuditEntry anonymous;
        QCOMPARE(AuditTrail::actorText(anonymous), QStringLiteral("(no name recorded)"));
        anonymous.osUser = QStringLiteral("wangf");
        QCOMPARE(AuditTrail::actorText(anonymous), QStringLiteral("wangf"));
        anonymous.clerk = QStringLiteral("王芳");
        QCOMPARE(AuditTrail::actorText(anonymous), QStringLiteral("王芳 (wangf)"));
    }

    void codedFieldsShowTheirVocabularysLabel_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind"); // -1: not a coded field, the code is shown as stored
        auto row = [](const char *name, const char *table, const char *field, const char *code, int kind) {
            QTest::newRow(name) << QString::fromLatin1(table) << QString::fromLatin1(field)
                                << QString::fromLatin1(code) << kind;
        };
        row("a deputy's gender", "deputies", "gender", "female", Codes::Gender);
        row("a deputy's level", "deputies", "level", "municipal", Codes::DeputyLevel);
        row("an appeal's channel", "appeals", "channel", "letter", Codes::Channel);
        row("an appeal's urgency", "appeals", "urgency", "critical", Codes::Urgency);
        row("an appeal's disposal", "appeals", "disposal", "street_committee", Codes::Disposal);
        row("an appeal's reply method is free text", "appeals", "reply_method", "wechat", -1);
        row("a suggestion's grade", "suggestions", "grade", "B", Codes::Grade);
        row("a round's grade", "suggestion_rounds", "grade", "C", Codes::Grade);
        row("a suggestion's satisfaction", "suggestions", "satisfaction", "basic", Codes::Satisfaction);
        row("a visit's satisfaction", "follow_up_visits", "satisfaction", "unsatisfied", Codes::Satisfaction);
        row("a visit's method", "follow_up_visits", "method", "home", Codes::VisitMethod);
        row("a handling unit's role", "suggestion_units", "role", "assist", Codes::UnitRole);
        row("an activity's type", "activities", "type", "inspection", Codes::ActivityType);
        row("a type elsewhere is not coded", "appeals", "type", "inspection", -1);
        row("an appeal's status", "appeals", "status", "in_progress", Codes::AppealStatus);
        row("a suggestion's status", "suggestions", "status", "submitted", Codes::SuggestionStatus);
        row("any other status reads as an appeal's", "appeal_events", "status", "merged",
            Codes::AppealStatus);
        row("a suggestion's kind", "suggestions", "kind", "interim", Codes::SuggestionKind);
        row("a progress entry's kind is not coded", "appeal_events", "kind", "interim", -1);
        row("a list entry's kind is not coded", "vocabulary", "kind", "category", -1);
        row("an empty code stays empty", "appeals", "channel", "", -1);
    }

    void codedFieldsShowTheirVocabularysLabel()
    {
        QFETCH(QString, table);
        QFETCH(QString, field);
        QFETCH(QString, code);
        QFETCH(int, kind);
        const QString expected = kind < 0 ? code : Codes::label(Codes::Kind(kind), code);
        QCOMPARE(AuditTrail::valueText(table, field, code), expected);
        if (kind >= 0)
            QVERIFY2(expected != code, "the row must use a code whose label differs from it");
    }

    void cliPrintsTheTrail_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");   // in stdout for exit 0, in stderr otherwise
        QTest::addColumn<QString>("absent");     // never in stdout
        QTest::newRow("a record's history by its number")
            << QStringList{QStringLiteral("--record"), QStringLiteral("2022-0100")} << 0 << QStringLiteral("Appeal 2022-0100")
            << QString();
        QTest::newRow("field-level old and new values")
            << QStringList{QStringLiteral("--record"), QStringLiteral("appeals:100")} << 0
            << QStringLiteral("Content: 路灯不亮 → 路灯坏了") << QString();
        QTest::newRow("constituents' phones masked by default")
            << QStringList{QStringLiteral("--record"), QStringLiteral("2022-0100")} << 0 << QStringLiteral("138****5678")
            << QStringLiteral("13812345678");
        QTest::newRow("the whole file since a day") << QStringList{QStringLiteral("--since"), QStringLiteral("2000-01-01")}
                                                    << 0 << QStringLiteral("Deputy 李建国") << QString();
        QTest::newRow("nothing since a future day")
            << QStringList{QStringLiteral("--since"), QStringLiteral("2999-01-01")} << 0 << QString()
            << QStringLiteral("Appeal");
        QTest::newRow("an unknown record fails") << QStringList{QStringLiteral("--record"), QStringLiteral("2019-0001")}
                                                 << 1 << QStringLiteral("No record") << QString();
        QTest::newRow("a bad date is a usage error")
            << QStringList{QStringLiteral("--since"), QStringLiteral("yesterday")} << 2 << QStringLiteral("--since")
            << QString();
        QTest::newRow("json and csv together are a usage error")
            << QStringList{QStringLiteral("--json"), QStringLiteral("--csv")} << 2 << QStringLiteral("--json") << QString();
        QTest::newRow("an empty record is a usage error")
            << QStringList{QStringLiteral("--record"), QString()} << 2 << QStringLiteral("--record") << QString();
    }

    void cliPrintsTheTrail()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QFETCH(QString, absent);
        TestDatabase t;
        addParents(t);
        addCliAppeal(t);
        t.close();
        const CliRun run = runCli(QStringList{QStringLiteral("--db"), t.path(), QStringLiteral("audit")} + arguments);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.err + run.out));
        if (exitCode == 0) {
            if (expected.isEmpty())
                QVERIFY2(run.out.trimmed().isEmpty(), qPrintable(run.out));
            else
                QVERIFY2(run.out.contains(expected), qPrintable(run.out));
            QVERIFY2(run.err.trimmed().isEmpty(), qPrintable(run.err));
        } else {
            QVERIFY2(run.err.contains(expected), qPrintable(run.err));
            QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
        }
        if (!absent.isEmpty())
            QVERIFY2(!run.out.contains(absent), qPrintable(run.out));
    }

    void cliWritesJsonAndExcelSafeCsv()
    {
        TestDatabase t;
        addParents(t);
        addCliAppeal(t);
        t.close();
        CliRun run = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("audit"), QStringLiteral("--record"),
                             QStringLiteral("2022-0100"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0)[QStringLiteral("action")].toString(), QStringLiteral("insert"));
        QCOMPARE(entries.at(1)[QStringLiteral("action")].toString(), QStringLiteral("update"));
        const QJsonObject change = entries.at(1)[QStringLiteral("changes")].toArray().at(0).toObject();
        QCOMPARE(change[QStringLiteral("field")].toString(), QStringLiteral("content"));
        QCOMPARE(change[QStringLiteral("old")].toString(), QStringLiteral("路灯不亮"));
        QCOMPARE(change[QStringLiteral("new")].toString(), QStringLiteral("路灯坏了"));

        const QString csv = QDir(t.dir()).filePath(QStringLiteral("audit.csv"));
        run = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("audit"), QStringLiteral("--record"),
                      QStringLiteral("2022-0100"), QStringLiteral("--csv"), QStringLiteral("--out"), csv});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray bytes = fileBytes(csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));   // UTF-8 BOM for Excel on Chinese Windows
        QVERIFY(bytes.contains("\r\n"));
        QVERIFY(bytes.contains("\t138****5678"));      // kept as text
        QVERIFY(bytes.contains("'=HYPERLINK"));         // a formula is neutralised
        QVERIFY(!bytes.contains("13812345678"));
    }

    void cliFullPersonalDataIsItselfRecorded()
    {
        TestDatabase t;
        addParents(t);
        addCliAppeal(t);
        const qint64 before = logCount(t.db());
        t.close();
        const CliRun run = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("audit"), QStringLiteral("--record"),
                                   QStringLiteral("2022-0100"), QStringLiteral("--full-personal-data")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("13812345678")));
        t.reopen();
        QCOMPARE(logCount(t.db()), before + 1);
        QCOMPARE(lastEntry(t.db()).action, QStringLiteral("export"));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
