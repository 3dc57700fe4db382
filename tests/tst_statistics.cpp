#include "TestDatabase.h"

#include "common/Ids.h"
#include "demo/DemoGenerator.h"
#include "stats/Statistics.h"
#include "stats/StatisticsJson.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

#include <numeric>

/// The year's figures on a small hand-built fixture whose every number was counted by hand
/// (see the comments in fixture()).
class TestStatistics : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_t;
    YearStatistics m_s;

    void sql(const QString &statement, const QVariantList &values = {})
    {
        QSqlQuery q = m_t->db().prepare(statement);
        const Status s = m_t->db().exec(q, values);
        if (!s)
            qFatal("fixture: %s\n%s", qPrintable(s.message()), qPrintable(statement));
    }

    qint64 deputy(const char *name, const char *level, const QVariant &start, const QVariant &end)
    {
        sql(QStringLiteral("INSERT INTO deputies(uuid, station_id, name, level, term_start, term_end, created_at, updated_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, 'x', 'x')"),
            {QUuid::createUuid().toString(), m_t->stationId(), QString::fromUtf8(name), QString::fromLatin1(level), start, end});
        return m_t->db().scalar(QStringLiteral("SELECT max(id) FROM deputies")).toLongLong();
    }

    qint64 appeal(int seq, const char *received, const char *channel, qint64 deputyId, const char *category,
                  const char *status, const QVariantList &steps, int group = 0, qint64 duplicateOf = 0,
                  const char *redirectReason = "")
    {
        // steps: accepted_on, deadline, resolved_on, reply_on, closed_on (NULL = not reached)
        const int year = QString::fromLatin1(received).left(4).toInt();
        sql(QStringLiteral("INSERT INTO appeals(uuid, station_id, number, number_year, number_seq, received_on, channel,"
                           " deputy_id, content, category, status, accepted_on, deadline, resolved_on, reply_on, closed_on,"
                           " is_group, duplicate_of, redirect_reason, created_at, updated_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, '诉求', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'x', 'x')"),
            {QUuid::createUuid().toString(), m_t->stationId(), QStringLiteral("%1-%2").arg(year).arg(seq, 4, 10, QLatin1Char('0')),
             year, seq, QString::fromLatin1(received), QString::fromLatin1(channel), deputyId,
             QString::fromUtf8(category), QString::fromLatin1(status), steps.value(0), steps.value(1), steps.value(2),
             steps.value(3), steps.value(4), group, duplicateOf > 0 ? QVariant(duplicateOf) : QVariant(),
             QString::fromUtf8(redirectReason)});
        return m_t->db().scalar(QStringLiteral("SELECT max(id) FROM appeals")).toLongLong();
    }

    void visit(const QVariant &appealId, const QVariant &suggestionId, const char *on, const char *satisfaction,
               const QVariant &visitor = {})
    {
        sql(QStringLiteral("INSERT INTO follow_up_visits(uuid, appeal_id, suggestion_id, visited_on, method, satisfaction,"
                           " visitor_deputy_id, created_at, updated_at) VALUES (?, ?, ?, ?, 'phone', ?, ?, 'x', 'x')"),
            {QUuid::createUuid().toString(), appealId, suggestionId, QString::fromLatin1(on),
             QString::fromLatin1(satisfaction), visitor});
    }

    qint64 activity(const char *type, const char *on, const QVariant &people, const QList<qint64> &participants)
    {
        sql(QStringLiteral("INSERT INTO activities(uuid, station_id, type, title, held_on, people_reached, created_at,"
                           " updated_at) VALUES (?, ?, ?, '活动', ?, ?, 'x', 'x')"),
            {QUuid::createUuid().toString(), m_t->stationId(), QString::fromLatin1(type), QString::fromLatin1(on), people});
        const qint64 id = m_t->db().scalar(QStringLiteral("SELECT max(id) FROM activities")).toLongLong();
        for (qint64 d : participants)
            sql(QStringLiteral("INSERT INTO activity_participants(activity_id, deputy_id) VALUES (?, ?)"), {id, d});
        return id;
    }

    void fixture()
    {
        const QVariant null;
        // Deputies: D1 municipal and D2 district in office in 2022; D3 left at the end of 2021.
        const qint64 d1 = deputy("王芳", "municipal", QStringLiteral("2020-01-01"), null);
        const qint64 d2 = deputy("李强", "district", QStringLiteral("2020-01-01"), null);
        deputy("张敏", "district", QStringLiteral("2017-01-01"), QStringLiteral("2021-12-31"));

        // A1 closed after a satisfied visit; A2 a group appeal, accepted and overdue since March;
        // A3 redirected and answered; A4 merged into A1; A5 reopened by a 不满意 visit, overdue since June;
        // A6 belongs to 2021 and must not count.
        const qint64 a1 = appeal(1, "2022-01-10", "onsite", d1, "城市建设", "closed",
                                 {QStringLiteral("2022-01-11"), QStringLiteral("2022-02-10"), QStringLiteral("2022-02-01"),
                                  QStringLiteral("2022-02-03"), QStringLiteral("2022-02-10")});
        appeal(2, "2022-02-15", "online", d2, "交通出行", "in_progress",
               {QStringLiteral("2022-02-16"), QStringLiteral("2022-03-01"), null, null, null}, 1);
        appeal(3, "2022-03-20", "phone", d2, "城市建设", "answered", {null, null, null, QStringLiteral("2022-03-22"), null}, 0,
               0, "属信访事项");
        appeal(4, "2022-03-21", "onsite", d1, "城市建设", "merged", {}, 0, a1);
        const qint64 a5 = appeal(5, "2022-05-05", "onsite", d1, "环境卫生", "in_progress",
                                 {QStringLiteral("2022-05-05"), QStringLiteral("2022-06-30"), null, null, null});
        const qint64 a6 = appeal(9, "2021-12-30", "onsite", d1, "其他", "closed",
                                 {QStringLiteral("2021-12-30"), QStringLiteral("2022-01-30"), QStringLiteral("2022-01-05"),
                                  QStringLiteral("2022-01-06"), QStringLiteral("2022-01-20")});
        visit(a1, null, "2022-02-10", "satisfied", d1);
        visit(a5, null, "2022-05-30", "unsatisfied");
        visit(a6, null, "2022-01-20", "satisfied");  // a 2022 visit of a 2021 appeal: counts as a visit of 2022

        // S1 replied with grade A and rated satisfied, D2 co-signed; S2 re-handled, waiting; S3 from 2021.
        sql(QStringLiteral("INSERT INTO suggestions(uuid, station_id, number, number_year, number_seq, title, lead_deputy_id,"
                           " status, round, submitted_on, reply_on, grade, satisfaction, created_at, updated_at) VALUES"
                           " ('s1', ?, '2022-0001', 2022, 1, '建议一', ?, 'closed', 1, '2022-04-01', '2022-06-01', 'A', 'satisfied', 'x', 'x'),"
                           " ('s2', ?, '2022-0002', 2022, 2, '建议二', ?, 'submitted', 2, '2022-07-01', NULL, '', '', 'x', 'x'),"
                           " ('s3', ?, '2021-0001', 2021, 1, '建议三', ?, 'closed', 1, '2021-11-01', '2021-12-01', 'B', 'basic', 'x', 'x')"),
            {m_t->stationId(), d1, m_t->stationId(), d2, m_t->stationId(), d1});
        const qint64 s1 = m_t->db().scalar(QStringLiteral("SELECT id FROM suggestions WHERE uuid = 's1'")).toLongLong();
        sql(QStringLiteral("INSERT INTO suggestion_cosigners(suggestion_id, deputy_id) VALUES (?, ?)"), {s1, d2});
        visit(null, s1, "2022-06-10", "basic");

        // Activities of 2022: T1 进选区 with the municipal deputy, T2 走访慰问, T3 进站 without a municipal
        // deputy, T4 联组, T5 集中, T6 分组; T7 was in 2021.
        activity("visit_constituency", "2022-03-01", 50, {d1});
        activity("condolence", "2022-04-01", 20, {d2});
        activity("visit_station", "2022-05-01", null, {d2});
        activity("joint_group", "2022-06-01", null, {d1, d2});
        activity("plenary", "2022-07-01", null, {});
        activity("group", "2022-08-01", null, {});
        activity("training", "2021-05-01", 30, {d1});

        // 一包二: D1's two links since 2021 (one visited in 2022 and one in 2021); D2's link starts in 2023.
        sql(QStringLiteral("INSERT INTO enterprise_links(uuid, deputy_id, enterprise, since, created_at, updated_at) VALUES"
                           " ('e1', ?, '甲公司', '2021-01-01', 'x', 'x'), ('e2', ?, '乙公司', '2021-01-01', 'x', 'x'),"
                           " ('e3', ?, '丙公司', '2023-01-01', 'x', 'x')"),
            {d1, d1, d2});
        sql(QStringLiteral("INSERT INTO enterprise_visits(uuid, link_id, visited_on, created_at, updated_at)"
                           " SELECT 'w1', id, '2022-09-01', 'x', 'x' FROM enterprise_links WHERE uuid = 'e1'"
                           " UNION ALL SELECT 'w2', id, '2021-09-01', 'x', 'x' FROM enterprise_links WHERE uuid = 'e1'"));
        // A deleted appeal is in the recycle bin and never counts.
        appeal(7, "2022-12-01", "letter", d1, "其他", "registered", {});
        sql(QStringLiteral("UPDATE appeals SET deleted_at = 'x' WHERE number = '2022-0007'"));
    }

    /// SQL for the edge cases: appeal `id` of the station (id 1) received on `received`, with `more`
    /// column assignments; a follow-up visit; deputy 1 (district) is always there.
    static QString edgeAppeal(int id, const char *received, const char *more = "")
    {
        QString sql = QStringLiteral("INSERT INTO appeals(id, uuid, station_id, number, number_year, number_seq,"
                                     " received_on, channel, deputy_id, content, created_at, updated_at) VALUES"
                                     " (%1, 'a%1', 1, 'N-%1', 2022, %1, '%2', 'onsite', 1, '诉求', 'x', 'x');")
                          .arg(id)
                          .arg(QLatin1String(received));
        if (*more)
            sql += QStringLiteral("UPDATE appeals SET %1 WHERE id = %2;").arg(QString::fromUtf8(more)).arg(id);
        return sql;
    }

    static QString edgeVisit(int id, int appealId, const char *on, const char *satisfaction, const char *more = "")
    {
        QString sql = QStringLiteral("INSERT INTO follow_up_visits(id, uuid, appeal_id, visited_on, method,"
                                     " satisfaction, created_at, updated_at) VALUES"
                                     " (%1, 'v%1', %2, '%3', 'phone', '%4', 'x', 'x');")
                          .arg(id)
                          .arg(appealId)
                          .arg(QLatin1String(on), QLatin1String(satisfaction));
        if (*more)
            sql += QStringLiteral("UPDATE follow_up_visits SET %1 WHERE id = %2;").arg(QString::fromUtf8(more)).arg(id);
        return sql;
    }

    static double figure(const YearStatistics &s, const QString &name)
    {
        const DeputyFigures d1 = s.byDeputy.value(0);
        const QHash<QString, double> figures = {
            {QStringLiteral("received"), s.appealsReceived},
            {QStringLiteral("accepted"), s.appealsAccepted},
            {QStringLiteral("resolved"), s.appealsResolved},
            {QStringLiteral("answered"), s.appealsAnswered},
            {QStringLiteral("visited"), s.appealsVisited},
            {QStringLiteral("overdue"), s.appealsOverdue},
            {QStringLiteral("merged"), s.appealsMerged},
            {QStringLiteral("follow-up rate"), s.followUpRate},
            {QStringLiteral("satisfaction rate"), s.satisfactionRate},
            {QStringLiteral("visits"), s.visitsTotal},
            {QStringLiteral("unsatisfied visits"), s.visitsBySatisfaction.value(QStringLiteral("unsatisfied"))},
            {QStringLiteral("received in January"), s.appealsByMonth.value(0)},
            {QStringLiteral("received in December"), s.appealsByMonth.value(11)},
            {QStringLiteral("resolved in March"), s.resolvedByMonth.value(2)},
            {QStringLiteral("resolved by month"), std::accumulate(s.resolvedByMonth.begin(), s.resolvedByMonth.end(), 0)},
            {QStringLiteral("其他"), s.appealsByCategory.value(QStringLiteral("其他"))},
            {QStringLiteral("on-site"), s.appealsByChannel.value(QStringLiteral("onsite"))},
            {QStringLiteral("deputy received"), d1.appealsReceived},
            {QStringLiteral("deputy resolved"), d1.appealsResolved},
            {QStringLiteral("deputy answered"), d1.appealsAnswered},
            {QStringLiteral("deputy visits"), d1.visits},
        };
        if (!figures.contains(name))
            qFatal("no figure %s", qPrintable(name));
        return figures.value(name);
    }

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        m_t = std::make_unique<TestDatabase>();
        fixture();
        m_s = Statistics(m_t->db()).compute(2022, QDate(2022, 12, 31));
    }

    void appealCountsFollowEachStep_data()
    {
        QTest::addColumn<int>("actual");
        QTest::addColumn<int>("expected");
        QTest::newRow("received: A1–A5 (A6 is 2021, A7 deleted)") << m_s.appealsReceived << 5;
        QTest::newRow("accepted: A1, A2, A5") << m_s.appealsAccepted << 3;
        QTest::newRow("redirected: A3") << m_s.appealsRedirected << 1;
        QTest::newRow("merged: A4") << m_s.appealsMerged << 1;
        QTest::newRow("resolved: A1 (A5's resolution was undone by reopening)") << m_s.appealsResolved << 1;
        QTest::newRow("answered: A1 and the redirected A3") << m_s.appealsAnswered << 2;
        QTest::newRow("visited: A1 and A5") << m_s.appealsVisited << 2;
        QTest::newRow("closed: A1") << m_s.appealsClosed << 1;
        QTest::newRow("overdue on 31 December: A2 and A5") << m_s.appealsOverdue << 2;
        QTest::newRow("group appeals: A2") << m_s.appealsGroup << 1;
        QTest::newRow("deputies in office in 2022: D1, D2") << m_s.deputiesTotal << 2;
        QTest::newRow("municipal deputies") << m_s.deputiesByLevel.value(QStringLiteral("municipal")) << 1;
        QTest::newRow("city construction appeals: A1, A3, A4") << m_s.appealsByCategory.value(QStringLiteral("城市建设")) << 3;
        QTest::newRow("traffic appeals: A2") << m_s.appealsByCategory.value(QStringLiteral("交通出行")) << 1;
        QTest::newRow("on-site appeals: A1, A4, A5") << m_s.appealsByChannel.value(QStringLiteral("onsite")) << 3;
        QTest::newRow("letters: none counted (A7 deleted)") << m_s.appealsByChannel.value(QStringLiteral("letter")) << 0;
        QTest::newRow("March received: A3, A4") << m_s.appealsByMonth.value(2) << 2;
        QTest::newRow("February resolved: A1") << m_s.resolvedByMonth.value(1) << 1;
        QTest::newRow("suggestions submitted in 2022: S1, S2") << m_s.suggestionsSubmitted << 2;
        QTest::newRow("suggestions replied: S1") << m_s.suggestionsReplied << 1;
        QTest::newRow("suggestions re-handled: S2") << m_s.suggestionsRehandled << 1;
        QTest::newRow("grade A: S1") << m_s.suggestionsByGrade.value(QStringLiteral("A")) << 1;
        QTest::newRow("grade B: none in 2022") << m_s.suggestionsByGrade.value(QStringLiteral("B")) << 0;
        QTest::newRow("visits made in 2022: A1, A5, A6's, S1's") << m_s.visitsTotal << 4;
        QTest::newRow("dissatisfied visits: A5") << m_s.visitsBySatisfaction.value(QStringLiteral("unsatisfied")) << 1;
        QTest::newRow("activities of 2022: T1–T6") << m_s.activitiesTotal << 6;
        QTest::newRow("深入选区: T1 进选区 + T2 走访慰问") << m_s.constituencyVisits << 2;
        QTest::newRow("三进 with a municipal deputy: T1 only") << m_s.threeVisitsWithMunicipal << 1;
        QTest::newRow("联组活动: T4") << m_s.jointGroupActivities << 1;
        QTest::newRow("分组或集中活动: T5 + T6") << m_s.groupOrPlenaryActivities << 2;
        QTest::newRow("people reached: 50 + 20") << m_s.peopleReached << 70;
        QTest::newRow("enterprise links in force: D1's two") << m_s.enterpriseLinks << 2;
        QTest::newRow("deputies with links: D1") << m_s.enterprisesLinkedDeputies << 1;
        QTest::newRow("enterprise visits in 2022: one") << m_s.enterpriseVisits << 1;
    }

    void appealCountsFollowEachStep()
    {
        QFETCH(int, actual);
        QFETCH(int, expected);
        QCOMPARE(actual, expected);
    }

    void ratesDivideTheRightCounts_data()
    {
        QTest::addColumn<double>("actual");
        QTest::addColumn<double>("expected");
        QTest::newRow("reply: 2 answered of 4 not merged") << m_s.replyRate << 0.5;
        QTest::newRow("follow-up: A1 visited of A1, A3 answered") << m_s.followUpRate << 0.5;
        QTest::newRow("satisfaction: latest rated visits A1 satisfied, A5 not") << m_s.satisfactionRate << 0.5;
        QTest::newRow("resolution: 1 resolved of 3 accepted") << m_s.resolutionRate << 1.0 / 3.0;
    }

    void ratesDivideTheRightCounts()
    {
        QFETCH(double, actual);
        QFETCH(double, expected);
        QVERIFY2(qAbs(actual - expected) < 1e-9, qPrintable(QString::number(actual)));
    }

    void eachDeputyHasTheirOwnFigures()
    {
        QCOMPARE(m_s.byDeputy.size(), 2);
        const DeputyFigures &d1 = m_s.byDeputy.at(0);  // municipal before district
        QCOMPARE(d1.name, QStringLiteral("王芳"));
        QCOMPARE(d1.appealsReceived, 3);
        QCOMPARE(d1.appealsResolved, 1);
        QCOMPARE(d1.appealsAnswered, 1);
        QCOMPARE(d1.suggestionsLed, 1);
        QCOMPARE(d1.activities, 2);
        QCOMPARE(d1.visits, 1);
        QCOMPARE(d1.enterpriseLinks, 2);
        QCOMPARE(d1.enterpriseVisits, 1);
        const DeputyFigures &d2 = m_s.byDeputy.at(1);
        QCOMPARE(d2.name, QStringLiteral("李强"));
        QCOMPARE(d2.appealsReceived, 2);
        QCOMPARE(d2.appealsAnswered, 1);
        QCOMPARE(d2.suggestionsLed, 1);
        QCOMPARE(d2.suggestionsCosigned, 1);
        QCOMPARE(d2.activities, 3);
        QCOMPARE(d2.enterpriseLinks, 0);
    }

    void overdueIsJudgedOnTheGivenDay()
    {
        // On 1 March 2022 nothing was past its deadline yet (A2 is due that very day).
        QCOMPARE(Statistics(m_t->db()).compute(2022, QDate(2022, 3, 1)).appealsOverdue, 0);
        QCOMPARE(Statistics(m_t->db()).compute(2022, QDate(2022, 3, 2)).appealsOverdue, 1);
    }

    void jsonHasTheDocumentedKeys()
    {
        const QJsonObject o = StatisticsJson::toJson(m_s);
        QCOMPARE(o.value(QStringLiteral("deputies")).toObject().value(QStringLiteral("total")).toInt(), 2);
        const QJsonObject a = o.value(QStringLiteral("appeals")).toObject();
        for (const char *key : {"received", "accepted", "redirected", "resolved", "answered", "visited", "overdue",
                                "by_category", "by_channel"})
            QVERIFY2(a.contains(QLatin1String(key)), key);
        QCOMPARE(a.value(QStringLiteral("by_category")).toObject().value(QStringLiteral("城市建设")).toInt(), 3);
        const QJsonObject g = o.value(QStringLiteral("suggestions")).toObject();
        QCOMPARE(g.value(QStringLiteral("by_grade")).toObject().keys(),
                 (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}));
        QCOMPARE(o.value(QStringLiteral("rates")).toObject().value(QStringLiteral("reply")).toDouble(), 0.5);
        const QJsonArray byDeputy = o.value(QStringLiteral("by_deputy")).toArray();
        QCOMPARE(byDeputy.size(), 2);
        for (const char *key : {"id", "name", "level"})
            QVERIFY2(byDeputy.at(0).toObject().contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("activities")).toObject().value(QStringLiteral("by_type")).toObject().size(), 12);
    }

    void edgeCasesCountAsDefined_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("expected");
        const auto row = [](const char *tag, const QString &setup, const char *name, double expected) {
            QTest::newRow(tag) << setup << QString::fromUtf8(name) << expected;
        };
        const QString answered = edgeAppeal(1, "2022-05-01", "reply_on = '2022-05-10'");
        row("a deleted visit: the appeal is not visited", answered + edgeVisit(1, 1, "2022-05-20", "satisfied", "deleted_at = 'x'"),
            "visited", 0);
        row("a deleted visit: no follow-up", answered + edgeVisit(1, 1, "2022-05-20", "satisfied", "deleted_at = 'x'"),
            "follow-up rate", 0);
        row("a deleted visit: no verdict", answered + edgeVisit(1, 1, "2022-05-20", "satisfied", "deleted_at = 'x'"),
            "satisfaction rate", 0);
        row("a deleted visit: not a visit of the year",
            answered + edgeVisit(1, 1, "2022-05-20", "satisfied", "deleted_at = 'x'"), "visits", 0);
        const QString threeVisits = answered + edgeVisit(1, 1, "2022-03-01", "satisfied")
            + edgeVisit(2, 1, "2022-04-01", "unsatisfied") + edgeVisit(3, 1, "2022-05-01", "");
        row("the latest visit with a verdict decides, a later one without is ignored", threeVisits,
            "satisfaction rate", 0);
        row("several visits: one appeal visited", threeVisits, "visited", 1);
        row("several visits: each is a visit of the year", threeVisits, "visits", 3);
        row("several visits: by verdict", threeVisits, "unsatisfied visits", 1);
        row("two verdicts on one day: the later record (higher id) decides, satisfied",
            answered + edgeVisit(1, 1, "2022-04-01", "unsatisfied") + edgeVisit(2, 1, "2022-04-01", "basic"),
            "satisfaction rate", 1);
        row("two verdicts on one day: the later record (higher id) decides, dissatisfied",
            answered + edgeVisit(1, 1, "2022-04-01", "basic") + edgeVisit(2, 1, "2022-04-01", "unsatisfied"),
            "satisfaction rate", 0);
        row("a later date beats a higher id",
            answered + edgeVisit(1, 1, "2022-06-01", "basic") + edgeVisit(2, 1, "2022-04-01", "unsatisfied"),
            "satisfaction rate", 1);
        const QString visitedNextYear = edgeAppeal(1, "2022-12-20", "reply_on = '2022-12-28'")
            + edgeVisit(1, 1, "2023-01-05", "satisfied");
        row("visited next year: the appeal counts as visited", visitedNextYear, "visited", 1);
        row("visited next year: followed up", visitedNextYear, "follow-up rate", 1);
        row("visited next year: its verdict counts", visitedNextYear, "satisfaction rate", 1);
        row("visited next year: not a visit of this year", visitedNextYear, "visits", 0);
        row("no visit: answered but not followed up", answered, "follow-up rate", 0);
        row("no visit: not visited", answered, "visited", 0);
        const QString boundaries = edgeAppeal(1, "2021-12-31") + edgeAppeal(2, "2022-01-01") + edgeAppeal(3, "2022-12-31")
            + edgeAppeal(4, "2023-01-01");
        row("year boundaries: 1 January and 31 December count, the days around them do not", boundaries, "received", 2);
        row("year boundaries: January", boundaries, "received in January", 1);
        row("year boundaries: December", boundaries, "received in December", 1);
        const QString resolvedNextYear =
            edgeAppeal(1, "2022-12-01", "accepted_on = '2022-12-01', deadline = '2022-12-15', resolved_on = '2023-01-10'");
        row("resolved next year: resolved", resolvedNextYear, "resolved", 1);
        row("resolved next year: in no month of this year", resolvedNextYear, "resolved by month", 0);
        row("resolved next year: overdue on 31 December", resolvedNextYear, "overdue", 1);
        row("resolved on 31 December: not overdue",
            edgeAppeal(1, "2022-12-01", "accepted_on = '2022-12-01', deadline = '2022-12-15', resolved_on = '2022-12-31'"),
            "overdue", 0);
        row("a merged appeal is never overdue",
            edgeAppeal(1, "2022-01-01") + edgeAppeal(2, "2022-02-01", "accepted_on = '2022-02-01', deadline = '2022-03-01', duplicate_of = 1"),
            "overdue", 0);
        row("resolved in the year: its month", edgeAppeal(1, "2022-02-01", "resolved_on = '2022-03-15'"),
            "resolved in March", 1);
        row("resolved before it was received (a typing error): resolved, in no month",
            edgeAppeal(1, "2022-02-01", "resolved_on = '2021-12-01'"), "resolved by month", 0);
        const QString deleted = edgeAppeal(1, "2022-05-01", "reply_on = '2022-05-02', deleted_at = 'x'")
            + edgeVisit(1, 1, "2022-05-20", "unsatisfied");
        row("a deleted appeal is not received", deleted, "received", 0);
        row("a deleted appeal is not visited", deleted, "visited", 0);
        row("a deleted appeal has no verdict", deleted, "satisfaction rate", 0);
        row("a deleted appeal is nobody's", deleted, "deputy received", 0);
        row("the visit of a deleted appeal is still a visit made", deleted, "visits", 1);
        const QString noDeputy = edgeAppeal(1, "2022-05-01", "deputy_id = NULL") + edgeAppeal(2, "2022-05-02");
        row("an appeal without a deputy counts in the totals", noDeputy, "received", 2);
        row("an appeal without a deputy is in no deputy's row", noDeputy, "deputy received", 1);
        const QString categories =
            edgeAppeal(1, "2022-05-01", "category = ''") + edgeAppeal(2, "2022-05-01", "category = '其他'");
        row("no category and 其他 are one key", categories, "其他", 2);
        row("every appeal has its channel", categories, "on-site", 2);
        const QString deputySteps = edgeAppeal(1, "2022-05-01", "resolved_on = '2022-05-03'")
            + edgeAppeal(2, "2022-05-02", "reply_on = '2022-05-04'") + edgeAppeal(3, "2022-05-03");
        row("a deputy's appeals", deputySteps, "deputy received", 3);
        row("a deputy's resolved appeals", deputySteps, "deputy resolved", 1);
        row("a deputy's answered appeals", deputySteps, "deputy answered", 1);
        const QString farApart = edgeAppeal(1, "2022-05-01", "reply_on = '2022-05-02'")
            + edgeAppeal(50000000, "2022-05-03", "reply_on = '2022-05-04'") + edgeAppeal(20000000, "2021-05-03")
            + edgeVisit(1, 50000000, "2023-02-01", "unsatisfied") + edgeVisit(2, 1, "2022-06-01", "basic")
            + edgeVisit(3, 20000000, "2021-06-01", "satisfied");
        row("appeal ids far apart: both visited", farApart, "visited", 2);
        row("appeal ids far apart: both verdicts, not last year's appeal's", farApart, "satisfaction rate", 0.5);
        row("appeal ids far apart: the visits of the year", farApart, "visits", 1);
        row("visits made by a deputy",
            answered + edgeVisit(1, 1, "2022-05-20", "satisfied", "visitor_deputy_id = 1")
                + edgeVisit(2, 1, "2022-06-20", "", "visitor_deputy_id = 1")
                + edgeVisit(3, 1, "2023-06-20", "", "visitor_deputy_id = 1"),
            "deputy visits", 2);
    }

    /// Each row starts from a new file with deputy 1 and the rows of `setup`, then reads one figure.
    void edgeCasesCountAsDefined()
    {
        QFETCH(QString, setup);
        QFETCH(QString, name);
        QFETCH(double, expected);
        TestDatabase t;
        QCOMPARE(t.stationId(), qint64(1));
        const QString sql = QStringLiteral("INSERT INTO deputies(id, uuid, station_id, name, level, created_at,"
                                           " updated_at) VALUES (1, 'd1', 1, '王芳', 'district', 'x', 'x');")
            + setup;
        char *error = nullptr;
        QVERIFY2(sqlite3_exec(t.db().handle(), sql.toUtf8().constData(), nullptr, nullptr, &error) == SQLITE_OK, error);
        const YearStatistics s = Statistics(t.db()).compute(2022, QDate(2022, 12, 31));
        const double actual = figure(s, name);
        QVERIFY2(qAbs(actual - expected) < 1e-9, qPrintable(QString::number(actual)));
    }

    /// On generated data with deleted rows, every appeal, suggestion and visit figure equals what one plain SQL
    /// query per figure gives (the way they were computed before the one-scan pass).
    void figuresEqualPlainQueriesOnGeneratedData()
    {
        TestDatabase t;
        DemoOptions o;
        o.deputies = 12;
        o.appeals = 900;
        o.year = 2022;
        o.today = QDate(2023, 3, 1);
        QVERIFY(DemoGenerator(t.db()).generate(o));
        Database &db = t.db();
        // Some appeals and visits in the recycle bin, an empty category, visits on the same day.
        QVERIFY(db.exec(QStringLiteral("UPDATE appeals SET deleted_at = 'x' WHERE id % 17 = 0")));
        QVERIFY(db.exec(QStringLiteral("UPDATE follow_up_visits SET deleted_at = 'x' WHERE id % 13 = 0")));
        QVERIFY(db.exec(QStringLiteral("UPDATE appeals SET category = '' WHERE id % 11 = 0")));
        QVERIFY(db.exec(QStringLiteral("UPDATE suggestions SET deleted_at = 'x' WHERE id % 5 = 0")));
        QVERIFY(db.exec(QStringLiteral(
            "INSERT INTO follow_up_visits(uuid, appeal_id, visited_on, method, satisfaction, created_at, updated_at)"
            " SELECT 'again-' || id, appeal_id, visited_on, method, 'unsatisfied', 'x', 'x' FROM follow_up_visits"
            " WHERE appeal_id IS NOT NULL AND id % 7 = 0")));
        for (int year : {2021, 2022, 2023}) {
            const QDate asOf(year, 12, 31);
            const YearStatistics s = Statistics(db).compute(year, asOf);
            const QVariantList range = {QStringLiteral("%1-01-01").arg(year), QStringLiteral("%1-01-01").arg(year + 1)};
            const QString ofYear = QStringLiteral(" FROM appeals a WHERE a.deleted_at IS NULL AND a.received_on >= ?"
                                                  " AND a.received_on < ?");
            const auto count = [&](const QString &what, const QVariantList &more = {}) {
                return db.scalar(QStringLiteral("SELECT count(*)") + ofYear + what, range + more).toInt();
            };
            const QString visited = QStringLiteral(" EXISTS (SELECT 1 FROM follow_up_visits v WHERE v.appeal_id = a.id"
                                                   " AND v.deleted_at IS NULL)");
            const QString latest = QStringLiteral("(SELECT v.satisfaction FROM follow_up_visits v WHERE v.appeal_id = a.id"
                                                  " AND v.deleted_at IS NULL AND v.satisfaction <> ''"
                                                  " ORDER BY v.visited_on DESC, v.id DESC LIMIT 1)");
            QVERIFY(year != 2022 || s.appealsReceived > 500);
            QCOMPARE(s.appealsReceived, count({}));
            QCOMPARE(s.appealsAccepted, count(QStringLiteral(" AND a.accepted_on IS NOT NULL")));
            QCOMPARE(s.appealsRedirected,
                     count(QStringLiteral(" AND a.accepted_on IS NULL AND (a.redirect_reason <> '' OR a.status = 'redirected')")));
            QCOMPARE(s.appealsMerged, count(QStringLiteral(" AND a.duplicate_of IS NOT NULL")));
            QCOMPARE(s.appealsResolved, count(QStringLiteral(" AND a.resolved_on IS NOT NULL")));
            QCOMPARE(s.appealsAnswered, count(QStringLiteral(" AND a.reply_on IS NOT NULL")));
            QCOMPARE(s.appealsVisited, count(QStringLiteral(" AND") + visited));
            QCOMPARE(s.appealsClosed, count(QStringLiteral(" AND a.status = 'closed'")));
            QCOMPARE(s.appealsGroup, count(QStringLiteral(" AND a.is_group <> 0")));
            const QString day = Ids::dateText(asOf);
            QCOMPARE(s.appealsOverdue, count(QStringLiteral(" AND a.accepted_on IS NOT NULL AND a.duplicate_of IS NULL"
                                                            " AND a.deadline < ? AND (a.resolved_on IS NULL OR"
                                                            " a.resolved_on > ?) AND a.accepted_on <= ?"),
                                             {day, day, day}));
            const int followedUp = count(QStringLiteral(" AND a.reply_on IS NOT NULL AND") + visited);
            QCOMPARE(s.followUpRate, s.appealsAnswered ? double(followedUp) / s.appealsAnswered : 0.0);
            const int rated = count(QStringLiteral(" AND ") + latest + QStringLiteral(" IS NOT NULL"));
            const int pleased = count(QStringLiteral(" AND ") + latest + QStringLiteral(" IN ('satisfied', 'basic')"));
            QCOMPARE(s.satisfactionRate, rated ? double(pleased) / rated : 0.0);
            for (int m = 1; m <= 12; ++m) {
                const QString month = QStringLiteral("%1").arg(m, 2, 10, QLatin1Char('0'));
                QCOMPARE(s.appealsByMonth.value(m - 1), count(QStringLiteral(" AND substr(a.received_on, 6, 2) = ?"), {month}));
                QCOMPARE(s.resolvedByMonth.value(m - 1),
                         count(QStringLiteral(" AND a.resolved_on >= ? AND a.resolved_on < ? AND substr(a.resolved_on, 6, 2) = ?"),
                               range + QVariantList{month}));
            }
            for (auto it = s.appealsByCategory.cbegin(); it != s.appealsByCategory.cend(); ++it)
                QCOMPARE(it.value(), count(QStringLiteral(" AND CASE WHEN a.category = '' THEN '其他' ELSE a.category END = ?"),
                                           {it.key()}));
            for (auto it = s.appealsByChannel.cbegin(); it != s.appealsByChannel.cend(); ++it)
                QCOMPARE(it.value(), count(QStringLiteral(" AND a.channel = ?"), {it.key()}));
            const QString visitsOfYear = QStringLiteral(" FROM follow_up_visits v WHERE v.deleted_at IS NULL"
                                                        " AND v.visited_on >= ? AND v.visited_on < ?");
            QCOMPARE(s.visitsTotal, db.scalar(QStringLiteral("SELECT count(*)") + visitsOfYear, range).toInt());
            for (auto it = s.visitsBySatisfaction.cbegin(); it != s.visitsBySatisfaction.cend(); ++it)
                QCOMPARE(it.value(), db.scalar(QStringLiteral("SELECT count(*)") + visitsOfYear
                                                   + QStringLiteral(" AND v.satisfaction = ?"),
                                               range + QVariantList{it.key()})
                                         .toInt());
            const QString suggestionsOfYear = QStringLiteral(" FROM suggestions g WHERE g.deleted_at IS NULL"
                                                             " AND g.submitted_on >= ? AND g.submitted_on < ?");
            const auto suggestions = [&](const QString &what, const QVariantList &more = {}) {
                return db.scalar(QStringLiteral("SELECT count(*)") + suggestionsOfYear + what, range + more).toInt();
            };
            QVERIFY(year != 2022 || s.suggestionsSubmitted > 10);
            QCOMPARE(s.suggestionsSubmitted, suggestions({}));
            QCOMPARE(s.suggestionsReplied, suggestions(QStringLiteral(" AND g.reply_on IS NOT NULL")));
            QCOMPARE(s.suggestionsRehandled, suggestions(QStringLiteral(" AND g.round > 1")));
            for (auto it = s.suggestionsByGrade.cbegin(); it != s.suggestionsByGrade.cend(); ++it)
                QCOMPARE(it.value(), suggestions(QStringLiteral(" AND g.grade = ?"), {it.key()}));
            for (auto it = s.suggestionsBySatisfaction.cbegin(); it != s.suggestionsBySatisfaction.cend(); ++it)
                QCOMPARE(it.value(), suggestions(QStringLiteral(" AND g.satisfaction = ?"), {it.key()}));
            for (const DeputyFigures &d : s.byDeputy) {
                const QVariantList mine = range + QVariantList{d.id};
                QCOMPARE(d.suggestionsLed, suggestions(QStringLiteral(" AND g.lead_deputy_id = ?"), {d.id}));
                QCOMPARE(d.suggestionsCosigned,
                         suggestions(QStringLiteral(" AND EXISTS (SELECT 1 FROM suggestion_cosigners c"
                                                    " WHERE c.suggestion_id = g.id AND c.deputy_id = ?)"),
                                     {d.id}));
                QCOMPARE(d.appealsReceived, count(QStringLiteral(" AND a.deputy_id = ?"), {d.id}));
                QCOMPARE(d.appealsResolved, count(QStringLiteral(" AND a.deputy_id = ? AND a.resolved_on IS NOT NULL"), {d.id}));
                QCOMPARE(d.appealsAnswered, count(QStringLiteral(" AND a.deputy_id = ? AND a.reply_on IS NOT NULL"), {d.id}));
                QCOMPARE(d.visits, db.scalar(QStringLiteral("SELECT count(*)") + visitsOfYear
                                                 + QStringLiteral(" AND v.visitor_deputy_id = ?"),
                                             mine)
                                       .toInt());
            }
        }
    }

    void anEmptyYearHasZerosNotErrors()
    {
        const YearStatistics s = Statistics(m_t->db()).compute(2019);
        QCOMPARE(s.appealsReceived, 0);
        QCOMPARE(s.replyRate, 0.0);
        QCOMPARE(s.appealsByMonth.size(), 12);
        QCOMPARE(s.suggestionsByGrade.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
