#pragma once

#include "common/Status.h"
#include "model/Appeal.h"
#include "model/Deputy.h"

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
} // namespace LedgerFixture
