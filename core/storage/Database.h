#pragma once

#include "common/Status.h"
#include "storage/DatabaseLock.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;

/// One open ledger file: a named Qt SQL connection of its own, with our settings applied and the
/// schema migrated. Every thread opens its own Database. Only core/ uses this class's SQL.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    /// Our SQLite application_id ("LLDG"): files with another id are not ledger files.
    static constexpr int kApplicationId = 0x4C4C4447;
    /// How long the integrity check on open may take before it is abandoned (see docs/STORAGE.md).
    static constexpr int kQuickCheckBudgetMs = 3000;

    enum class Mode {
        ReadWrite, ///< create the file if missing, migrate it if older
        ReadOnly,  ///< never write; the file must exist and be of the current version
    };

    /// When open() runs the integrity check (PRAGMA quick_check; see docs/STORAGE.md).
    enum class Check {
        /// Before open() returns, bounded by kQuickCheckBudgetMs: the command line, scripts and tests
        /// want a definite answer before they write.
        OnOpen,
        /// The desktop program: when the file was closed cleanly last time (no stale lock), is of the
        /// current format and is on a local disk, open() skips the check and integrityCheckDue() asks
        /// the caller to run it in the background after the first screen (IntegrityCheck), then to
        /// report what it found with reportDamage(). Otherwise it runs on open as with OnOpen.
        AfterFirstScreen,
    };

    struct OpenResult
    {
        std::unique_ptr<Database> database;
        Status status;
        /// True when the file could not be opened for writing because another program has it open for
        /// writing; `lockHolder` says who. The caller may offer to open it read-only instead.
        bool locked = false;
        LockHolder lockHolder;
    };

    /// Opens (and if needed creates and migrates) `path`. A file that is not ours, is from a newer
    /// version of the program, or cannot be read is refused with a translated reason and left untouched.
    /// For writing, the single-writer lock (DatabaseLock) is taken first; the first open of a day makes
    /// the daily backup and every migration is preceded by one (BackupManager). A file that fails the
    /// quick integrity check is opened read-only with damage() set (see docs/STORAGE.md).
    static OpenResult open(const QString &path, Mode mode = Mode::ReadWrite, Check check = Check::OnOpen);

    /// Inspects a file without opening it through SQLite (so it cannot be changed): an empty status
    /// means it is a ledger file we can open, or a missing / empty file that would be created.
    static Status inspect(const QString &path);
    /// True when `path` is a ledger file of an older format, which opening it for writing will upgrade
    /// (a backup, a rebuild of some tables: seconds for a station's file, a minute for a million
    /// appeals), read from its header without opening it. So the desktop program can say so first.
    static bool needsUpgrade(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    /// Non-empty when the quick integrity check found damage: a sentence for the user (the file was then
    /// opened read-only; restoring the newest good backup is the way out).
    QString damage() const { return m_damage; }
    /// True when open() left the integrity check to the caller (Check::AfterFirstScreen): the file has
    /// not been checked yet in this session. Cleared by integrityCheckPassed() and reportDamage().
    bool integrityCheckDue() const { return m_checkDue; }
    /// True when open() left today's automatic backup to the work after the first screen (with the
    /// integrity check, IntegrityCheck::start(path, true)).
    bool dailyBackupDue() const { return m_dailyBackupDue; }
    /// True when the previous program that had the file open for writing did not end cleanly (its lock
    /// was stale); the integrity check then ran on open.
    bool previousSessionEndedUncleanly() const { return m_uncleanEnd; }
    /// The check run after opening found the file sound.
    void integrityCheckPassed() { m_checkDue = false; }
    /// The check run after opening found `problems` (SQLite's words): the file becomes read-only at once
    /// as if the check had run on open (damage() is set, naming the newest good backup). No new write
    /// transaction starts; one already running finishes or rolls back, then the lock is released.
    /// What was saved before stays in the file.
    void reportDamage(const QString &problems);
    /// Things the user should know about how the file is stored (network folder, a failed automatic
    /// backup); empty when all is well. One sentence per entry.
    QStringList notices() const { return m_notices; }
    /// Whether the file is kept in rollback-journal mode because it lives on a network folder.
    bool isOnNetworkFolder() const { return m_onNetwork; }
    /// Keeps this program's write lock alive for other machines; call about once a minute.
    void refreshLock();
    QSqlDatabase connection() const;
    /// The raw SQLite handle of this connection (online backup, application-defined functions).
    sqlite3 *handle() const;
    /// True when the file at path() is no longer the one this connection has open: it was deleted,
    /// renamed or moved away, or another file was put in its place. Writing is then refused (see
    /// beginWrite() and docs/STORAGE.md).
    bool fileHasMoved() const;

    /// A prepared statement on this connection.
    QSqlQuery prepare(const QString &sql) const;
    /// Runs a statement without bound values (DDL, PRAGMA); returns the failure as a Status.
    Status exec(const QString &sql) const;
    /// Binds `values` positionally. Null QStrings bind as '' (text columns are NOT NULL); an invalid
    /// QVariant binds as NULL.
    static void bind(QSqlQuery &query, const QVariantList &values);
    /// Runs a prepared query after binding `values` positionally (see bind()).
    Status exec(QSqlQuery &query, const QVariantList &values = {}) const;
    /// The first column of the first row of `sql` with `values` bound, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;

    /// The translated message for a failed query, naming what we were doing.
    static Status queryFailure(const QSqlQuery &query);
    /// The same for SQLite's own error text (statements run through handle()).
    static Status failureFromText(const QString &text);

    /// The station this file belongs to (the first station row); 0 when none exists yet.
    qint64 localStationId() const;

    int schemaVersion() const;

    // Transactions: see Transaction. Nested calls become savepoints.
    Status beginWrite();
    Status commitWrite();
    void rollbackWrite();
    int transactionDepth() const { return m_depth; }

private:
    Database(const QString &path, Mode mode);
    Status initialise();
    Status applyPragmas();
    Status quickCheck(bool *finished);
    QString withNewestBackup(const QString &message) const;
    void finishReadOnlySwitch();
    Status migrate();
    Status movedFailure() const;
    void releaseMovedLog();

    QString m_path;
    QString m_connectionName;
    Mode m_mode;
    int m_depth = 0;
    mutable qint64 m_localStationId = -1;
    std::unique_ptr<DatabaseLock> m_lock;
    bool m_onNetwork = false;
    QString m_damage;
    QStringList m_notices;
    Check m_check = Check::OnOpen;
    bool m_dailyBackupDue = false;
    bool m_checkDue = false;
    bool m_uncleanEnd = false;
};

/// A write transaction: BEGIN IMMEDIATE (so it never fails half-way with SQLITE_BUSY on its first
/// write), rolled back on destruction unless commit() succeeded. Nested ones use savepoints.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether BEGIN succeeded; when not, status() says why and nothing must be written.
    bool isActive() const { return m_active; }
    const Status &status() const { return m_status; }
    Status commit();

private:
    Database &m_db;
    bool m_active = false;
    Status m_status;
};
