#include "LedgerFixture.h"
#include "TestDatabase.h"

#include "ledgers/ActivityRepository.h"
#include "ledgers/AppealRepository.h"
#include "ledgers/ConstituencyProfileRepository.h"
#include "ledgers/DeputyRepository.h"
#include "ledgers/EnterpriseLinkRepository.h"
#include "ledgers/FollowUpVisitRepository.h"
#include "ledgers/ReportNarrativeRepository.h"
#include "ledgers/SuggestionRepository.h"
#include "ledgers/VocabularyRepository.h"

#include <QTest>

namespace {

using LedgerFixture::addDeputy;

Deputy makeDeputy(Database &db, const QString &name = QStringLiteral("李建国"))
{
    return addDeputy(db, name);
}

Appeal makeAppealInput(qint64 deputyId, const QDate &received = QDate(2022, 3, 15))
{
    return LedgerFixture::appealInput(deputyId, received);
}

int liveCount(Database &db, const char *table)
{
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(QLatin1String(table)))
        .toInt();
}

} // namespace

/// Create, read, update, soft delete and restore for every ledger, with their child rows.
class TestLedgers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void deputyRoundTripsAndGoesToTheRecycleBin()
    {
        TestDatabase t;
        DeputyRepository repo(t.db());
        Deputy d = makeDeputy(t.db());
        QVERIFY(d.id > 0);
        QVERIFY(!d.uuid.isEmpty());
        QCOMPARE(d.stationId, t.stationId());
        std::optional<Deputy> found = repo.find(d.id);
        QVERIFY(found);
        QCOMPARE(found->name, QStringLiteral("李建国"));
        QCOMPARE(found->termStart, QDate(2021, 1, 1));
        QVERIFY(!found->termEnd.isValid());
        QCOMPARE(found->term, 15);
        QCOMPARE(repo.findByUuid(d.uuid)->id, d.id);

        d.termEnd = QDate(2023, 6, 30);
        d.post = QStringLiteral("主任");
        QVERIFY_OK(repo.update(d));
        QCOMPARE(repo.find(d.id)->termEnd, QDate(2023, 6, 30));
        QCOMPARE(repo.inOfficeOn(QDate(2022, 1, 1)).size(), 1);
        QCOMPARE(repo.inOfficeOn(QDate(2024, 1, 1)).size(), 0);
        QCOMPARE(repo.inOfficeDuring(2023).size(), 1);
        QCOMPARE(repo.inOfficeDuring(2020).size(), 0);

        QVERIFY_OK(repo.remove(d.id));
        QCOMPARE(repo.all().size(), 0);
        QCOMPARE(repo.deleted().size(), 1);
        QVERIFY2(repo.find(d.id), "a deleted deputy is still found by id, for old records");
        QVERIFY2(!repo.remove(d.id), "deleting twice is refused");
        QVERIFY2(!repo.update(d), "a deleted deputy cannot be edited");
        QVERIFY_OK(repo.restore(d.id));
        QCOMPARE(repo.all().size(), 1);
        QVERIFY2(!repo.restore(d.id), "restoring a live record is refused");
    }

    void enterpriseLinkWithVisits()
    {
        TestDatabase t;
        const Deputy d = makeDeputy(t.db());
        EnterpriseLinkRepository repo(t.db());
        EnterpriseLink link;
        link.deputyId = d.id;
        link.enterprise = QStringLiteral("武汉长江机械有限公司");
        link.contactPerson = QStringLiteral("赵经理");
        link.phone = QStringLiteral("027-88886666");
        link.since = QDate(2022, 1, 10);
        QVERIFY_OK(repo.insert(link));
        QCOMPARE(repo.forDeputy(d.id).size(), 1);

        EnterpriseVisit visit;
        visit.linkId = link.id;
        visit.visitedOn = QDate(2022, 5, 6);
        visit.summary = QStringLiteral("了解用工情况");
        QVERIFY_OK(repo.insertVisit(visit));
        QCOMPARE(repo.visits(link.id).size(), 1);
        QCOMPARE(repo.visitsOfDeputy(d.id, 2022).size(), 1);
        QCOMPARE(repo.visitsOfDeputy(d.id, 2021).size(), 0);

        EnterpriseVisit early = visit;
        early.id = 0;
        early.uuid.clear();
        early.visitedOn = QDate(2021, 12, 31);
        const Status refused = repo.insertVisit(early);
        QVERIFY2(!refused, "a visit before the link began is refused");
        QVERIFY(!refused.fieldMessage(QStringLiteral("visited_on")).isEmpty());

        visit.problems = QStringLiteral("招工难");
        QVERIFY_OK(repo.updateVisit(visit));
        QCOMPARE(repo.findVisit(visit.id)->problems, QStringLiteral("招工难"));

        link.contactPerson = QStringLiteral("钱经理");
        QVERIFY_OK(repo.update(link));
        QCOMPARE(repo.find(link.id)->contactPerson, QStringLiteral("钱经理"));
        QVERIFY_OK(repo.removeVisit(visit.id));
        QCOMPARE(repo.visits(link.id).size(), 0);
        QVERIFY_OK(repo.restoreVisit(visit.id));
        QVERIFY_OK(repo.remove(link.id));
        QCOMPARE(repo.forDeputy(d.id).size(), 0);
        QVERIFY_OK(repo.restore(link.id));
        QCOMPARE(repo.all().size(), 1);
    }

    void constituencyProfileSavesItsContactVoters()
    {
        TestDatabase t;
        const Deputy d = makeDeputy(t.db());
        ConstituencyProfileRepository repo(t.db());
        ConstituencyProfile p;
        p.deputyId = d.id;
        p.year = 2022;
        p.constituency = QStringLiteral("第三选区");
        p.households = 3200;
        p.population = 9000;
        p.voters = 7000;
        for (int i = 0; i < 10; ++i) {
            ContactVoter c;
            c.name = QStringLiteral("选民%1").arg(i + 1);
            c.phone = QStringLiteral("1381234%1").arg(5600 + i);
            p.contactVoters << c;
        }
        QVERIFY_OK(repo.insert(p));
        QVERIFY(p.id > 0);
        QCOMPARE(p.contactVoters.size(), 10);
        QVERIFY(p.contactVoters.first().id > 0);
        std::optional<ConstituencyProfile> found = repo.findFor(d.id, 2022);
        QVERIFY(found);
        QCOMPARE(found->contactVoters.size(), 10);
        QCOMPARE(found->households, 3200);

        // Edit one voter, drop one, add one: the kept voters keep their uuids.
        const QString keptUuid = found->contactVoters.at(1).uuid;
        found->contactVoters[1].address = QStringLiteral("和平小区");
        found->contactVoters.removeAt(0);
        ContactVoter added;
        added.name = QStringLiteral("新选民");
        found->contactVoters << added;
        found->households = -1;
        QVERIFY_OK(repo.update(*found));
        const ConstituencyProfile again = *repo.find(p.id);
        QCOMPARE(again.contactVoters.size(), 10);
        QCOMPARE(again.contactVoters.first().uuid, keptUuid);
        QCOMPARE(again.contactVoters.first().address, QStringLiteral("和平小区"));
        QCOMPARE(again.contactVoters.last().name, QStringLiteral("新选民"));
        QCOMPARE(again.households, -1);
        QCOMPARE(liveCount(t.db(), "contact_voters"), 10);

        ConstituencyProfile second;
        second.deputyId = d.id;
        second.year = 2022;
        const Status twice = repo.insert(second);
        QVERIFY2(!twice, "a second profile for the same deputy and year is refused");
        QVERIFY(!twice.fieldMessage(QStringLiteral("year")).isEmpty());

        QVERIFY_OK(repo.remove(p.id));
        QVERIFY(!repo.findFor(d.id, 2022));
        second.year = 2022;
        QVERIFY_OK(repo.insert(second));
        const Status clash = repo.restore(p.id);
        QVERIFY2(!clash, "restoring would make two profiles for one year");
        QVERIFY_OK(repo.remove(second.id));
        QVERIFY_OK(repo.restore(p.id));
        QCOMPARE(repo.forDeputy(d.id).size(), 1);
        QCOMPARE(repo.forYear(2022).size(), 1);
    }

    void appealIsNumberedPerYearAndRegistered()
    {
        TestDatabase t;
        const Deputy d = makeDeputy(t.db());
        AppealRepository repo(t.db());
        Appeal a = makeAppealInput(d.id);
        a.status = QStringLiteral("closed"); // ignored: a new appeal starts registered
        a.result = QStringLiteral("已解决");
        QVERIFY_OK(repo.insert(a));
        QCOMPARE(a.number, QStringLiteral("2022-0001"));
        QCOMPARE(a.status, QStringLiteral("registered"));
        QVERIFY(a.result.isEmpty());
        Appeal b = makeAppealInput(d.id, QDate(2022, 12, 31));
        QVERIFY_OK(repo.insert(b));
        QCOMPARE(b.number, QStringLiteral("2022-0002"));
        Appeal c = makeAppealInput(d.id, QDate(2023, 1, 1));
        QVERIFY_OK(repo.insert(c));
        QCOMPARE(c.number, QStringLiteral("2023-0001"));

        const std::optional<Appeal> found = repo.find(a.id);
        QVERIFY(found);
        QCOMPARE(found->status, QStringLiteral("registered"));
        QCOMPARE(found->personPhone, QStringLiteral("139 8765 4321"));
        QCOMPARE(found->content, a.content);
        QCOMPARE(repo.findByNumber(QStringLiteral("2022-0002"))->id, b.id);
        QCOMPARE(repo.findByUuid(c.uuid)->id, c.id);
        const QList<AppealEvent> events = repo.events(a.id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, QStringLiteral("registered"));
        QCOMPARE(events.first().happenedOn, QDate(2022, 3, 15));
        QCOMPARE(repo.forYear(2022).size(), 2);
        QCOMPARE(repo.forDeputy(d.id, 2023).size(), 1);
        QCOMPARE(repo.forDeputy(d.id).size(), 3);

        // A deleted number is never given again.
        QVERIFY_OK(repo.remove(b.id));
        Appeal e = makeAppealInput(d.id, QDate(2022, 6, 1));
        QVERIFY_OK(repo.insert(e));
        QCOMPARE(e.number, QStringLiteral("2022-0003"));
        QCOMPARE(repo.forYear(2022).size(), 2);
        QCOMPARE(repo.deleted().size(), 1);
        QVERIFY_OK(repo.restore(b.id));
        QCOMPARE(repo.forYear(2022).size(), 3);
    }

    void appealUpdateChangesOnlyTheRegistration()
    {
        TestDatabase t;
        const Deputy d = makeDeputy(t.db());
        AppealRepository repo(t.db());
        Appeal a = makeAppealInput(d.id);
        QVERIFY_OK(repo.insert(a));
        a.content = QStringLiteral("更正后的内容");
        a.category = QStringLiteral("充电设施"); // a new category joins the editable list
        a.isGroup = true;
        a.groupSize = 12;
        a.status = QStringLiteral("closed");
        a.deadline = QDate(2022, 4, 1);
        a.handlingUnit = QStringLiteral("社区");
        QVERIFY_OK(repo.update(a));
        QCOMPARE(a.content, QStringLiteral("更正后的内容"));
        QCOMPARE(a.status, QStringLiteral("registered"));
        QVERIFY(!a.deadline.isValid());
        QVERIFY(a.handlingUnit.isEmpty());
        QCOMPARE(a.groupSize, 12);
        QVERIFY(VocabularyRepository(t.db())
                    .values(VocabularyRepository::category())
                    .contains(QStringLiteral("充电设施")));
    }

    void suggestionSavesItsChildren()
    {
        TestDatabase t;
        const Deputy lead = makeDeputy(t.db());
        const Deputy co1 = makeDeputy(t.db(), QStringLiteral("陈静"));
        const Deputy co2 = makeDeputy(t.db(), QStringLiteral("刘洋"));
        Appeal a = makeAppealInput(lead.id);
        QVERIFY_OK(AppealRepository(t.db()).insert(a));
        SuggestionRepository repo(t.db());
        Suggestion s;
        s.title = QStringLiteral("关于增设电动车充电桩的建议");
        s.leadDeputyId = lead.id;
        s.cosignerIds = {co1.id, co2.id};
        s.sourceAppealIds = {a.id};
        s.units = {HandlingUnit{QStringLiteral("区住建局"), QStringLiteral("main")},
                   HandlingUnit{QStringLiteral("供电公司"), QStringLiteral("assist")}};
        s.submittedOn = QDate(2022, 4, 1); // chooses the number's year only
        s.status = QStringLiteral("closed");
        QVERIFY_OK(repo.insert(s));
        QCOMPARE(s.number, QStringLiteral("2022-0001"));
        QCOMPARE(s.status, QStringLiteral("draft"));
        QVERIFY(!s.submittedOn.isValid());
        std::optional<Suggestion> found = repo.find(s.id);
        QVERIFY(found);
        QCOMPARE(found->cosignerIds.size(), 2);
        QCOMPARE(found->sourceAppealIds, QList<qint64>{a.id});
        QCOMPARE(found->units.size(), 2);
        QCOMPARE(found->units.first().role, QStringLiteral("main"));
        QCOMPARE(repo.forDeputy(co2.id, 2022).size(), 1);
        QCOMPARE(repo.forYear(2022).size(), 1);
        QVERIFY(
            VocabularyRepository(t.db()).contains(VocabularyRepository::unit(), QStringLiteral("区住建局")));

        found->cosignerIds = {co1.id};
        found->title = QStringLiteral("新标题");
        found->grade = QStringLiteral("A");
        QVERIFY_OK(repo.update(*found));
        QCOMPARE(found->cosignerIds.size(), 1);
        QCOMPARE(found->title, QStringLiteral("新标题"));
        QVERIFY2(found->grade.isEmpty(), "the grade changes only through the workflow");
        QCOMPARE(repo.forDeputy(co2.id).size(), 0);
        QVERIFY(repo.rounds(s.id).isEmpty());

        QVERIFY_OK(repo.remove(s.id));
        QCOMPARE(repo.forYear(2022).size(), 0);
        QVERIFY_OK(repo.restore(s.id));
        QCOMPARE(repo.forYear(2022).size(), 1);
    }

    void followUpVisitKeepsItsVerdict()
    {
        TestDatabase t;
        const Deputy d = makeDeputy(t.db());
        Appeal a = makeAppealInput(d.id);
        QVERIFY_OK(AppealRepository(t.db()).insert(a));
        FollowUpVisitRepository repo(t.db());
        FollowUpVisit v;
        v.appealId = a.id;
        v.visitedOn = QDate(2022, 5, 1);
        v.method = QStringLiteral("phone");
        v.visitorClerk = QStringLiteral("小张");
        v.satisfaction = QStringLiteral("satisfied");
        QVERIFY_OK(repo.insert(v));
        QCOMPARE(repo.forAppeal(a.id).size(), 1);
        QCOMPARE(repo.forYear(2022).size(), 1);
        QCOMPARE(repo.forDeputy(d.id, 2022).size(), 1);
        v.feedback = QStringLiteral("很满意");
        v.satisfaction = QStringLiteral("unsatisfied");
        QVERIFY_OK(repo.update(v));
        QCOMPARE(repo.find(v.id)->feedback, QStringLiteral("很满意"));
        QCOMPARE(repo.find(v.id)->satisfaction, QStringLiteral("satisfied"));
        QVERIFY_OK(repo.remove(v.id));
        QCOMPARE(repo.forAppeal(a.id).size(), 0);
        QVERIFY_OK(repo.restore(v.id));
        QCOMPARE(repo.findByUuid(v.uuid)->id, v.id);
    }

    void activityWithParticipants()
    {
        TestDatabase t;
        const Deputy d1 = makeDeputy(t.db());
        const Deputy d2 = makeDeputy(t.db(), QStringLiteral("陈静"));
        ActivityRepository repo(t.db());
        Activity a;
        a.type = QStringLiteral("visit_constituency");
        a.title = QStringLiteral("进选区听民意");
        a.heldOn = QDate(2022, 7, 1);
        a.peopleReached = 40;
        a.participantIds = {d1.id, d2.id};
        QVERIFY_OK(repo.insert(a));
        QCOMPARE(repo.find(a.id)->participantIds.size(), 2);
        QCOMPARE(repo.forDeputy(d2.id, 2022).size(), 1);
        QCOMPARE(repo.forYear(2022).size(), 1);
        a.participantIds = {d1.id};
        a.peopleReached = -1;
        QVERIFY_OK(repo.update(a));
        QCOMPARE(repo.find(a.id)->participantIds, QList<qint64>{d1.id});
        Appeal produced = makeAppealInput(d1.id, QDate(2022, 7, 1));
        produced.channel = QStringLiteral("voter_contact");
        produced.activityId = a.id;
        QVERIFY_OK(AppealRepository(t.db()).insert(produced));
        QCOMPARE(AppealRepository(t.db()).forActivity(a.id).size(), 1);
        QCOMPARE(repo.find(a.id)->peopleReached, -1);
        QCOMPARE(repo.forDeputy(d2.id).size(), 0);
        QVERIFY_OK(repo.remove(a.id));
        QCOMPARE(repo.forYear(2022).size(), 0);
        QCOMPARE(repo.deleted().size(), 1);
        QVERIFY_OK(repo.restore(a.id));
    }

    void vocabularyGrowsWhenTheClerkTypesANewValue()
    {
        TestDatabase t;
        VocabularyRepository repo(t.db());
        const QStringList seeded = repo.values(VocabularyRepository::category());
        QCOMPARE(seeded.size(), 9);
        QCOMPARE(seeded.first(), QStringLiteral("城市建设"));
        QVERIFY_OK(repo.add(VocabularyRepository::category(), QStringLiteral(" 物业管理 ")));
        QVERIFY_OK(repo.add(VocabularyRepository::category(), QStringLiteral("物业管理")));
        QCOMPARE(repo.values(VocabularyRepository::category()).size(), 10);
        QCOMPARE(repo.values(VocabularyRepository::category()).last(), QStringLiteral("物业管理"));
        QVERIFY(!repo.add(VocabularyRepository::category(), QStringLiteral("  ")));
        QVERIFY(!repo.add(QStringLiteral("channel"), QStringLiteral("飞鸽")));
        QVERIFY_OK(repo.add(VocabularyRepository::unit(), QStringLiteral("区城管局")));
        QCOMPARE(repo.values(VocabularyRepository::unit()), QStringList{QStringLiteral("区城管局")});
        QVERIFY_OK(repo.remove(VocabularyRepository::unit(), QStringLiteral("区城管局")));
        QVERIFY(!repo.remove(VocabularyRepository::unit(), QStringLiteral("区城管局")));
    }

    void reportNarrativeIsOnePerYear()
    {
        TestDatabase t;
        ReportNarrativeRepository repo(t.db());
        QVERIFY(!repo.find(2022));
        ReportNarrative n;
        n.year = 2022;
        n.shortcomings = QStringLiteral("回访不够及时。");
        QVERIFY_OK(repo.save(n));
        n.nextYearPlan = QStringLiteral("加强回访。");
        QVERIFY_OK(repo.save(n));
        const std::optional<ReportNarrative> found = repo.find(2022);
        QVERIFY(found);
        QCOMPARE(found->shortcomings, QStringLiteral("回访不够及时。"));
        QCOMPARE(found->nextYearPlan, QStringLiteral("加强回访。"));
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM report_narratives")).toInt(), 1);
        n.year = 1980;
        QVERIFY(!repo.save(n));
    }
};

QTEST_GUILESS_MAIN(TestLedgers)
#include "tst_ledgers.moc"
