#include "TestDatabase.h"

#include "demo/DemoGenerator.h"
#include "stats/Statistics.h"
#include "storage/ConsistencyCheck.h"

#include <QTest>

/// Demo data is realistic, consistent with the workflow rules, and deterministic.
class TestDemo : public QObject
{
    Q_OBJECT

private:
    static QStringList fingerprint(Database &db)
    {
        QStringList rows;
        QSqlQuery q = db.prepare(QStringLiteral(
            "SELECT a.number || '|' || a.received_on || '|' || a.status || '|' || a.category || '|' || a.person_name || '|' ||"
            " coalesce(a.reply_on, '') || '|' || (SELECT count(*) FROM appeal_events e WHERE e.appeal_id = a.id)"
            " FROM appeals a ORDER BY a.number"));
        db.exec(q);
        while (q.next())
            rows << q.value(0).toString();
        return rows;
    }

    static int count(Database &db, const char *sql)
    {
        return db.scalar(QString::fromUtf8(sql)).toInt();
    }

private slots:
    void initTestCase() { isolateUserFolders(); }

    void demoDataIsConsistent_data()
    {
        QTest::addColumn<int>("deputies");
        QTest::addColumn<int>("appeals");
        QTest::addColumn<int>("seed");
        QTest::newRow("a small station") << 8 << 300 << 1;
        QTest::newRow("a street of thirty deputies") << 30 << 2000 << 7;
        QTest::newRow("a station with a single deputy") << 1 << 50 << 3;
    }

    void demoDataIsConsistent()
    {
        QFETCH(int, deputies);
        QFETCH(int, appeals);
        QFETCH(int, seed);
        TestDatabase t;
        DemoOptions o;
        o.deputies = deputies;
        o.appeals = appeals;
        o.year = 2022;
        o.seed = quint32(seed);
        o.today = QDate(2023, 3, 31);
        DemoSummary made;
        const Status status = DemoGenerator(t.db()).generate(o, &made);
        QVERIFY2(status, qPrintable(status.message()));
        QCOMPARE(made.appeals, appeals);
        QCOMPARE(made.deputies, deputies);

        const QStringList problems = ConsistencyCheck(t.db()).run();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        const YearStatistics s = Statistics(t.db()).compute(2022, QDate(2022, 12, 31));
        QCOMPARE(s.appealsReceived, appeals);
        QVERIFY(s.appealsResolved <= s.appealsAccepted);
        QVERIFY(s.appealsAccepted <= s.appealsReceived);
        QVERIFY(s.appealsAccepted + s.appealsRedirected + s.appealsMerged <= s.appealsReceived);
        int categories = 0;
        for (int n : s.appealsByCategory)
            categories += n;
        QCOMPARE(categories, appeals);
        int channels = 0;
        for (int n : s.appealsByChannel)
            channels += n;
        QCOMPARE(channels, appeals);
        int months = 0;
        for (int n : s.appealsByMonth)
            months += n;
        QCOMPARE(months, appeals);

        // Every step is dated after the one before it and never after "today".
        QCOMPARE(count(t.db(), "SELECT count(*) FROM appeals WHERE accepted_on < received_on OR resolved_on < accepted_on"
                               " OR reply_on < coalesce(resolved_on, received_on) OR closed_on < reply_on"
                               " OR max(coalesce(closed_on, ''), coalesce(reply_on, ''), coalesce(resolved_on, '')) > '2023-03-31'"),
                 0);
        QCOMPARE(count(t.db(), "SELECT count(*) FROM appeal_events WHERE happened_on > '2023-03-31'"), 0);
        // Appeals are handled by deputies in office on the day they were received.
        QCOMPARE(count(t.db(), "SELECT count(*) FROM appeals a JOIN deputies d ON d.id = a.deputy_id"
                               " WHERE a.received_on < d.term_start OR a.received_on > d.term_end"),
                 0);
        // ... and visits are made by deputies in office on the day of the visit.
        QCOMPARE(count(t.db(), "SELECT count(*) FROM follow_up_visits v JOIN deputies d ON d.id = v.visitor_deputy_id"
                               " WHERE v.visited_on < d.term_start OR v.visited_on > d.term_end"),
                 0);
        QCOMPARE(count(t.db(), "SELECT count(*) FROM suggestions g JOIN deputies d ON d.id = g.lead_deputy_id"
                               " WHERE g.submitted_on < d.term_start OR g.submitted_on > d.term_end"),
                 0);
        // 一包二 and constituency profiles with at least ten fixed-contact voters.
        QCOMPARE(count(t.db(), "SELECT count(*) FROM enterprise_links"), 2 * deputies);
        QCOMPARE(count(t.db(), "SELECT count(*) FROM constituency_profiles WHERE year = 2022"), deputies);
        QCOMPARE(count(t.db(), "SELECT count(*) FROM constituency_profiles p WHERE"
                               " (SELECT count(*) FROM contact_voters v WHERE v.profile_id = p.id) < 10"),
                 0);
        QCOMPARE(s.activitiesByType.size(), 12);
        for (auto it = s.activitiesByType.cbegin(); it != s.activitiesByType.cend(); ++it)
            QVERIFY2(it.value() > 0, qPrintable(it.key()));
        if (appeals >= 300) {
            QVERIFY(s.appealsOverdue > 0);
            QVERIFY(s.appealsMerged > 0);
            QVERIFY(s.appealsRedirected > 0);
            QVERIFY(count(t.db(), "SELECT count(*) FROM appeals WHERE reopen_count > 0") > 0);
            QVERIFY(count(t.db(), "SELECT count(*) FROM appeal_events WHERE kind = 'push'") > 0);
            QVERIFY(s.suggestionsSubmitted > 0);
            QVERIFY(s.suggestionsReplied > 0);
        }
    }

    void theSameSeedGivesTheSameData()
    {
        DemoOptions o;
        o.deputies = 10;
        o.appeals = 200;
        o.year = 2022;
        o.seed = 42;
        o.today = QDate(2023, 1, 31);
        TestDatabase a;
        TestDatabase b;
        QVERIFY(DemoGenerator(a.db()).generate(o));
        QVERIFY(DemoGenerator(b.db()).generate(o));
        QCOMPARE(fingerprint(a.db()), fingerprint(b.db()));
        TestDatabase c;
        o.seed = 43;
        QVERIFY(DemoGenerator(c.db()).generate(o));
        QVERIFY(fingerprint(a.db()) != fingerprint(c.db()));
    }

    void aSecondRunContinuesTheNumbers()
    {
        TestDatabase t;
        DemoOptions o;
        o.deputies = 3;
        o.appeals = 20;
        o.year = 2022;
        o.today = QDate(2022, 12, 31);
        QVERIFY(DemoGenerator(t.db()).generate(o));
        QVERIFY(DemoGenerator(t.db()).generate(o));
        QCOMPARE(count(t.db(), "SELECT count(DISTINCT number) FROM appeals"), 40);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT max(number) FROM appeals")).toString(), QStringLiteral("2022-0040"));
    }

    void searchIndexCoversDemoAppeals()
    {
        TestDatabase t;
        DemoOptions o;
        o.deputies = 5;
        o.appeals = 400;
        o.year = 2022;
        o.today = QDate(2022, 12, 31);
        QVERIFY(DemoGenerator(t.db()).generate(o));
        const int like = count(t.db(), "SELECT count(*) FROM appeals WHERE content LIKE '%充电桩%'");
        QVERIFY(like > 0);
        QCOMPARE(count(t.db(), "SELECT count(*) FROM appeals_fts WHERE appeals_fts MATCH '\"充电桩\"'"), like);
        // The insert triggers are back after the bulk load.
        QCOMPARE(count(t.db(), "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%fts_insert'"), 2);
    }

    void badOptionsAreRefusedWithoutWriting_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("deputies");
        QTest::newRow("a year in the future") << 2999 << 5;
        QTest::newRow("a year before 1990") << 1900 << 5;
        QTest::newRow("no deputies") << 2022 << 0;
    }

    void badOptionsAreRefusedWithoutWriting()
    {
        QFETCH(int, year);
        QFETCH(int, deputies);
        TestDatabase t;
        DemoOptions o;
        o.year = year;
        o.deputies = deputies;
        o.appeals = 10;
        const Status s = DemoGenerator(t.db()).generate(o);
        QVERIFY(!s);
        QVERIFY(!s.message().isEmpty());
        QCOMPARE(count(t.db(), "SELECT count(*) FROM appeals"), 0);
        QCOMPARE(count(t.db(), "SELECT count(*) FROM deputies"), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
