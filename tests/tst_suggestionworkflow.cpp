#include "LedgerFixture.h"
#include "LedgerSnapshot.h"
#include "TestDatabase.h"

#include "common/Codes.h"
#include "ledgers/AppealRepository.h"
#include "ledgers/FollowUpVisitRepository.h"
#include "ledgers/SuggestionRepository.h"
#include "rules/AppealWorkflow.h"
#include "rules/SuggestionWorkflow.h"

#include <QTest>

using Action = SuggestionWorkflow::Action;

namespace {

const QDate kSubmitted(2022, 4, 1);
const QDate kReplied(2022, 6, 1);
const QDate kRated(2022, 6, 5);
const QDate kLater(2022, 6, 10);

QList<HandlingUnit> units()
{
    return {HandlingUnit{QStringLiteral("区住建局"), QStringLiteral("main")},
            HandlingUnit{QStringLiteral("供电公司"), QStringLiteral("assist")}};
}

FollowUpVisit visitFor(qint64 suggestionId, const QDate &on, const QString &satisfaction)
{
    FollowUpVisit v;
    v.suggestionId = suggestionId;
    v.visitedOn = on;
    v.method = QStringLiteral("station");
    v.visitorClerk = QStringLiteral("小张");
    v.satisfaction = satisfaction;
    return v;
}

/// Brings a fresh suggestion into `status` through the workflow; returns its id.
qint64 suggestionIn(Database &db, qint64 deputyId, const QString &status)
{
    auto must = [](const Status &s) {
        if (!s)
            qFatal("fixture step failed: %s", qPrintable(s.message()));
    };
    Suggestion s;
    s.title = QStringLiteral("关于增设电动车充电桩的建议");
    s.leadDeputyId = deputyId;
    s.submittedOn = kSubmitted;
    must(SuggestionRepository(db).insert(s));
    if (status == QLatin1String("draft"))
        return s.id;
    SuggestionWorkflow wf(db);
    must(wf.submit(s.id, kSubmitted, units()));
    if (status == QLatin1String("submitted"))
        return s.id;
    must(wf.reply(s.id, kReplied, QStringLiteral("已列入年度计划"), QStringLiteral("C")));
    if (status == QLatin1String("replied"))
        return s.id;
    must(wf.rate(s.id, kRated,
                 status == QLatin1String("closed") ? QStringLiteral("satisfied")
                                                   : QStringLiteral("unsatisfied")));
    return s.id;
}

Status act(Database &db, qint64 id, Action action)
{
    SuggestionWorkflow wf(db);
    switch (action) {
    case Action::Submit:
        return wf.submit(id, kLater, units());
    case Action::ExtendDeadline:
        return wf.extendDeadline(id, QDate(2022, 8, 15));
    case Action::Reply:
        return wf.reply(id, kLater, QStringLiteral("已解决"), QStringLiteral("A"));
    case Action::Rate:
        return wf.rate(id, kLater, QStringLiteral("basic"));
    case Action::Rehandle:
        return wf.rehandle(id, kLater);
    case Action::RecordVisit: {
        FollowUpVisit v = visitFor(id, kLater, QStringLiteral("basic"));
        return wf.recordVisit(v);
    }
    }
    return Status::failure(QStringLiteral("unknown action"));
}

bool expectedAllowed(const QString &state, Action action)
{
    static const QMap<QString, QList<Action>> allowed = {
        {QStringLiteral("draft"), {Action::Submit}},
        {QStringLiteral("submitted"), {Action::ExtendDeadline, Action::Reply}},
        {QStringLiteral("replied"), {Action::Rate, Action::RecordVisit}},
        {QStringLiteral("dissatisfied"), {Action::Rehandle, Action::RecordVisit}},
        {QStringLiteral("closed"), {Action::RecordVisit}},
    };
    return allowed.value(state).contains(action);
}

QString expectedState(const QString &state, Action action)
{
    switch (action) {
    case Action::Submit:
        return QStringLiteral("submitted");
    case Action::ExtendDeadline:
        return state;
    case Action::Reply:
        return QStringLiteral("replied");
    case Action::Rate:
        return QStringLiteral("closed");
    case Action::Rehandle:
        return QStringLiteral("submitted");
    case Action::RecordVisit:
        return state == QLatin1String("replied") ? QStringLiteral("closed") : state;
    }
    return {};
}

} // namespace

/// The suggestion's state machine: every state × action, deadlines and extension, re-handling rounds.
class TestSuggestionWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void everyTransition_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("allowed");
        for (const char *state : {"draft", "submitted", "replied", "dissatisfied", "closed"}) {
            for (Action action : SuggestionWorkflow::allActions()) {
                const bool allowed = expectedAllowed(QString::fromLatin1(state), action);
                QTest::addRow("%s: %s is %s", state, qPrintable(SuggestionWorkflow::actionCode(action)),
                              allowed ? "allowed" : "refused")
                    << QString::fromLatin1(state) << int(action) << allowed;
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
        const qint64 id = suggestionIn(t.db(), d.id, state);
        SuggestionRepository repo(t.db());
        QCOMPARE(repo.find(id)->status, state);
        QCOMPARE(SuggestionWorkflow::allowedActions(*repo.find(id)).contains(Action(action)), allowed);
        const QString before = ledgerSnapshot(t.db());
        const Status s = act(t.db(), id, Action(action));
        if (allowed) {
            QVERIFY2(s, qPrintable(s.message()));
            QCOMPARE(repo.find(id)->status, expectedState(state, Action(action)));
        } else {
            QVERIFY(!s);
            QVERIFY2(s.message().contains(Codes::label(Codes::SuggestionStatus, state)),
                     qPrintable(s.message()));
            QCOMPARE(ledgerSnapshot(t.db()), before);
        }
    }

    void submissionSetsTheDeadlineThreeMonthsAhead()
    {
        TestDatabase t;
        const Deputy d = LedgerFixture::addDeputy(t.db());
        const qint64 id = suggestionIn(t.db(), d.id, QStringLiteral("submitted"));
        const Suggestion s = *SuggestionRepository(t.db()).find(id);
        QCOMPARE(s.submittedOn, kSubmitted);
        QCOMPARE(s.deadline, QDate(2022, 7, 1));
        QCOMPARE(s.units.size(), 2);
        QCOMPARE(s.units.first().unit, QStringLiteral("区住建局"));
        QVERIFY(!SuggestionWorkflow::isExtended(s));
    }

    void deadlineIsExtendedOnceByAtMostThreeMonths()
    {
        TestDatabase t;
        const Deputy d = LedgerFixture::addDeputy(t.db());
        const qint64 id = suggestionIn(t.db(), d.id, QStringLiteral("submitted"));
        SuggestionWorkflow wf(t.db());
        SuggestionRepository repo(t.db());
        QVERIFY2(!wf.extendDeadline(id, QDate(2022, 6, 30)), "an extension must go past the three months");
        QVERIFY2(!wf.extendDeadline(id, QDate(2022, 10, 2)), "by at most three months");
        QVERIFY_OK(wf.extendDeadline(id, QDate(2022, 10, 1)));
        const Suggestion s = *repo.find(id);
        QCOMPARE(s.deadline, QDate(2022, 10, 1));
        QVERIFY(SuggestionWorkflow::isExtended(s));
        QVERIFY(!SuggestionWorkflow::allowedActions(s).contains(Action::ExtendDeadline));
        const QString before = ledgerSnapshot(t.db());
        QVERIFY2(!wf.extendDeadline(id, QDate(2022, 10, 1)), "only once");
        QCOMPARE(ledgerSnapshot(t.db()), before);
    }

    void dissatisfactionStartsANewRound()
    {
        TestDatabase t;
        const Deputy d = LedgerFixture::addDeputy(t.db());
        const qint64 id = suggestionIn(t.db(), d.id, QStringLiteral("dissatisfied"));
        SuggestionWorkflow wf(t.db());
        SuggestionRepository repo(t.db());
        QCOMPARE(repo.find(id)->satisfaction, QStringLiteral("unsatisfied"));
        QVERIFY_OK(wf.rehandle(id, kLater));
        Suggestion s = *repo.find(id);
        QCOMPARE(s.status, QStringLiteral("submitted"));
        QCOMPARE(s.round, 2);
        QCOMPARE(s.submittedOn, kLater);
        QCOMPARE(s.deadline, QDate(2022, 9, 10));
        QVERIFY(s.grade.isEmpty());
        QVERIFY(s.satisfaction.isEmpty());
        const QList<SuggestionRound> rounds = repo.rounds(id);
        QCOMPARE(rounds.size(), 1);
        QCOMPARE(rounds.first().round, 1);
        QCOMPARE(rounds.first().grade, QStringLiteral("C"));
        QCOMPARE(rounds.first().satisfaction, QStringLiteral("unsatisfied"));
        QCOMPARE(rounds.first().deadline, QDate(2022, 7, 1));
        QVERIFY_OK(wf.reply(id, QDate(2022, 8, 1), QStringLiteral("已建成充电棚"), QStringLiteral("A")));
        QVERIFY_OK(wf.rate(id, QDate(2022, 8, 2), QStringLiteral("satisfied")));
        s = *repo.find(id);
        QCOMPARE(s.status, QStringLiteral("closed"));
        QCOMPARE(s.grade, QStringLiteral("A"));
    }

    void aVisitRatesAReplyNotYetRated()
    {
        TestDatabase t;
        const Deputy d = LedgerFixture::addDeputy(t.db());
        const qint64 id = suggestionIn(t.db(), d.id, QStringLiteral("replied"));
        FollowUpVisit v = visitFor(id, kLater, QStringLiteral("unsatisfied"));
        QVERIFY_OK(SuggestionWorkflow(t.db()).recordVisit(v));
        QVERIFY(v.id > 0);
        const Suggestion s = *SuggestionRepository(t.db()).find(id);
        QCOMPARE(s.status, QStringLiteral("dissatisfied"));
        QCOMPARE(s.satisfactionOn, kLater);
        QCOMPARE(FollowUpVisitRepository(t.db()).forSuggestion(id).size(), 1);
    }

    void theReplyResolvesTheAppealsItCameFrom()
    {
        TestDatabase t;
        const Deputy d = LedgerFixture::addDeputy(t.db());
        const Appeal a = LedgerFixture::addAppeal(t.db(), d.id, QDate(2022, 3, 1));
        const Appeal other = LedgerFixture::addAppeal(t.db(), d.id, QDate(2022, 3, 2));
        Suggestion s;
        s.title = QStringLiteral("关于增设充电桩的建议");
        s.leadDeputyId = d.id;
        s.sourceAppealIds = {other.id}; // a source, but not handled through the suggestion
        QVERIFY_OK(AppealWorkflow(t.db()).convertToSuggestion(a.id, QDate(2022, 3, 5), s));
        SuggestionWorkflow wf(t.db());
        QVERIFY_OK(wf.submit(s.id, kSubmitted, units()));
        QVERIFY_OK(wf.reply(s.id, kReplied, QStringLiteral("已列入计划"), QStringLiteral("C")));
        const Appeal resolved = *AppealRepository(t.db()).find(a.id);
        QCOMPARE(resolved.status, QStringLiteral("resolved"));
        QCOMPARE(resolved.resolvedOn, kReplied);
        QVERIFY(resolved.result.contains(QStringLiteral("已列入计划")));
        QCOMPARE(AppealRepository(t.db()).events(a.id).last().kind, QStringLiteral("resolved"));
        QCOMPARE(AppealRepository(t.db()).find(other.id)->status, QStringLiteral("registered"));
        QVERIFY_OK(
            AppealWorkflow(t.db()).answer(a.id, kRated, QStringLiteral("phone"), QStringLiteral("告知")));
    }

    void badInputsAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("step");
        QTest::newRow("submitting without a main handling unit")
            << QStringLiteral("draft") << QStringLiteral("units") << 0;
        QTest::newRow("submitting with a deadline past three months")
            << QStringLiteral("draft") << QStringLiteral("deadline") << 1;
        QTest::newRow("submitting with a deadline before submission")
            << QStringLiteral("draft") << QStringLiteral("deadline") << 2;
        QTest::newRow("submitting in the future")
            << QStringLiteral("draft") << QStringLiteral("submitted_on") << 3;
        QTest::newRow("a reply before submission")
            << QStringLiteral("submitted") << QStringLiteral("reply_on") << 4;
        QTest::newRow("a reply without a grade")
            << QStringLiteral("submitted") << QStringLiteral("grade") << 5;
        QTest::newRow("a reply with grade E") << QStringLiteral("submitted") << QStringLiteral("grade") << 6;
        QTest::newRow("a reply without a summary")
            << QStringLiteral("submitted") << QStringLiteral("reply_summary") << 7;
        QTest::newRow("a rating before the reply")
            << QStringLiteral("replied") << QStringLiteral("satisfaction_on") << 8;
        QTest::newRow("an unknown satisfaction")
            << QStringLiteral("replied") << QStringLiteral("satisfaction") << 9;
        QTest::newRow("re-handling before the rating")
            << QStringLiteral("dissatisfied") << QStringLiteral("submitted_on") << 10;
    }

    void badInputsAreRefusedAndChangeNothing()
    {
        QFETCH(QString, state);
        QFETCH(QString, field);
        QFETCH(int, step);
        TestDatabase t;
        const Deputy d = LedgerFixture::addDeputy(t.db());
        const qint64 id = suggestionIn(t.db(), d.id, state);
        const QString before = ledgerSnapshot(t.db());
        SuggestionWorkflow wf(t.db());
        const QList<HandlingUnit> assistOnly{
            HandlingUnit{QStringLiteral("供电公司"), QStringLiteral("assist")}};
        Status s;
        switch (step) {
        case 0:
            s = wf.submit(id, kSubmitted, assistOnly);
            break;
        case 1:
            s = wf.submit(id, kSubmitted, units(), QDate(2022, 7, 2));
            break;
        case 2:
            s = wf.submit(id, kSubmitted, units(), QDate(2022, 3, 31));
            break;
        case 3:
            s = wf.submit(id, QDate::currentDate().addDays(2), units());
            break;
        case 4:
            s = wf.reply(id, QDate(2022, 3, 31), QStringLiteral("已解决"), QStringLiteral("A"));
            break;
        case 5:
            s = wf.reply(id, kReplied, QStringLiteral("已解决"), QString());
            break;
        case 6:
            s = wf.reply(id, kReplied, QStringLiteral("已解决"), QStringLiteral("E"));
            break;
        case 7:
            s = wf.reply(id, kReplied, QString(), QStringLiteral("A"));
            break;
        case 8:
            s = wf.rate(id, QDate(2022, 5, 31), QStringLiteral("satisfied"));
            break;
        case 9:
            s = wf.rate(id, kRated, QStringLiteral("so-so"));
            break;
        case 10:
            s = wf.rehandle(id, QDate(2022, 6, 4));
            break;
        }
        QVERIFY(!s);
        QVERIFY2(!s.fieldMessage(field).isEmpty(), qPrintable(s.message()));
        QCOMPARE(ledgerSnapshot(t.db()), before);
    }
};

QTEST_GUILESS_MAIN(TestSuggestionWorkflow)
#include "tst_suggestionworkflow.moc"
