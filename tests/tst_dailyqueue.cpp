#include "LedgerFixture.h"
#include "TestDatabase.h"

#include "ledgers/AppealRepository.h"
#include "ledgers/DailyQueueCounter.h"
#include "ledgers/SuggestionRepository.h"
#include "rules/AppealWorkflow.h"
#include "rules/SuggestionWorkflow.h"

#include <QTest>

Q_DECLARE_METATYPE(DailyQueue)

namespace {

const QDate kToday(2022, 6, 15);

void must(const Status &s)
{
    if (!s)
        qFatal("fixture step failed: %s", qPrintable(s.message()));
}

qint64 inProgress(Database &db, qint64 deputyId, const QDate &deadline)
{
    const Appeal a = LedgerFixture::addAppeal(db, deputyId, QDate(2022, 5, 1));
    AppealWorkflow wf(db);
    must(wf.accept(a.id, QDate(2022, 5, 2)));
    must(wf.assign(a.id, QDate(2022, 5, 3), QStringLiteral("department"), QStringLiteral("区城管局"),
                   deadline));
    return a.id;
}

qint64 suggestion(Database &db, qint64 deputyId, bool submit, bool reply)
{
    Suggestion s;
    s.title = QStringLiteral("建议");
    s.leadDeputyId = deputyId;
    s.units = {HandlingUnit{QStringLiteral("区住建局"), QStringLiteral("main")}};
    must(SuggestionRepository(db).insert(s));
    SuggestionWorkflow wf(db);
    if (submit)
        must(wf.submit(s.id, QDate(2022, 4, 1)));
    if (reply)
        must(wf.reply(s.id, QDate(2022, 5, 1), QStringLiteral("已答复"), QStringLiteral("B")));
    return s.id;
}

} // namespace

/// The clerk's daily queues counted on a hand-built ledger whose answers are known.
class TestDailyQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void queuesCountWhatTheyPromise_data()
    {
        QTest::addColumn<DailyQueue>("queue");
        QTest::addColumn<int>("expected");
        QTest::newRow("overdue: one past its deadline, the deleted one not counted")
            << DailyQueue::Overdue << 1;
        QTest::newRow("due soon: today and today + 7, not + 8") << DailyQueue::DueSoon << 2;
        QTest::newRow("resolved, not answered") << DailyQueue::ResolvedNotAnswered << 1;
        QTest::newRow("answered, not visited; closed ones not counted")
            << DailyQueue::AnsweredNotVisited << 2;
        QTest::newRow("suggestions submitted without reply; drafts, replied and deleted not counted")
            << DailyQueue::SuggestionsWithoutReply << 1;
    }

    void queuesCountWhatTheyPromise()
    {
        QFETCH(DailyQueue, queue);
        QFETCH(int, expected);
        TestDatabase t;
        Database &db = t.db();
        const Deputy d = LedgerFixture::addDeputy(db);
        AppealWorkflow wf(db);
        const qint64 overdue = inProgress(db, d.id, QDate(2022, 6, 10));
        inProgress(db, d.id, kToday);
        inProgress(db, d.id, kToday.addDays(7));
        inProgress(db, d.id, kToday.addDays(8));
        const qint64 deleted = inProgress(db, d.id, QDate(2022, 6, 1));
        must(AppealRepository(db).remove(deleted));
        const qint64 resolved = inProgress(db, d.id, QDate(2022, 6, 1));
        must(wf.resolve(resolved, QDate(2022, 5, 20), QStringLiteral("已解决")));
        for (int i = 0; i < 3; ++i) {
            const qint64 id = inProgress(db, d.id, QDate(2022, 6, 1));
            must(wf.resolve(id, QDate(2022, 5, 20), QStringLiteral("已解决")));
            must(wf.answer(id, QDate(2022, 5, 21), QStringLiteral("phone"), QStringLiteral("告知")));
            if (i == 2) {
                FollowUpVisit v;
                v.appealId = id;
                v.visitedOn = QDate(2022, 5, 25);
                v.method = QStringLiteral("phone");
                v.visitorClerk = QStringLiteral("小张");
                v.satisfaction = QStringLiteral("satisfied");
                must(wf.recordVisit(v));
            }
        }
        LedgerFixture::addAppeal(db, d.id, QDate(2022, 6, 1)); // registered: in no queue
        suggestion(db, d.id, false, false);
        suggestion(db, d.id, true, false);
        suggestion(db, d.id, true, true);
        must(SuggestionRepository(db).remove(suggestion(db, d.id, true, false)));

        DailyQueueCounter counter(db);
        QCOMPARE(counter.count(queue, kToday), expected);
        QCOMPARE(counter.counts(kToday).value(queue), expected);
        QCOMPARE(counter.ids(queue, kToday).size(), expected);
        if (queue == DailyQueue::Overdue)
            QCOMPARE(counter.ids(queue, kToday), QList<qint64>{overdue});
        // The counts agree with the model's own rule for overdue.
        if (queue == DailyQueue::Overdue) {
            int byModel = 0;
            for (const Appeal &a : AppealRepository(db).forYear(2022))
                byModel += a.isOverdue(kToday) ? 1 : 0;
            QCOMPARE(byModel, expected);
        }
    }

    void anEmptyLedgerHasEmptyQueues()
    {
        TestDatabase t;
        const QMap<DailyQueue, int> counts = DailyQueueCounter(t.db()).counts(kToday);
        QCOMPARE(counts.size(), DailyQueues::all().size());
        for (int n : counts)
            QCOMPARE(n, 0);
    }
};

QTEST_GUILESS_MAIN(TestDailyQueue)
#include "tst_dailyqueue.moc"
