#include "LedgerFixture.h"
#include "TestDatabase.h"

#include "common/Ids.h"
#include "ledgers/AppealRepository.h"
#include "ledgers/DailyQueueCounter.h"
#include "lists/AppealListModel.h"
#include "lists/DeputyListModel.h"
#include "lists/SuggestionListModel.h"
#include "rules/AppealWorkflow.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSqlQuery>
#include <QTest>

namespace {

void must(const Status &s)
{
    if (!s)
        qFatal("fixture step failed: %s", qPrintable(s.message()));
}

qint64 addAppeal(Database &db, qint64 deputyId, const QString &content, const QString &phone = {})
{
    Appeal a = LedgerFixture::appealInput(deputyId);
    a.content = content;
    if (!phone.isEmpty())
        a.personPhone = phone;
    must(AppealRepository(db).insert(a));
    return a.id;
}

int countWith(const Database &db, const QString &where)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM appeals WHERE deleted_at IS NULL AND ") + where)
        .toInt();
}

} // namespace

class TestListModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { isolateUserFolders(); }

    void modelTesterAcceptsTheAppealList();
    void search_data();
    void search();
    void phonesAreMaskedAndOverdueRowsStandOut();
    void deputyListCountsOpenAndOverdueAppeals();
    void queueFilterAgreesWithTodaysCounts();
    void twoCharacterSearchFollowsEditsAndDeletes();
    void twoCharacterSearchOfSuggestions();
    void hundredThousandAppeals();
};

void TestListModels::modelTesterAcceptsTheAppealList()
{
    TestDatabase t;
    const Deputy d = LedgerFixture::addDeputy(t.db());
    for (int i = 0; i < 300; ++i)
        addAppeal(t.db(), d.id, QStringLiteral("第%1件诉求").arg(i));
    AppealListModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ListFilter filter;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 300);
    // Rows past the first chunk load on demand.
    QVERIFY(!model.data(model.index(299, 0)).toString().isEmpty());
    model.sort(0, Qt::AscendingOrder);
    filter.search = QStringLiteral("第1");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 111); // 第1, 第10–19, 第100–199
    QVERIFY(model.lastError().isEmpty());
}

void TestListModels::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected");
    QTest::newRow("five characters go through the trigram index") << QStringLiteral("电动车充电") << 1;
    QTest::newRow("three characters go through the trigram index") << QStringLiteral("充电难") << 1;
    QTest::newRow("two characters go through the trigram term list") << QStringLiteral("充电") << 1;
    QTest::newRow("two characters at the end of a text are found") << QStringLiteral("不亮") << 1;
    QTest::newRow("two characters that are a whole cell are found") << QStringLiteral("王芳") << 4;
    QTest::newRow("two characters inside a word are found") << QStringLiteral("车充") << 1;
    QTest::newRow("two Latin letters match in either case") << QStringLiteral("a_") << 1;
    QTest::newRow("two characters that are nowhere find nothing") << QStringLiteral("地铁") << 0;
    QTest::newRow("two characters never match across two cells") << QStringLiteral("亮王") << 0;
    QTest::newRow("a two-character query with a quote does not break it") << QStringLiteral("\"充") << 0;
    QTest::newRow("one character goes through LIKE") << QStringLiteral("灯") << 1;
    QTest::newRow("a character in two appeals finds both") << QStringLiteral("难") << 2;
    QTest::newRow("a percent sign is a character, not a wildcard") << QStringLiteral("%") << 1;
    QTest::newRow("an underscore is a character, not a wildcard") << QStringLiteral("_") << 1;
    QTest::newRow("a double quote does not break the query") << QStringLiteral("\"充电") << 0;
    QTest::newRow("quotes inside a long query do not break it") << QStringLiteral("电\"动\"车") << 0;
    QTest::newRow("a short query with a quote does not break it") << QStringLiteral("'") << 0;
    QTest::newRow("the constituent's name is searched") << QStringLiteral("王芳") << 4;
    QTest::newRow("the receiving deputy's name is searched") << QStringLiteral("李建国") << 4;
    QTest::newRow("the number is searched") << QStringLiteral("2022-0002") << 1;
    QTest::newRow("text that is nowhere finds nothing") << QStringLiteral("地铁站") << 0;
}

void TestListModels::search()
{
    QFETCH(QString, query);
    QFETCH(int, expected);
    TestDatabase t;
    const Deputy d = LedgerFixture::addDeputy(t.db());
    addAppeal(t.db(), d.id, QStringLiteral("电动车充电难"));
    addAppeal(t.db(), d.id, QStringLiteral("小区停车难，满意度100%"));
    addAppeal(t.db(), d.id, QStringLiteral("路灯不亮"));
    addAppeal(t.db(), d.id, QStringLiteral("井盖编号A_3缺失"));
    AppealListModel model(t.db());
    ListFilter filter;
    filter.search = query;
    model.setFilter(filter);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.rowCount(), expected);
}

void TestListModels::twoCharacterSearchFollowsEditsAndDeletes()
{
    TestDatabase t;
    const Deputy d = LedgerFixture::addDeputy(t.db());
    const qint64 lamp = addAppeal(t.db(), d.id, QStringLiteral("路灯不亮"));
    const qint64 road = addAppeal(t.db(), d.id, QStringLiteral("路面坑洼"));
    AppealListModel model(t.db());
    ListFilter filter;
    const auto found = [&](const char *query) {
        filter.search = QString::fromUtf8(query);
        model.setFilter(filter);
        return model.rowCount();
    };
    QCOMPARE(found("不亮"), 1);
    // An edit goes through the index's update trigger: the old words are gone, the new ones found.
    QVERIFY_OK(t.db().exec(QStringLiteral("UPDATE appeals SET content = '井盖缺失' WHERE id = %1").arg(lamp)));
    QCOMPARE(found("不亮"), 0);
    QCOMPARE(found("缺失"), 1);
    // Emptying the recycle bin deletes rows for good: the index's delete trigger.
    QVERIFY_OK(t.db().exec(QStringLiteral("DELETE FROM appeal_events WHERE appeal_id = %1").arg(road)));
    QVERIFY_OK(t.db().exec(QStringLiteral("DELETE FROM appeals WHERE id = %1").arg(road)));
    QCOMPARE(found("坑洼"), 0);
    QCOMPARE(found("路面"), 0);
    // The index agrees with the rows it was made from (what the consistency check runs).
    QVERIFY_OK(t.db().exec(QStringLiteral("INSERT INTO appeals_fts(appeals_fts, rank) VALUES ('integrity-check', 1)")));
    QVERIFY(model.lastError().isEmpty());
}

void TestListModels::twoCharacterSearchOfSuggestions()
{
    TestDatabase t;
    const Deputy d = LedgerFixture::addDeputy(t.db());
    QSqlQuery insert = t.db().prepare(QStringLiteral(
        "INSERT INTO suggestions (uuid, station_id, number, number_year, number_seq, title, content, "
        "lead_deputy_id, created_at, updated_at) VALUES (?, ?, ?, 2022, ?, ?, ?, ?, '2022-01-01T00:00:00Z', "
        "'2022-01-01T00:00:00Z')"));
    QVERIFY_OK(t.db().exec(insert, {QStringLiteral("s1"), t.stationId(), QStringLiteral("2022-0001"), 1,
                                    QStringLiteral("关于增设停车位的建议"), QStringLiteral("老旧小区乱停车"), d.id}));
    QVERIFY_OK(t.db().exec(insert, {QStringLiteral("s2"), t.stationId(), QStringLiteral("2022-0002"), 2,
                                    QStringLiteral("关于加装电梯的建议"), QString(), d.id}));
    SuggestionListModel model(t.db());
    ListFilter filter;
    filter.search = QStringLiteral("停车");
    model.setFilter(filter);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.rowCount(), 1);
    filter.search = QStringLiteral("建议");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY_OK(t.db().exec(QStringLiteral("INSERT INTO suggestions_fts(suggestions_fts, rank) VALUES ('integrity-check', 1)")));
}

void TestListModels::phonesAreMaskedAndOverdueRowsStandOut()
{
    TestDatabase t;
    const Deputy d = LedgerFixture::addDeputy(t.db());
    const qint64 late = addAppeal(t.db(), d.id, QStringLiteral("路灯不亮"), QStringLiteral("13812345678"));
    addAppeal(t.db(), d.id, QStringLiteral("电动车充电难"), QStringLiteral("13812345678"));
    AppealWorkflow wf(t.db());
    must(wf.accept(late, QDate(2022, 3, 16)));
    must(wf.assign(late, QDate(2022, 3, 17), QStringLiteral("department"), QStringLiteral("区城管局"),
                   QDate(2022, 4, 1)));
    AppealListModel model(t.db());
    ListFilter filter;
    filter.today = QDate(2022, 6, 1);
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);
    int phoneColumn = -1;
    for (int c = 0; c < model.columnCount(); ++c)
        if (model.headerData(c, Qt::Horizontal).toString() == QLatin1String("Phone"))
            phoneColumn = c;
    QVERIFY(phoneColumn >= 0);
    const int lateRow = model.rowOf(late);
    QCOMPARE(model.data(model.index(lateRow, phoneColumn)).toString(), QStringLiteral("138****5678"));
    QVERIFY(model.data(model.index(lateRow, 0), Qt::BackgroundRole).canConvert<QBrush>());
    QVERIFY(!model.data(model.index(1 - lateRow, 0), Qt::BackgroundRole).isValid());
    filter.overdueOnly = true;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), late);
}

void TestListModels::deputyListCountsOpenAndOverdueAppeals()
{
    TestDatabase t;
    const Deputy busy = LedgerFixture::addDeputy(t.db(), QStringLiteral("李建国"));
    const Deputy idle = LedgerFixture::addDeputy(t.db(), QStringLiteral("王秀英"));
    const qint64 late = addAppeal(t.db(), busy.id, QStringLiteral("路灯不亮"));
    addAppeal(t.db(), busy.id, QStringLiteral("电动车充电难"));
    AppealWorkflow wf(t.db());
    must(wf.accept(late, QDate(2022, 3, 16)));
    must(wf.assign(late, QDate(2022, 3, 17), QStringLiteral("department"), QStringLiteral("区城管局"),
                   QDate(2022, 4, 1)));
    DeputyListModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(ListFilter());
    QCOMPARE(model.rowCount(), 2);
    const int busyRow = model.rowOf(busy.id);
    const int idleRow = model.rowOf(idle.id);
    QCOMPARE(model.data(model.index(busyRow, DeputyListModel::OpenColumn)).toInt(), 2);
    QCOMPARE(model.data(model.index(busyRow, DeputyListModel::OverdueColumn)).toInt(), 1);
    QVERIFY(model.data(model.index(busyRow, DeputyListModel::OverdueColumn), Qt::ForegroundRole).isValid());
    QCOMPARE(model.data(model.index(idleRow, DeputyListModel::OpenColumn)).toInt(), 0);
    QVERIFY(!model.data(model.index(idleRow, DeputyListModel::OverdueColumn), Qt::ForegroundRole).isValid());

    // A deputy whose mandate ended is listed only on request.
    must(t.db().exec(
        QStringLiteral("UPDATE deputies SET term_end = '2022-01-31' WHERE id = %1").arg(idle.id)));
    ListFilter filter;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    filter.includeFormer = true;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);
    filter.level = QStringLiteral("national");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
}

void TestListModels::queueFilterAgreesWithTodaysCounts()
{
    TestDatabase t;
    const Deputy d = LedgerFixture::addDeputy(t.db());
    AppealWorkflow wf(t.db());
    const QDate today(2022, 6, 15);
    for (int i = 0; i < 6; ++i) {
        const qint64 id = addAppeal(t.db(), d.id, QStringLiteral("诉求%1").arg(i));
        if (i < 4) {
            must(wf.accept(id, QDate(2022, 5, 2)));
            must(wf.assign(id, QDate(2022, 5, 3), QStringLiteral("department"), QStringLiteral("区城管局"),
                           today.addDays(i * 3 - 4)));
        }
    }
    const DailyQueueCounter counter(t.db());
    AppealListModel appeals(t.db());
    SuggestionListModel suggestions(t.db());
    for (DailyQueue queue : DailyQueues::all()) {
        ListFilter filter;
        filter.today = today;
        filter.queue = queue;
        appeals.setFilter(filter);
        suggestions.setFilter(filter);
        QCOMPARE(appeals.rowCount() + suggestions.rowCount(), counter.count(queue, today));
    }
    ListFilter overdue;
    overdue.today = today;
    overdue.queue = DailyQueue::Overdue;
    appeals.setFilter(overdue);
    QCOMPARE(appeals.rowCount(), 2);
}

void TestListModels::hundredThousandAppeals()
{
    TestDatabase t;
    const Deputy a = LedgerFixture::addDeputy(t.db(), QStringLiteral("李建国"));
    const Deputy b = LedgerFixture::addDeputy(t.db(), QStringLiteral("王秀英"));
    // Straight SQL: the repositories would take minutes for this many rows.
    must(t.db().exec(QStringLiteral("BEGIN")));
    QSqlQuery insert = t.db().prepare(QStringLiteral(
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100000) "
        "INSERT INTO appeals (uuid, station_id, number, number_year, number_seq, received_on, channel, "
        "deputy_id, "
        "person_name, person_phone, content, category, status, deadline, created_at, updated_at) "
        "SELECT 'u' || x, ?, '2022-' || printf('%06d', x), 2022, x, date('2022-01-01', '+' || (x % 365) || ' "
        "days'), "
        "'onsite', CASE x % 2 WHEN 0 THEN ? ELSE ? END, '居民' || x, '13812345678', "
        "CASE x % 10 WHEN 0 THEN '电动车充电难' || x ELSE '路面坑洼需修补' || x END, "
        "CASE x % 3 WHEN 0 THEN '城市建设' WHEN 1 THEN '交通出行' ELSE '其他' END, "
        "CASE x % 7 WHEN 0 THEN 'accepted' ELSE 'closed' END, "
        "CASE x % 7 WHEN 0 THEN '2022-03-01' END, '2022-01-01T00:00:00Z', '2022-01-01T00:00:00Z' FROM n"));
    must(t.db().exec(insert, {t.stationId(), a.id, b.id}));
    must(t.db().exec(QStringLiteral("COMMIT")));

    AppealListModel model(t.db());
    ListFilter filter;
    filter.today = QDate(2022, 6, 1);
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 100000);

    model.sort(0, Qt::DescendingOrder);
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("2022-100000"));
    QCOMPARE(model.data(model.index(99999, 0)).toString(), QStringLiteral("2022-000001"));
    QCOMPARE(model.data(model.index(50000, 0)).toString(), QStringLiteral("2022-050000"));
    model.sort(0, Qt::AscendingOrder);
    QCOMPARE(model.data(model.index(99999, 0)).toString(), QStringLiteral("2022-100000"));

    filter.category = QStringLiteral("城市建设");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), countWith(t.db(), QStringLiteral("category = '城市建设'")));
    QCOMPARE(model.rowCount(), 33333);

    filter.category.clear();
    filter.deputyId = b.id;
    filter.overdueOnly = true;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(),
             countWith(t.db(), QStringLiteral("deputy_id = %1 AND status = 'accepted'").arg(b.id)));
    QCOMPARE(model.rowCount(), 7143);

    filter = ListFilter();
    filter.search = QStringLiteral("充电");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 10000);
    filter.search = QStringLiteral("充电难99");
    model.setFilter(filter);
    // 充电难99, 充电难990 … 充电难999, 充电难9900 … — every x ≡ 0 (mod 10) whose digits start with 99.
    QCOMPARE(model.rowCount(), countWith(t.db(), QStringLiteral("content LIKE '%充电难99%'")));
    QVERIFY(model.rowCount() > 0);
}

QTEST_GUILESS_MAIN(TestListModels)
#include "tst_listmodels.moc"
