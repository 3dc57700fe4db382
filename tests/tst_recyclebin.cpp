#include "LedgerFixture.h"
#include "TestDatabase.h"

#include "ledgers/ActivityRepository.h"
#include "ledgers/AppealRepository.h"
#include "ledgers/ConstituencyProfileRepository.h"
#include "ledgers/EnterpriseLinkRepository.h"
#include "ledgers/FollowUpVisitRepository.h"
#include "ledgers/SoftDelete.h"
#include "ledgers/SuggestionRepository.h"
#include "safety/RecycleBin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(RecycleKind)

namespace {

/// One record of every kind the recycle bin holds, all belonging to one deputy.
struct Records
{
    Deputy deputy;
    EnterpriseLink link;
    EnterpriseVisit enterpriseVisit;
    ConstituencyProfile profile;
    Activity activity;
    Appeal appeal;
    Suggestion suggestion;
    FollowUpVisit visit;

    qint64 idOf(RecycleKind kind) const
    {
        switch (kind) {
        case RecycleKind::Deputy:
            return deputy.id;
        case RecycleKind::EnterpriseLink:
            return link.id;
        case RecycleKind::EnterpriseVisit:
            return enterpriseVisit.id;
        case RecycleKind::Profile:
            return profile.id;
        case RecycleKind::ContactVoter:
            return profile.contactVoters.first().id;
        case RecycleKind::Activity:
            return activity.id;
        case RecycleKind::Appeal:
            return appeal.id;
        case RecycleKind::Suggestion:
            return suggestion.id;
        case RecycleKind::FollowUpVisit:
            return visit.id;
        }
        return 0;
    }
    RecycleRef ref(RecycleKind kind) const { return {kind, idOf(kind)}; }
};

Records addRecords(Database &db)
{
    Records r;
    r.deputy = LedgerFixture::addDeputy(db, QStringLiteral("陈志强"));

    r.link.deputyId = r.deputy.id;
    r.link.enterprise = QStringLiteral("武汉长江机械有限公司");
    r.link.since = QDate(2022, 1, 10);
    EnterpriseLinkRepository links(db);
    if (!links.insert(r.link))
        qFatal("cannot insert link");
    r.enterpriseVisit.linkId = r.link.id;
    r.enterpriseVisit.visitedOn = QDate(2022, 5, 6);
    r.enterpriseVisit.summary = QStringLiteral("了解用工情况");
    if (!links.insertVisit(r.enterpriseVisit))
        qFatal("cannot insert enterprise visit");

    r.profile.deputyId = r.deputy.id;
    r.profile.year = 2022;
    r.profile.constituency = QStringLiteral("第三选区");
    for (int i = 0; i < 10; ++i) {
        ContactVoter c;
        c.name = QStringLiteral("选民%1").arg(i + 1);
        r.profile.contactVoters << c;
    }
    if (!ConstituencyProfileRepository(db).insert(r.profile))
        qFatal("cannot insert profile");

    r.activity.type = QStringLiteral("visit_constituency");
    r.activity.title = QStringLiteral("进选区听民意");
    r.activity.heldOn = QDate(2022, 7, 1);
    r.activity.participantIds = {r.deputy.id};
    if (!ActivityRepository(db).insert(r.activity))
        qFatal("cannot insert activity");

    r.appeal = LedgerFixture::appealInput(r.deputy.id);
    r.appeal.content = QStringLiteral("垃圾站异味扰民，请求搬迁。");
    if (!AppealRepository(db).insert(r.appeal))
        qFatal("cannot insert appeal");

    r.suggestion.title = QStringLiteral("关于增设电动车充电桩的建议");
    r.suggestion.leadDeputyId = r.deputy.id;
    r.suggestion.submittedOn = QDate(2022, 4, 1);
    if (!SuggestionRepository(db).insert(r.suggestion))
        qFatal("cannot insert suggestion");

    r.visit.appealId = r.appeal.id;
    r.visit.visitedOn = QDate(2022, 5, 1);
    r.visit.method = QStringLiteral("phone");
    r.visit.visitorClerk = QStringLiteral("小张");
    r.visit.satisfaction = QStringLiteral("satisfied");
    if (!FollowUpVisitRepository(db).insert(r.visit))
        qFatal("cannot insert follow-up visit");
    return r;
}

Status moveToBin(Database &db, const RecycleRef &ref)
{
    return RecycleBin(db).moveToBin(ref);
}

bool isLive(Database &db, const RecycleRef &ref)
{
    return SoftDelete::isLive(db, RecycleBin::table(ref.kind), ref.id);
}

bool exists(Database &db, const RecycleRef &ref)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?")
                         .arg(QLatin1String(RecycleBin::table(ref.kind))),
                     {ref.id})
               .toInt() == 1;
}

int ftsHits(Database &db, const char *table, const QString &text)
{
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?").arg(QLatin1String(table)),
                {QStringLiteral("\"%1\"").arg(text)})
        .toInt();
}

} // namespace

/// The recycle bin across all ledgers: listing, restoring, deleting permanently, and its rules.
class TestRecycleBin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void eachKindIsListedAndRestored_data()
    {
        QTest::addColumn<RecycleKind>("kind");
        QTest::addColumn<QString>("label");
        QTest::newRow("a deleted deputy is listed by name and comes back")
            << RecycleKind::Deputy << QStringLiteral("陈志强");
        QTest::newRow("a deleted enterprise link is listed by enterprise and comes back")
            << RecycleKind::EnterpriseLink << QStringLiteral("武汉长江机械有限公司");
        QTest::newRow("a deleted enterprise visit is listed by enterprise and comes back")
            << RecycleKind::EnterpriseVisit << QStringLiteral("武汉长江机械有限公司");
        QTest::newRow("a deleted constituency profile is listed by year and comes back")
            << RecycleKind::Profile << QStringLiteral("2022");
        QTest::newRow("a deleted contact voter is listed by name and comes back")
            << RecycleKind::ContactVoter << QStringLiteral("选民1");
        QTest::newRow("a deleted activity is listed by title and comes back")
            << RecycleKind::Activity << QStringLiteral("进选区听民意");
        QTest::newRow("a deleted appeal is listed by number and comes back")
            << RecycleKind::Appeal << QStringLiteral("2022-0001");
        QTest::newRow("a deleted suggestion is listed by number and comes back")
            << RecycleKind::Suggestion << QStringLiteral("2022-0001");
        QTest::newRow("a deleted follow-up visit is listed by its appeal's number and comes back")
            << RecycleKind::FollowUpVisit << QStringLiteral("2022-0001");
    }

    void eachKindIsListedAndRestored()
    {
        QFETCH(RecycleKind, kind);
        QFETCH(QString, label);
        TestDatabase t;
        const Records r = addRecords(t.db());
        RecycleBin bin(t.db());
        QVERIFY(bin.entries().isEmpty());
        const RecycleRef ref = r.ref(kind);

        QVERIFY_OK(moveToBin(t.db(), ref));
        QVERIFY(!isLive(t.db(), ref));
        const QList<RecycleBinEntry> entries = bin.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(bin.count(), 1);
        const RecycleBinEntry &e = entries.first();
        QVERIFY(e.ref == ref);
        QCOMPARE(e.label, label);
        QVERIFY2(e.deletedAt.isValid(), "the entry says when it was deleted");
        if (kind != RecycleKind::Deputy)
            QCOMPARE(e.deputy, QStringLiteral("陈志强"));
        QVERIFY(RecycleBin::describe(e).contains(label));

        QVERIFY_OK(bin.restore({ref, ref})); // chosen twice: restored once
        QVERIFY2(isLive(t.db(), ref), "restored records are visible again");
        QVERIFY(bin.entries().isEmpty());
        QVERIFY2(!bin.restore({ref}), "a record no longer in the bin cannot be restored twice");
    }

    void confidentialAppealShowsNoContent()
    {
        TestDatabase t;
        const Deputy d = LedgerFixture::addDeputy(t.db());
        Appeal a = LedgerFixture::appealInput(d.id);
        a.confidential = true;
        QVERIFY_OK(AppealRepository(t.db()).insert(a));
        QVERIFY_OK(AppealRepository(t.db()).remove(a.id));
        const QList<RecycleBinEntry> entries = RecycleBin(t.db()).entries();
        QCOMPARE(entries.size(), 1);
        QVERIFY2(entries.first().detail.isEmpty(), "a confidential appeal's words stay out of the list");
    }

    void restoringSeveralIsAllOrNothing()
    {
        TestDatabase t;
        const Records r = addRecords(t.db());
        RecycleBin bin(t.db());
        QVERIFY_OK(moveToBin(t.db(), r.ref(RecycleKind::Activity)));
        QVERIFY_OK(moveToBin(t.db(), r.ref(RecycleKind::Appeal)));
        QVERIFY_OK(moveToBin(t.db(), r.ref(RecycleKind::FollowUpVisit)));
        // The visit's appeal stays in the bin: the whole restore is refused, the activity included.
        const Status refused = bin.restore({r.ref(RecycleKind::Activity), r.ref(RecycleKind::FollowUpVisit)});
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(QStringLiteral("2022-0001")), qPrintable(refused.message()));
        QVERIFY2(!isLive(t.db(), r.ref(RecycleKind::Activity)), "nothing was restored");
        QCOMPARE(bin.count(), 3);
    }

    void ownersAndWhatBelongsToThem_data()
    {
        QTest::addColumn<RecycleKind>("owner");
        QTest::addColumn<RecycleKind>("child");
        QTest::newRow("follow-up visit of an appeal") << RecycleKind::Appeal << RecycleKind::FollowUpVisit;
        QTest::newRow("contact voter of a profile") << RecycleKind::Profile << RecycleKind::ContactVoter;
        QTest::newRow("enterprise visit of a link")
            << RecycleKind::EnterpriseLink << RecycleKind::EnterpriseVisit;
    }

    void ownersAndWhatBelongsToThem()
    {
        QFETCH(RecycleKind, owner);
        QFETCH(RecycleKind, child);
        TestDatabase t;
        const Records r = addRecords(t.db());
        RecycleBin bin(t.db());
        QVERIFY_OK(moveToBin(t.db(), r.ref(child)));
        QVERIFY_OK(moveToBin(t.db(), r.ref(owner)));

        const Status alone = bin.restore({r.ref(child)});
        QVERIFY2(!alone, "what belongs to a record in the bin is not restored without it");
        QVERIFY2(alone.message().contains(RecycleBin::kindName(owner)), qPrintable(alone.message()));
        QVERIFY(!isLive(t.db(), r.ref(child)));

        // Chosen together (child first on purpose), both come back.
        QVERIFY_OK(bin.restore({r.ref(child), r.ref(owner)}));
        QVERIFY(isLive(t.db(), r.ref(owner)));
        QVERIFY(isLive(t.db(), r.ref(child)));

        // Deleting the owner permanently takes what belongs to it along, in the bin or not.
        QVERIFY_OK(moveToBin(t.db(), r.ref(owner)));
        const RecycleBin::PurgePlan plan = bin.planPurge({r.ref(owner)});
        QVERIFY(plan.kept.isEmpty());
        QVERIFY(plan.purged.contains(r.ref(owner)));
        QVERIFY(plan.purged.contains(r.ref(child)));
        QVERIFY_OK(bin.purge({r.ref(owner)}));
        QVERIFY(!exists(t.db(), r.ref(owner)));
        QVERIFY(!exists(t.db(), r.ref(child)));
        QVERIFY2(exists(t.db(), r.ref(RecycleKind::Deputy)), "nothing else is touched");
    }

    void recordNamedByAnotherStays()
    {
        TestDatabase t;
        Records r = addRecords(t.db());
        r.suggestion.sourceAppealIds = {r.appeal.id};
        QVERIFY_OK(SuggestionRepository(t.db()).update(r.suggestion));
        RecycleBin bin(t.db());
        const RecycleRef appeal = r.ref(RecycleKind::Appeal);
        QVERIFY_OK(moveToBin(t.db(), appeal));
        RecycleBin::PurgePlan plan = bin.planPurge({appeal});
        QVERIFY(plan.purged.isEmpty());
        QCOMPARE(plan.kept.size(), 1);
        QVERIFY2(plan.kept.first().second.contains(RecycleBin::kindName(RecycleKind::Suggestion)),
                 qPrintable(plan.kept.first().second));
        QVERIFY_OK(bin.purge({appeal}));
        QVERIFY(exists(t.db(), appeal));

        // With the suggestion in the bin but not chosen, the appeal still stays (and says so)...
        QVERIFY_OK(moveToBin(t.db(), r.ref(RecycleKind::Suggestion)));
        plan = bin.planPurge({appeal});
        QCOMPARE(plan.kept.size(), 1);
        // ...chosen together, both go.
        plan = bin.planPurge({appeal, r.ref(RecycleKind::Suggestion)});
        QVERIFY(plan.kept.isEmpty());
        QVERIFY_OK(bin.purge({appeal, r.ref(RecycleKind::Suggestion)}));
        QVERIFY(!exists(t.db(), appeal));
        QVERIFY(!exists(t.db(), r.ref(RecycleKind::Suggestion)));
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM suggestion_appeals")).toInt(), 0);
    }

    void deputyIsOnlyNamedByRecords()
    {
        TestDatabase t;
        const Records r = addRecords(t.db());
        RecycleBin bin(t.db());
        const RecycleRef deputy = r.ref(RecycleKind::Deputy);
        QVERIFY_OK(moveToBin(t.db(), r.ref(RecycleKind::Appeal)));
        QVERIFY_OK(moveToBin(t.db(), deputy));
        QVERIFY2(isLive(t.db(), r.ref(RecycleKind::Suggestion)),
                 "a deleted deputy's records stay where they are");
        QVERIFY_OK(bin.restore({r.ref(RecycleKind::Appeal)}));
        QVERIFY2(isLive(t.db(), r.ref(RecycleKind::Appeal)), "a deleted deputy's appeal can be restored");

        // Emptying the bin keeps a deputy whom records still name, and says why.
        RecycleBin::PurgePlan plan;
        QVERIFY_OK(bin.empty(&plan));
        QVERIFY(plan.purged.isEmpty());
        QCOMPARE(plan.kept.size(), 1);
        QVERIFY2(plan.kept.first().second.contains(QStringLiteral("陈志强")),
                 qPrintable(plan.kept.first().second));
        QVERIFY(exists(t.db(), deputy));
        QCOMPARE(bin.count(), 1);
    }

    void deputyWithoutRecordsIsDeletedForGood()
    {
        TestDatabase t;
        const Deputy d = LedgerFixture::addDeputy(t.db(), QStringLiteral("误录代表"));
        RecycleBin bin(t.db());
        QVERIFY_OK(moveToBin(t.db(), {RecycleKind::Deputy, d.id}));
        RecycleBin::PurgePlan plan;
        QVERIFY_OK(bin.empty(&plan));
        QCOMPARE(plan.purged.size(), 1);
        QVERIFY(!exists(t.db(), {RecycleKind::Deputy, d.id}));
        QCOMPARE(bin.count(), 0);
    }

    void emptyingRemovesEverythingWithItsSearchEntries()
    {
        TestDatabase t;
        const Records r = addRecords(t.db());
        AppealRepository appeals(t.db());
        AppealEvent event;
        event.appealId = r.appeal.id;
        event.happenedOn = QDate(2022, 3, 16);
        event.kind = QStringLiteral("push");
        QVERIFY_OK(appeals.addEvent(event));
        RecycleBin bin(t.db());
        QCOMPARE(ftsHits(t.db(), "appeals_fts", QStringLiteral("垃圾站异味")), 1);
        QCOMPARE(ftsHits(t.db(), "suggestions_fts", QStringLiteral("充电桩")), 1);
        // Everything, owners and what belongs to them, the deputy last.
        for (RecycleKind kind : RecycleBin::kinds()) {
            if (kind != RecycleKind::ContactVoter)
                QVERIFY_OK(moveToBin(t.db(), r.ref(kind)));
        }
        QCOMPARE(ftsHits(t.db(), "appeals_fts", QStringLiteral("垃圾站异味")), 1); // still there to restore

        const RecycleBin::PurgePlan planned = bin.planEmpty();
        QVERIFY(planned.kept.isEmpty());
        QCOMPARE(planned.purged.size(), 8 + 10); // the profile's ten contact voters go with it
        RecycleBin::PurgePlan done;
        QVERIFY_OK(bin.empty(&done));
        QCOMPARE(done.purged.size(), planned.purged.size());
        QCOMPARE(ftsHits(t.db(), "appeals_fts", QStringLiteral("垃圾站异味")), 0);
        QCOMPARE(ftsHits(t.db(), "suggestions_fts", QStringLiteral("充电桩")), 0);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM appeal_events")).toInt(), 0);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM activity_participants")).toInt(), 0);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM contact_voters")).toInt(), 0);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM deputies")).toInt(), 0);
        QCOMPARE(bin.count(), 0);
        QVERIFY(!t.db().scalar(QStringLiteral("PRAGMA foreign_key_check")).isValid());
    }

    void deletingPermanentlyIsInTheAuditTrail()
    {
        TestDatabase t;
        const Records r = addRecords(t.db());
        RecycleBin bin(t.db());
        QVERIFY_OK(moveToBin(t.db(), r.ref(RecycleKind::Appeal)));
        QVERIFY_OK(bin.empty());
        const auto logged = [&t](const char *action, const char *table, qint64 id) {
            return t.db()
                .scalar(
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND table_name = ? AND "
                                   "record_id = ?"),
                    {QString::fromLatin1(action), QString::fromLatin1(table), id})
                .toInt();
        };
        QCOMPARE(logged("soft_delete", "appeals", r.appeal.id), 1);
        QCOMPARE(logged("delete", "appeals", r.appeal.id), 1);
        QCOMPARE(logged("delete", "follow_up_visits", r.visit.id), 1); // went along with its appeal
        const int before = t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();

        // A failed emptying logs nothing: the log's rows roll back with the deletions.
        QVERIFY_OK(moveToBin(t.db(), r.ref(RecycleKind::Activity)));
        QVERIFY_OK(t.db().exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE DELETE ON activities BEGIN "
                                              "SELECT RAISE(ABORT, 'simulated failure'); END")));
        QVERIFY(!bin.empty());
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), before + 1);
    }

    void failedPurgeChangesNothing()
    {
        TestDatabase t;
        const Records r = addRecords(t.db());
        RecycleBin bin(t.db());
        QVERIFY_OK(moveToBin(t.db(), r.ref(RecycleKind::Appeal)));
        QVERIFY_OK(moveToBin(t.db(), r.ref(RecycleKind::Activity)));
        // The activity goes last (owners first in the plan, deleted in reverse), after the appeal and its
        // follow-up visit are already gone inside the transaction.
        QVERIFY_OK(t.db().exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE DELETE ON activities BEGIN "
                                              "SELECT RAISE(ABORT, 'simulated failure'); END")));
        const Status failed = bin.empty();
        QVERIFY(!failed);
        QVERIFY(!failed.message().isEmpty());
        QCOMPARE(bin.count(), 2);
        QVERIFY(exists(t.db(), r.ref(RecycleKind::Appeal)));
        QVERIFY(isLive(t.db(), r.ref(RecycleKind::FollowUpVisit)));
        QCOMPARE(ftsHits(t.db(), "appeals_fts", QStringLiteral("垃圾站异味")), 1);
        QCOMPARE(t.db().transactionDepth(), 0);
    }

    void readOnlyFileIsRefused()
    {
        TestDatabase t;
        const Records r = addRecords(t.db());
        QVERIFY_OK(moveToBin(t.db(), r.ref(RecycleKind::Appeal)));
        t.close();
        Database::OpenResult opened = Database::open(t.path(), Database::Mode::ReadOnly);
        QVERIFY2(opened.database, qPrintable(opened.status.message()));
        RecycleBin bin(*opened.database);
        QCOMPARE(bin.entries().size(), 1);
        const Status restore = bin.restore({r.ref(RecycleKind::Appeal)});
        QVERIFY(!restore);
        QVERIFY2(restore.message().contains(QStringLiteral("read-only")), qPrintable(restore.message()));
        QVERIFY(!bin.empty());
        QVERIFY(!bin.purge({r.ref(RecycleKind::Appeal)}));
        QCOMPARE(bin.count(), 1);
    }

    void commandLineListsRestoresAndEmpties()
    {
        TestDatabase t;
        const Records r = addRecords(t.db());
        QVERIFY_OK(moveToBin(t.db(), r.ref(RecycleKind::Appeal)));
        QVERIFY_OK(moveToBin(t.db(), r.ref(RecycleKind::Activity)));
        t.close();
        const QStringList db = {QStringLiteral("--db"), t.path()};

        CliRun run = runCli(QStringList{QStringLiteral("recycle-bin"), QStringLiteral("--json")} + db);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        const QString appeal = QStringLiteral("appeal:%1").arg(r.appeal.id);
        QStringList refs;
        for (const QJsonValue &v : list)
            refs << v.toObject().value(QStringLiteral("ref")).toString();
        QVERIFY2(refs.contains(appeal), qPrintable(refs.join(QLatin1Char(' '))));

        run = runCli(QStringList{QStringLiteral("recycle-bin"), QStringLiteral("--restore"), appeal} + db);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runCli(QStringList{QStringLiteral("recycle-bin"), QStringLiteral("--restore"),
                                 QStringLiteral("nonsense")} +
                     db);
        QCOMPARE(run.exitCode, 2);

        run = runCli(QStringList{QStringLiteral("recycle-bin"), QStringLiteral("--empty")} + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("--yes")), qPrintable(run.out));
        run = runCli(
            QStringList{QStringLiteral("recycle-bin"), QStringLiteral("--empty"), QStringLiteral("--yes")} +
            db);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("1 record")), qPrintable(run.out));
        run = runCli(QStringList{QStringLiteral("recycle-bin")} + db);
        QVERIFY2(run.out.contains(QStringLiteral("empty")), qPrintable(run.out));
        t.reopen();
        QVERIFY(isLive(t.db(), r.ref(RecycleKind::Appeal)));
        QVERIFY(!exists(t.db(), r.ref(RecycleKind::Activity)));
    }
};

QTEST_GUILESS_MAIN(TestRecycleBin)
#include "tst_recyclebin.moc"
