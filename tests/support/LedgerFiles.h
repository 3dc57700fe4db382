#pragma once

#include <QString>

class TestDatabase;

/// Ledger files in the states the storage tests need: closed with a few dozen pages, with one page
/// overwritten, or left behind by a program that was killed.
namespace LedgerFiles {

/// Fills `t` with 300 long-named stations (a few dozen pages) and closes it; with `damaged`, a page in
/// the middle is then overwritten, which PRAGMA quick_check reports.
void makeClosedLedger(TestDatabase &t, bool damaged);

/// Writes the lock of a program on this machine that was killed (its process is gone), as the single-
/// writer lock finds it after a crash.
void writeStaleLock(const QString &databasePath);

} // namespace LedgerFiles
