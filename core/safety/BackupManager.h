#pragma once

#include <atomic>

#include "common/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

struct sqlite3;
class Database;

/// Verified copies of a ledger file. Every copy is made with SQLite's online backup API (consistent
/// even while the ledger is in use) into a temporary name, checked with PRAGMA integrity_check,
/// flushed to disk and only then renamed to its final name, so a backup file is either complete and
/// good or absent. See docs/STORAGE.md.
class BackupManager
{
    Q_DECLARE_TR_FUNCTIONS(BackupManager)
public:
    /// The folder holding the automatic backups of `databasePath`: the settings key "backupFolder", or
    /// "backups" next to the ledger file.
    static QString backupFolder(const QString &databasePath);
    /// Changes the backup folder for every ledger (empty: back to the default next to the ledger).
    static void setBackupFolder(const QString &folder);
    /// How many daily and monthly backups rotation keeps (settings "backupKeepDaily" = 7,
    /// "backupKeepMonthly" = 12).
    static int keepDaily();
    static int keepMonthly();

    /// Copies the open ledger to `target` (replacing it only once the new copy is complete and verified).
    static Status backupTo(const Database &db, const QString &target);
    /// Checks that `file` is a complete ledger file of ours that this version can open.
    static Status verify(const QString &file);

    /// The first open of a day (settings "automaticBackups", default on): a verified copy named
    /// "<ledger>-<yyyy-MM-dd>.sqlite" in the backup folder, then rotation. Nothing when today's exists.
    static Status dailyBackupIfDue(const Database &db, QString *made = nullptr);
    /// Where today's automatic backup of `databasePath` goes.
    static QString dailyBackupPath(const QString &databasePath);
    /// True when the first open of today has not made its automatic backup of `databasePath` yet.
    static bool dailyBackupDue(const QString &databasePath);
    /// The same backup made through a read-only connection of its own to `databasePath`, for a worker
    /// thread while the program works on the file (the copy is one consistent snapshot). `cancel`, when
    /// set, abandons the copy (nothing is kept, nothing is rotated).
    static Status dailyBackupOfFile(const QString &databasePath, QString *made = nullptr,
                                    const std::atomic_bool *cancel = nullptr);
    /// A copy named "<ledger>-before-format-<N>-<stamp>.sqlite", made before a schema migration.
    static Status backupBeforeMigration(const Database &db, int fromVersion, QString *made = nullptr);
    /// Deletes daily backups beyond the newest keepDaily() days, keeping the newest one of each of the
    /// newest keepMonthly() months; keeps the three newest of the other kinds.
    static void rotate(const QString &databasePath);

    /// The backups of `databasePath`, newest first (absolute paths).
    static QStringList backups(const QString &databasePath);
    /// The newest backup that passes verify(), or empty.
    static QString newestGoodBackup(const QString &databasePath);

    /// Replaces the ledger at `databasePath` by the verified copy `source`. The replaced file is kept
    /// first as "<ledger>-before-restore-<stamp>.sqlite" in the backup folder (`keptCopy`). Refuses
    /// files that are not ours, are newer, or are damaged, and refuses while another program has the
    /// ledger open for writing. The caller must have closed its own connections to the ledger.
    static Status restore(const QString &source, const QString &databasePath, QString *keptCopy = nullptr);

private:
    static Status copyDatabase(sqlite3 *source, const QString &target,
                               const std::atomic_bool *cancel = nullptr);
};
