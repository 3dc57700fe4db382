#include "LedgerFixture.h"

#include "ledgers/AppealRepository.h"
#include "ledgers/DeputyRepository.h"
#include "ledgers/FollowUpVisitRepository.h"
#include "rules/AppealWorkflow.h"

namespace {

void must(const Status &s, const char *step)
{
    if (!s)
        qFatal("fixture step failed (%s): %s", step, qPrintable(s.message()));
}

} // namespace

namespace LedgerFixture {

Deputy addDeputy(Database &db, const QString &name)
{
    Deputy d;
    d.name = name;
    d.gender = QStringLiteral("male");
    d.level = QStringLiteral("municipal");
    d.term = 15;
    d.phone = QStringLiteral("13812345678");
    d.termStart = QDate(2021, 1, 1);
    const Status s = DeputyRepository(db).insert(d);
    if (!s)
        qFatal("cannot insert deputy: %s", qPrintable(s.message()));
    return d;
}

Appeal appealInput(qint64 deputyId, const QDate &received)
{
    Appeal a;
    a.receivedOn = received;
    a.channel = QStringLiteral("onsite");
    a.deputyId = deputyId;
    a.personName = QStringLiteral("王芳");
    a.personPhone = QStringLiteral("139 8765 4321");
    a.personAddress = QStringLiteral("积玉桥街道和平小区3栋");
    a.content = QStringLiteral("小区电动车充电难，希望增设充电桩。");
    a.category = QStringLiteral("城市建设");
    return a;
}

Appeal addAppeal(Database &db, qint64 deputyId, const QDate &received)
{
    Appeal a = appealInput(deputyId, received);
    const Status s = AppealRepository(db).insert(a);
    if (!s)
        qFatal("cannot insert appeal: %s", qPrintable(s.message()));
    return a;
}

FollowUpVisit addVisit(Database &db, qint64 appealId, const QDate &visitedOn)
{
    FollowUpVisit v;
    v.appealId = appealId;
    v.visitedOn = visitedOn;
    v.method = QStringLiteral("phone");
    v.visitorClerk = QStringLiteral("小张");
    v.satisfaction = QStringLiteral("satisfied");
    must(FollowUpVisitRepository(db).insert(v), "follow-up visit");
    return v;
}

QList<Appeal> addDeskLedger(Database &db, const QList<int> &deadlineDays)
{
    const Deputy li = addDeputy(db, QStringLiteral("李建国"));
    const Deputy wang = addDeputy(db, QStringLiteral("王秀英"));
    const QDate today = QDate::currentDate();
    const QStringList contents = {QStringLiteral("小区电动车充电难"), QStringLiteral("路灯不亮"),
                                  QStringLiteral("垃圾清运不及时"), QStringLiteral("学校门口交通拥堵"),
                                  QStringLiteral("楼道堆放杂物")};
    AppealWorkflow flow(db);
    QList<Appeal> appeals;
    for (int i = 0; i < contents.size(); ++i) {
        Appeal appeal = appealInput(i % 2 ? wang.id : li.id, today.addDays(-40));
        appeal.content = contents.at(i);
        must(AppealRepository(db).insert(appeal), "appeal");
        if (i < deadlineDays.size()) {
            must(flow.accept(appeal.id, today.addDays(-39)), "accept");
            must(flow.assign(appeal.id, today.addDays(-38), QStringLiteral("department"),
                             QStringLiteral("区城管局"), today.addDays(deadlineDays.at(i))),
                 "assign");
        }
        appeals << appeal;
    }
    return appeals;
}

void addReportYear2022(Database &db)
{
    const Deputy li = addDeputy(db, QStringLiteral("李建国"));
    const Deputy wang = addDeputy(db, QStringLiteral("王秀兰"));
    AppealWorkflow flow(db);
    const Appeal resolved = addAppeal(db, li.id, QDate(2022, 3, 15));
    must(flow.accept(resolved.id, QDate(2022, 3, 16)), "accept");
    must(flow.resolve(resolved.id, QDate(2022, 4, 1), QStringLiteral("已增设充电桩")), "resolve");
    must(flow.answer(resolved.id, QDate(2022, 4, 2), QStringLiteral("phone"), QStringLiteral("已电话告知")),
         "answer");
    const Appeal redirected = addAppeal(db, li.id, QDate(2022, 4, 20));
    must(flow.redirect(redirected.id, QDate(2022, 4, 21), QStringLiteral("属个人信访事项"),
                       QStringLiteral("区信访局")),
         "redirect");
    const Appeal open = addAppeal(db, wang.id, QDate(2022, 5, 8));
    must(flow.accept(open.id, QDate(2022, 5, 9)), "accept");
}

} // namespace LedgerFixture
