#include "LedgerFixture.h"

#include "ledgers/AppealRepository.h"
#include "ledgers/DeputyRepository.h"

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

} // namespace LedgerFixture
