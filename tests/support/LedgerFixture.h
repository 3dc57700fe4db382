#pragma once

#include "common/Status.h"
#include "model/Appeal.h"
#include "model/Deputy.h"
#include "model/FollowUpVisit.h"

#include <QList>

#include <QTest>

class Database;

/// Fails the test with the Status's message when an operation that should succeed did not.
#define QVERIFY_OK(expr)                                                                                     \
    do {                                                                                                     \
        const Status status_ = (expr);                                                                       \
        QVERIFY2(status_.isOk(), qPrintable(status_.message()));                                             \
    } while (false)

/// Small records for ledger tests.
namespace LedgerFixture {
/// Inserts a municipal deputy in office since 2021-01-01 (aborts the test run if that fails).
Deputy addDeputy(Database &db, const QString &name = QStringLiteral("李建国"));
/// A valid appeal to register (not inserted).
Appeal appealInput(qint64 deputyId, const QDate &received = QDate(2022, 3, 15));
/// Inserts appealInput(); aborts the test run if that fails.
Appeal addAppeal(Database &db, qint64 deputyId, const QDate &received = QDate(2022, 3, 15));
/// Inserts a follow-up visit of appeal `appealId` on `visitedOn`: by phone, by the clerk 小张, the
/// constituent satisfied.
FollowUpVisit addVisit(Database &db, qint64 appealId, const QDate &visitedOn);

/// The small ledger the desktop tests open, dated from the real today (the window judges "overdue" and
/// "due soon" on it): deputies 李建国 and 王秀英, and five appeals received 40 days ago, alternately
/// theirs — 小区电动车充电难, 路灯不亮, 垃圾清运不及时, 学校门口交通拥堵, 楼道堆放杂物. The first
/// deadlineDays.size() of them are accepted 39 days ago and assigned to 区城管局 38 days ago, the
/// n-th due deadlineDays[n] days from today (negative: overdue). Returns the appeals in that order.
QList<Appeal> addDeskLedger(Database &db, const QList<int> &deadlineDays);

/// A year with figures known by hand, for reports: deputies 李建国 and 王秀兰 and three appeals of
/// 2022 — received 3, accepted 2 (李建国's of 2022-03-15 resolved and answered), 李建国's of
/// 2022-04-20 redirected to 区信访局, 王秀兰's of 2022-05-08 accepted and still open.
void addReportYear2022(Database &db);
} // namespace LedgerFixture
