#pragma once

#include "common/Status.h"

#include <QByteArray>
#include <QString>

class Database;
class TestDatabase;

/// Ledger files in the states the storage tests need: closed with a few dozen pages, with one page
/// overwritten, left behind by a program that was killed, written by an older version, or exported as a
/// bundle.
namespace LedgerFiles {

/// Fills `t` with 300 long-named stations (a few dozen pages) and closes it; with `damaged`, a page in
/// the middle is then overwritten, which PRAGMA quick_check reports.
void makeClosedLedger(TestDatabase &t, bool damaged);

/// Writes the lock of a program on this machine that was killed (its process is gone), as the single-
/// writer lock finds it after a crash.
void writeStaleLock(const QString &databasePath);

/// Writes the clerk's own full CSV bundle of `db` into `folder` (every year, personal data in full):
/// what the import takes back without loss.
Status writeFullBundle(Database &db, const QString &folder);

/// Writes a file as a program of file format `version` left it: its schema built from the migrations
/// up to `version` only, with `rows` (SQL) inserted just before the audit trail's triggers (format 3),
/// which call functions only the program defines and the plain SQLite connection used here lacks.
/// False (with a warning naming SQLite's error) when that fails.
bool writeOldFormatFile(const QString &path, int version, const QByteArray &rows);

} // namespace LedgerFiles
