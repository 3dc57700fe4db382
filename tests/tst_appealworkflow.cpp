#include "LedgerFixture.h"
#include "LedgerSnapshot.h"
#include "TestDatabase.h"

#include "common/Codes.h"
#include "ledgers/AppealRepository.h"
#include "ledgers/FollowUpVisitRepository.h"
#include "ledgers/SuggestionRepository.h"
#include "rules/AppealWorkflow.h"

#include <QSet>
#include <QTest>

#include <functional>

using Action = AppealWorkflow::Action;
using Step = std::function<Status(AppealWorkflow &, qint64)>;
Q_DECLARE_METATYPE(Step)

namespace {

// The fixture's calendar: received, then one step a few days apart.
const QDate kReceived(2022, 3, 15);
const QDate kAccepted(2022, 3, 16);
const QDate kAssigned(2022, 3, 17);
const QDate kDeadline(2022, 4, 15);
const QDate kResolved(2022, 3, 20);
const QDate kAnswered(2022, 3, 22);
const QDate kVisited(2022, 3, 25);
const QDate kLater(2022, 4, 1);

FollowUpVisit visitFor(qint64 appealId, const QDate &on, const QString &satisfaction, bool needsMore = false)
{
    FollowUpVisit v;
    v.appealId = appealId;
    v.visitedOn = on;
    v.method = QStringLiteral("phone");
    v.visitorClerk = QStringLiteral("小张");
    v.visitedPerson = QStringLiteral("王芳");
    v.satisfaction = satisfaction;
    v.needsMore = needsMore;
    return v;
}

/// Brings a fresh appeal into `status` through the workflow itself; returns its id.
qint64 appealIn(Database &db, qint64 deputyId, const QString &status)
{
    AppealWorkflow wf(db);
    const Appeal a = LedgerFixture::addAppeal(db, deputyId, kReceived);
    auto must = [](const Status &s) {
        if (!s)
            qFatal("fixture step failed: %s", qPrintable(s.message()));
    };
    if (status == QLatin1String("registered"))
        return a.id;
    if (status == QLatin1String("redirected")) {
        must(wf.redirect(a.id, kAccepted, QStringLiteral("属于个人信访事项"), QStringLiteral("区信访局")));
        return a.id;
    }
    if (status == QLatin1String("merged")) {
        const Appeal first = LedgerFixture::addAppeal(db, deputyId, QDate(2022, 3, 1));
        must(wf.markDuplicate(a.id, first.id, kAccepted));
        return a.id;
    }
    must(wf.accept(a.id, kAccepted));
    if (status == QLatin1String("accepted"))
        return a.id;
    must(wf.assign(a.id, kAssigned, QStringLiteral("department"), QStringLiteral("区城管局"), kDeadline));
    if (status == QLatin1String("in_progress"))
        return a.id;
    must(wf.resolve(a.id, kResolved, QStringLiteral("已增设充电桩")));
    if (status == QLatin1String("resolved"))
        return a.id;
    must(wf.answer(a.id, kAnswered, QStringLiteral("phone"), QStringLiteral("电话告知已增设")));
    if (status == QLatin1String("answered"))
        return a.id;
    FollowUpVisit v = visitFor(a.id, kVisited, QStringLiteral("satisfied"));
    must(wf.recordVisit(v));
    return a.id;
}

/// Takes `action` with inputs that are valid in themselves.
Status act(Database &db, qint64 appealId, Action action, qint64 deputyId)
{
    AppealWorkflow wf(db);
    switch (action) {
    case Action::Accept:
        return wf.accept(appealId, kLater);
    case Action::Redirect:
        return wf.redirect(appealId, kLater, QStringLiteral("属于信访事项"), QStringLiteral("区信访局"));
    case Action::Assign:
        return wf.assign(appealId, kLater, QStringLiteral("community"), QStringLiteral("和平社区居委会"),
                         QDate(2022, 5, 1));
    case Action::Push:
        return wf.push(appealId, kLater, QStringLiteral("电话督办"));
    case Action::Resolve:
        return wf.resolve(appealId, kLater, QStringLiteral("已解决"));
    case Action::Answer:
        return wf.answer(appealId, kLater, QStringLiteral("home"), QStringLiteral("上门告知"));
    case Action::RecordVisit: {
        FollowUpVisit v = visitFor(appealId, kLater, QStringLiteral("basic"));
        return wf.recordVisit(v);
    }
    case Action::MarkDuplicate: {
        const Appeal first = LedgerFixture::addAppeal(db, deputyId, QDate(2022, 3, 1));
        return wf.markDuplicate(appealId, first.id, kLater);
    }
    case Action::ConvertToSuggestion: {
        Suggestion s;
        s.title = QStringLiteral("关于增设充电桩的建议");
        s.leadDeputyId = deputyId;
        return wf.convertToSuggestion(appealId, kLater, s);
    }
    }
    return Status::failure(QStringLiteral("unknown action"));
}

const char *const kStates[] = {"registered", "accepted", "redirected", "in_progress",
                               "resolved",   "answered", "closed",     "merged"};

// The rules of docs/WORKFLOWS.md, written out independently of AppealWorkflow::isAllowed.
bool expectedAllowed(const QString &state, Action action)
{
    static const QMap<QString, QList<Action>> allowed = {
        {QStringLiteral("registered"),
         {Action::Accept, Action::Redirect, Action::MarkDuplicate, Action::ConvertToSuggestion}},
        {QStringLiteral("accepted"),
         {Action::Assign, Action::Resolve, Action::MarkDuplicate, Action::ConvertToSuggestion}},
        {QStringLiteral("redirected"), {Action::Answer}},
        {QStringLiteral("in_progress"), {Action::Assign, Action::Push, Action::Resolve}},
        {QStringLiteral("resolved"), {Action::Answer}},
        {QStringLiteral("answered"), {Action::RecordVisit}},
        {QStringLiteral("closed"), {Action::RecordVisit}},
        {QStringLiteral("merged"), {}},
    };
    return allowed.value(state).contains(action);
}

// Where an allowed action leads from each state.
QString expectedState(const QString &state, Action action)
{
    switch (action) {
    case Action::Accept:
        return QStringLiteral("accepted");
    case Action::Redirect:
        return QStringLiteral("redirected");
    case Action::Assign:
        return QStringLiteral("in_progress");
    case Action::Push:
        return state;
    case Action::Resolve:
        return QStringLiteral("resolved");
    case Action::Answer:
        return QStringLiteral("answered");
    case Action::RecordVisit:
        return QStringLiteral("closed");
    case Action::MarkDuplicate:
        return QStringLiteral("merged");
    case Action::ConvertToSuggestion:
        return QStringLiteral("in_progress");
    }
    return {};
}

QStringList eventKinds(Database &db, qint64 appealId)
{
    QStringList kinds;
    for (const AppealEvent &e : AppealRepository(db).events(appealId))
        kinds << e.kind;
    return kinds;
}

} // namespace

/// The appeal's state machine: every state × action, the rules on each action's inputs, reopening.
class TestAppealWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void everyTransition_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("allowed");
        for (const char *state : kStates) {
            for (Action action : AppealWorkflow::allActions()) {
                const QString s = QString::fromLatin1(state);
                const bool allowed = expectedAllowed(s, action);
                QTest::addRow("%s: %s is %s", state, qPrintable(AppealWorkflow::actionCode(action)),
                              allowed ? "allowed" : "refused")
                    << s << int(action) << allowed;
            }
        }
    }

    void everyTransition()
    {
        QFETCH(QString, state);
        QFETCH(int, action);
        QFETCH(bool, allowed);
        TestDatabase t;
        const Deputy d = LedgerFixture::addDeputy(t.db());
        const qint64 id = appealIn(t.db(), d.id, state);
        AppealRepository repo(t.db());
        QCOMPARE(repo.find(id)->status, state);
        QCOMPARE(AppealWorkflow::isAllowed(state, Action(action)), allowed);
        QCOMPARE(AppealWorkflow::allowedActions(*repo.find(id)).contains(Action(action)), allowed);

        const int eventsBefore = repo.events(id).size();
        const QString before = ledgerSnapshot(t.db());
        const Status s = act(t.db(), id, Action(action), d.id);
        if (allowed) {
            QVERIFY2(s, qPrintable(s.message()));
            QCOMPARE(repo.find(id)->status, expectedState(state, Action(action)));
            QVERIFY2(repo.events(id).size() > eventsBefore, "every action writes to the progress log");
        } else {
            QVERIFY(!s);
            QVERIFY2(s.message().contains(Codes::label(Codes::AppealStatus, state)), qPrintable(s.message()));
            // MarkDuplicate's fixture adds the appeal to merge into before it is refused; compare the rest.
            if (Action(action) != Action::MarkDuplicate)
                QCOMPARE(ledgerSnapshot(t.db()), before);
            QCOMPARE(repo.find(id)->status, state);
            QCOMPARE(repo.events(id).size(), eventsBefore);
        }
    }

    void fullLoopWritesTheTimeline()
    {
        TestDatabase t;
        const Deputy d = LedgerFixture::addDeputy(t.db());
        const qint64 id = appealIn(t.db(), d.id, QStringLiteral("in_progress"));
        AppealWorkflow wf(t.db());
        wf.setActor(QStringLiteral("小张"));
        QVERIFY_OK(wf.push(id, QDate(2022, 3, 18), QStringLiteral("电话督办区城管局")));
        QVERIFY_OK(wf.resolve(id, kResolved, QStringLiteral("已增设充电桩")));
        QVERIFY_OK(wf.answer(id, kAnswered, QStringLiteral("phone"), QStringLiteral("电话告知")));
        FollowUpVisit v = visitFor(id, kVisited, QStringLiteral("satisfied"));
        QVERIFY_OK(wf.recordVisit(v));
        QVERIFY(v.id > 0);
        const Appeal a = *AppealRepository(t.db()).find(id);
        QCOMPARE(a.status, QStringLiteral("closed"));
        QCOMPARE(a.acceptedOn, kAccepted);
        QCOMPARE(a.deadline, kDeadline);
        QCOMPARE(a.handlingUnit, QStringLiteral("区城管局"));
        QCOMPARE(a.resolvedOn, kResolved);
        QCOMPARE(a.replyOn, kAnswered);
        QCOMPARE(a.replyMethod, QStringLiteral("phone"));
        QCOMPARE(a.closedOn, kVisited);
        QCOMPARE(eventKinds(t.db(), id),
                 (QStringList{QStringLiteral("registered"), QStringLiteral("accepted"),
                              QStringLiteral("assigned"), QStringLiteral("push"), QStringLiteral("resolved"),
                              QStringLiteral("answered"), QStringLiteral("visited")}));
        QCOMPARE(AppealRepository(t.db()).events(id).at(3).actor, QStringLiteral("小张"));
        QCOMPARE(FollowUpVisitRepository(t.db()).forAppeal(id).size(), 1);
        QVERIFY(!a.isOverdue(QDate(2022, 12, 31)));
    }

    void handledOnTheSpotNeedsNoUnit()
    {
        TestDatabase t;
        const Deputy d = LedgerFixture::addDeputy(t.db());
        const qint64 id = appealIn(t.db(), d.id, QStringLiteral("accepted"));
        AppealWorkflow wf(t.db());
        QVERIFY_OK(wf.assign(id, kAccepted, QStringLiteral("on_spot"), QString(), kAccepted));
        QVERIFY_OK(wf.resolve(id, kAccepted, QStringLiteral("当场解答")));
        QCOMPARE(AppealRepository(t.db()).find(id)->status, QStringLiteral("resolved"));
    }

    void dissatisfactionReopens_data()
    {
        QTest::addColumn<QString>("satisfaction");
        QTest::addColumn<bool>("needsMore");
        QTest::addColumn<bool>("reopens");
        QTest::newRow("满意 closes") << QStringLiteral("satisfied") << false << false;
        QTest::newRow("基本满意 closes") << QStringLiteral("basic") << false << false;
        QTest::newRow("不满意 reopens") << QStringLiteral("unsatisfied") << false << true;
        QTest::newRow("satisfied but more work needed reopens")
            << QStringLiteral("satisfied") << true << true;
    }

    void dissatisfactionReopens()
    {
        QFETCH(QString, satisfaction);
        QFETCH(bool, needsMore);
        QFETCH(bool, reopens);
        TestDatabase t;
        const Deputy d = LedgerFixture::addDeputy(t.db());
        const qint64 id = appealIn(t.db(), d.id, QStringLiteral("answered"));
        AppealWorkflow wf(t.db());
        FollowUpVisit v = visitFor(id, kVisited, satisfaction, needsMore);
        QVERIFY_OK(wf.recordVisit(v));
        const Appeal a = *AppealRepository(t.db()).find(id);
        QCOMPARE(a.status, reopens ? QStringLiteral("in_progress") : QStringLiteral("closed"));
        QCOMPARE(a.reopenCount, reopens ? 1 : 0);
        QCOMPARE(eventKinds(t.db(), id).contains(QStringLiteral("reopened")), reopens);
        if (reopens) {
            QVERIFY(!a.resolvedOn.isValid());
            QVERIFY(!a.replyOn.isValid());
            QVERIFY(a.result.isEmpty());
            QCOMPARE(a.acceptedOn, kAccepted);
            // The second round runs through to the end again.
            QVERIFY_OK(wf.push(id, QDate(2022, 3, 26), QStringLiteral("再次督办")));
            QVERIFY_OK(wf.resolve(id, QDate(2022, 3, 28), QStringLiteral("已整改")));
            QVERIFY_OK(wf.answer(id, QDate(2022, 3, 29), QStringLiteral("home"), QStringLiteral("上门告知")));
            FollowUpVisit again = visitFor(id, QDate(2022, 3, 30), QStringLiteral("satisfied"));
            QVERIFY_OK(wf.recordVisit(again));
            QCOMPARE(AppealRepository(t.db()).find(id)->status, QStringLiteral("closed"));
            QCOMPARE(FollowUpVisitRepository(t.db()).forAppeal(id).size(), 2);
        } else {
            QCOMPARE(a.closedOn, kVisited);
        }
    }

    void aRedirectedAppealReopensToRegistered()
    {
        TestDatabase t;
        const Deputy d = LedgerFixture::addDeputy(t.db());
        const qint64 id = appealIn(t.db(), d.id, QStringLiteral("redirected"));
        AppealWorkflow wf(t.db());
        QVERIFY_OK(wf.answer(id, kAnswered, QStringLiteral("phone"), QStringLiteral("已告知向区信访局反映")));
        FollowUpVisit v = visitFor(id, kVisited, QStringLiteral("unsatisfied"));
        QVERIFY_OK(wf.recordVisit(v));
        const Appeal a = *AppealRepository(t.db()).find(id);
        QCOMPARE(a.status, QStringLiteral("registered"));
        QCOMPARE(a.reopenCount, 1);
        QVERIFY(a.redirectReason.isEmpty());
        QVERIFY_OK(wf.accept(id, kVisited));
    }

    void badInputsAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("field");
        QTest::addColumn<Step>("step");
        const QDate future = QDate::currentDate().addDays(1);
        QTest::newRow("accepting before the appeal was received")
            << QStringLiteral("registered") << QStringLiteral("accepted_on")
            << Step([](AppealWorkflow &w, qint64 id) { return w.accept(id, QDate(2022, 3, 14)); });
        QTest::newRow("accepting in the future")
            << QStringLiteral("registered") << QStringLiteral("accepted_on")
            << Step([future](AppealWorkflow &w, qint64 id) { return w.accept(id, future); });
        QTest::newRow("accepting without a date")
            << QStringLiteral("registered") << QStringLiteral("accepted_on")
            << Step([](AppealWorkflow &w, qint64 id) { return w.accept(id, QDate()); });
        QTest::newRow("redirecting without a reason")
            << QStringLiteral("registered") << QStringLiteral("redirect_reason")
            << Step([](AppealWorkflow &w, qint64 id) {
                   return w.redirect(id, kAccepted, QStringLiteral("  "), QStringLiteral("区信访局"));
               });
        QTest::newRow("redirecting without saying where to")
            << QStringLiteral("registered") << QStringLiteral("redirect_to")
            << Step([](AppealWorkflow &w, qint64 id) {
                   return w.redirect(id, kAccepted, QStringLiteral("信访事项"), QString());
               });
        QTest::newRow("assigning with a deadline before receipt")
            << QStringLiteral("accepted") << QStringLiteral("deadline")
            << Step([](AppealWorkflow &w, qint64 id) {
                   return w.assign(id, kAssigned, QStringLiteral("department"), QStringLiteral("区城管局"),
                                   QDate(2022, 3, 1));
               });
        QTest::newRow("assigning with a deadline before the assignment")
            << QStringLiteral("accepted") << QStringLiteral("deadline")
            << Step([](AppealWorkflow &w, qint64 id) {
                   return w.assign(id, QDate(2022, 3, 20), QStringLiteral("department"),
                                   QStringLiteral("区城管局"), QDate(2022, 3, 19));
               });
        QTest::newRow("assigning without a deadline")
            << QStringLiteral("accepted") << QStringLiteral("deadline")
            << Step([](AppealWorkflow &w, qint64 id) {
                   return w.assign(id, kAssigned, QStringLiteral("department"), QStringLiteral("区城管局"),
                                   QDate());
               });
        QTest::newRow("assigning to a department without naming the unit")
            << QStringLiteral("accepted") << QStringLiteral("handling_unit")
            << Step([](AppealWorkflow &w, qint64 id) {
                   return w.assign(id, kAssigned, QStringLiteral("department"), QString(), kDeadline);
               });
        QTest::newRow("assigning with an unknown disposal")
            << QStringLiteral("accepted") << QStringLiteral("disposal")
            << Step([](AppealWorkflow &w, qint64 id) {
                   return w.assign(id, kAssigned, QStringLiteral("elsewhere"), QStringLiteral("区城管局"),
                                   kDeadline);
               });
        QTest::newRow("assigning the suggestion route instead of converting")
            << QStringLiteral("accepted") << QStringLiteral("disposal")
            << Step([](AppealWorkflow &w, qint64 id) {
                   return w.assign(id, kAssigned, QStringLiteral("suggestion"), QStringLiteral("区城管局"),
                                   kDeadline);
               });
        QTest::newRow("assigning before it was accepted")
            << QStringLiteral("accepted") << QStringLiteral("assigned_on")
            << Step([](AppealWorkflow &w, qint64 id) {
                   return w.assign(id, kReceived, QStringLiteral("department"), QStringLiteral("区城管局"),
                                   kDeadline);
               });
        QTest::newRow("pushing without a note")
            << QStringLiteral("in_progress") << QStringLiteral("note")
            << Step([](AppealWorkflow &w, qint64 id) { return w.push(id, kLater, QString()); });
        QTest::newRow("pushing before the assignment")
            << QStringLiteral("in_progress") << QStringLiteral("happened_on")
            << Step([](AppealWorkflow &w, qint64 id) {
                   return w.push(id, kAccepted, QStringLiteral("督办"));
               });
        QTest::newRow("resolving without a result")
            << QStringLiteral("in_progress") << QStringLiteral("result")
            << Step([](AppealWorkflow &w, qint64 id) {
                   return w.resolve(id, kResolved, QStringLiteral("\n"));
               });
        QTest::newRow("resolving before the previous step")
            << QStringLiteral("in_progress") << QStringLiteral("resolved_on")
            << Step([](AppealWorkflow &w, qint64 id) {
                   return w.resolve(id, kAccepted, QStringLiteral("已解决"));
               });
        QTest::newRow("a result with control characters")
            << QStringLiteral("in_progress") << QStringLiteral("result")
            << Step([](AppealWorkflow &w, qint64 id) {
                   return w.resolve(id, kResolved, QStringLiteral("已\x01解决"));
               });
        QTest::newRow("answering by an unknown method")
            << QStringLiteral("resolved") << QStringLiteral("reply_method")
            << Step([](AppealWorkflow &w, qint64 id) {
                   return w.answer(id, kAnswered, QStringLiteral("pigeon"), QStringLiteral("告知"));
               });
        QTest::newRow("answering without saying what")
            << QStringLiteral("resolved") << QStringLiteral("reply_content")
            << Step([](AppealWorkflow &w, qint64 id) {
                   return w.answer(id, kAnswered, QStringLiteral("phone"), QString());
               });
        QTest::newRow("answering before it was resolved")
            << QStringLiteral("resolved") << QStringLiteral("reply_on")
            << Step([](AppealWorkflow &w, qint64 id) {
                   return w.answer(id, kAssigned, QStringLiteral("phone"), QStringLiteral("告知"));
               });
        QTest::newRow("visiting before the answer")
            << QStringLiteral("answered") << QStringLiteral("visited_on")
            << Step([](AppealWorkflow &w, qint64 id) {
                   FollowUpVisit v = visitFor(id, kResolved, QStringLiteral("satisfied"));
                   return w.recordVisit(v);
               });
        QTest::newRow("a visit without satisfaction")
            << QStringLiteral("answered") << QStringLiteral("satisfaction")
            << Step([](AppealWorkflow &w, qint64 id) {
                   FollowUpVisit v = visitFor(id, kVisited, QString());
                   return w.recordVisit(v);
               });
        QTest::newRow("a visit without a visitor")
            << QStringLiteral("answered") << QStringLiteral("visitor_clerk")
            << Step([](AppealWorkflow &w, qint64 id) {
                   FollowUpVisit v = visitFor(id, kVisited, QStringLiteral("satisfied"));
                   v.visitorClerk.clear();
                   return w.recordVisit(v);
               });
        QTest::newRow("merging into itself")
            << QStringLiteral("registered") << QStringLiteral("duplicate_of")
            << Step([](AppealWorkflow &w, qint64 id) { return w.markDuplicate(id, id, kAccepted); });
        QTest::newRow("merging into an appeal that does not exist")
            << QStringLiteral("registered") << QStringLiteral("duplicate_of")
            << Step([](AppealWorkflow &w, qint64 id) { return w.markDuplicate(id, 9999, kAccepted); });
    }

    void badInputsAreRefusedAndChangeNothing()
    {
        QFETCH(QString, state);
        QFETCH(QString, field);
        QFETCH(Step, step);
        TestDatabase t;
        const Deputy d = LedgerFixture::addDeputy(t.db());
        const qint64 id = appealIn(t.db(), d.id, state);
        const QString before = ledgerSnapshot(t.db());
        AppealWorkflow wf(t.db());
        const Status s = step(wf, id);
        QVERIFY(!s);
        QVERIFY2(!s.fieldMessage(field).isEmpty(), qPrintable(s.message()));
        QCOMPARE(ledgerSnapshot(t.db()), before);
    }

    void mergingFollowsTheFirstAppealOfTheMatter()
    {
        TestDatabase t;
        const Deputy d = LedgerFixture::addDeputy(t.db());
        AppealWorkflow wf(t.db());
        AppealRepository repo(t.db());
        const Appeal first = LedgerFixture::addAppeal(t.db(), d.id, QDate(2022, 3, 1));
        const Appeal second = LedgerFixture::addAppeal(t.db(), d.id, QDate(2022, 3, 2));
        const Appeal third = LedgerFixture::addAppeal(t.db(), d.id, QDate(2022, 3, 3));
        QVERIFY_OK(wf.markDuplicate(third.id, second.id, QDate(2022, 3, 4)));
        QCOMPARE(repo.find(third.id)->duplicateOf, second.id);

        const QString before = ledgerSnapshot(t.db());
        const Status intoMerged = wf.markDuplicate(first.id, third.id, QDate(2022, 3, 4));
        QVERIFY2(!intoMerged, "an appeal cannot be merged into one that is itself merged");
        QVERIFY(!intoMerged.fieldMessage(QStringLiteral("duplicate_of")).isEmpty());
        QCOMPARE(ledgerSnapshot(t.db()), before);

        QVERIFY_OK(wf.markDuplicate(second.id, first.id, QDate(2022, 3, 5)));
        QCOMPARE(repo.find(second.id)->duplicateOf, first.id);
        QCOMPARE(repo.find(third.id)->duplicateOf, first.id);
        QCOMPARE(repo.duplicatesOf(first.id).size(), 2);

        const Appeal fourth = LedgerFixture::addAppeal(t.db(), d.id, QDate(2022, 3, 6));
        QVERIFY_OK(repo.remove(fourth.id));
        const Status intoDeleted = wf.markDuplicate(first.id, fourth.id, QDate(2022, 3, 7));
        QVERIFY2(!intoDeleted, "an appeal cannot be merged into one in the recycle bin");
    }

    void convertingMakesOrLinksASuggestion()
    {
        TestDatabase t;
        const Deputy d = LedgerFixture::addDeputy(t.db());
        AppealWorkflow wf(t.db());
        AppealRepository repo(t.db());
        const qint64 first = appealIn(t.db(), d.id, QStringLiteral("registered"));
        const qint64 second = appealIn(t.db(), d.id, QStringLiteral("accepted"));
        Suggestion s;
        s.title = QStringLiteral("关于增设电动车充电桩的建议");
        s.leadDeputyId = d.id;
        QVERIFY_OK(wf.convertToSuggestion(first, kAccepted, s));
        QVERIFY(s.id > 0);
        QCOMPARE(s.number, QStringLiteral("2022-0001"));
        QCOMPARE(s.status, QStringLiteral("draft"));
        const Appeal a = *repo.find(first);
        QCOMPARE(a.status, QStringLiteral("in_progress"));
        QCOMPARE(a.disposal, QStringLiteral("suggestion"));
        QCOMPARE(a.suggestionId, s.id);
        QCOMPARE(a.acceptedOn, kAccepted);

        Suggestion existing;
        existing.id = s.id;
        QVERIFY_OK(wf.convertToSuggestion(second, kLater, existing));
        QCOMPARE(existing.sourceAppealIds.size(), 2);
        QCOMPARE(SuggestionRepository(t.db()).find(s.id)->sourceAppealIds.size(), 2);
        QCOMPARE(repo.forSuggestion(s.id).size(), 2);
        QCOMPARE(repo.find(second)->acceptedOn, kAccepted);

        const qint64 third = appealIn(t.db(), d.id, QStringLiteral("registered"));
        Suggestion invalid;
        invalid.leadDeputyId = d.id; // no title
        const QString before = ledgerSnapshot(t.db());
        QVERIFY(!wf.convertToSuggestion(third, kLater, invalid));
        QCOMPARE(ledgerSnapshot(t.db()), before);
    }

    void anAppealInTheRecycleBinIsNotHandled()
    {
        TestDatabase t;
        const Deputy d = LedgerFixture::addDeputy(t.db());
        const qint64 id = appealIn(t.db(), d.id, QStringLiteral("registered"));
        QVERIFY_OK(AppealRepository(t.db()).remove(id));
        const Status s = AppealWorkflow(t.db()).accept(id, kAccepted);
        QVERIFY(!s);
        QVERIFY(s.message().contains(QStringLiteral("recycle bin")));
    }

    void everyEventKindHasAName()
    {
        TestDatabase t;
        const Deputy d = LedgerFixture::addDeputy(t.db());
        // Walk an appeal through every kind of event and check each has a name in both languages.
        const qint64 id = appealIn(t.db(), d.id, QStringLiteral("answered"));
        FollowUpVisit v = visitFor(id, kVisited, QStringLiteral("unsatisfied"));
        QVERIFY_OK(AppealWorkflow(t.db()).recordVisit(v));
        QVERIFY_OK(AppealWorkflow(t.db()).push(id, kVisited, QStringLiteral("督办")));
        const qint64 other = appealIn(t.db(), d.id, QStringLiteral("merged"));
        const qint64 redirected = appealIn(t.db(), d.id, QStringLiteral("redirected"));
        Suggestion s;
        s.title = QStringLiteral("建议");
        s.leadDeputyId = d.id;
        const qint64 converted = appealIn(t.db(), d.id, QStringLiteral("registered"));
        QVERIFY_OK(AppealWorkflow(t.db()).convertToSuggestion(converted, kAccepted, s));
        QSet<QString> seen;
        for (qint64 appeal : {id, other, redirected, converted}) {
            for (const AppealEvent &e : AppealRepository(t.db()).events(appeal))
                seen.insert(e.kind);
        }
        const QStringList kinds = AppealWorkflow::eventKinds();
        QCOMPARE(seen, QSet<QString>(kinds.cbegin(), kinds.cend()));
        for (const QString &kind : kinds) {
            QVERIFY(AppealWorkflow::eventName(kind) != kind);
            QVERIFY(AppealWorkflow::eventChinese(kind) != kind);
        }
        QCOMPARE(AppealWorkflow::eventChinese(QStringLiteral("push")), QStringLiteral("督办"));
        QCOMPARE(AppealWorkflow::eventName(QStringLiteral("unknown")), QStringLiteral("unknown"));
    }

    void overdueIsJudgedOnTheDeadline()
    {
        TestDatabase t;
        const Deputy d = LedgerFixture::addDeputy(t.db());
        const qint64 id = appealIn(t.db(), d.id, QStringLiteral("in_progress"));
        const Appeal a = *AppealRepository(t.db()).find(id);
        QVERIFY(!a.isOverdue(kDeadline));
        QVERIFY(a.isOverdue(kDeadline.addDays(1)));
        QVERIFY_OK(AppealWorkflow(t.db()).resolve(id, kResolved, QStringLiteral("已解决")));
        QVERIFY(!AppealRepository(t.db()).find(id)->isOverdue(kDeadline.addDays(1)));
    }
};

QTEST_GUILESS_MAIN(TestAppealWorkflow)
#include "tst_appealworkflow.moc"
