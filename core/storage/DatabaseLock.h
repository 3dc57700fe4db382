#pragma once

#include "common/Status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>

/// Who holds a ledger file open for writing, as written in its lock file.
struct LockHolder
{
    QString user;    ///< the OS user
    QString clerk;   ///< the clerk name from the settings, may be empty
    QString machine; ///< the host name
    qint64 pid = 0;
    QDateTime since;     ///< UTC
    QDateTime heartbeat; ///< UTC; refreshed while the holder runs (see DatabaseLock::refresh)

    /// "Wang Fang (wangf) on STATION-PC since 2026-11-27 09:12" in the user's language.
    QString describe() const;
};

/// The single-writer lock of one ledger file: "<file>.lock" next to it, holding who has it open for
/// writing. SQLite's own locks protect single transactions; this lock keeps a second program (another
/// window, another PC on a shared folder) from editing the same ledger at the same time, and tells it
/// who does. Within one process the lock is shared (threads open their own connections).
class DatabaseLock
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLock)
public:
    /// A lock of another machine whose heartbeat is older than this is stale.
    static constexpr int kStaleAfterSeconds = 15 * 60;

    /// Takes the lock of `databasePath`. On failure `holder` (if given) says who has it; the status
    /// says so in plain words. A stale lock (dead process on this machine, or no heartbeat for
    /// kStaleAfterSeconds from another machine) is cleared and taken over.
    static std::unique_ptr<DatabaseLock> acquire(const QString &databasePath, Status *status,
                                                 LockHolder *holder = nullptr);
    /// Reads the lock file of `databasePath`; false when there is none or it cannot be read.
    static bool read(const QString &databasePath, LockHolder *holder);
    /// True when `databasePath` has a lock left behind by a program that did not end cleanly (it
    /// crashed, was killed, or the computer lost power): the lock acquire() would clear. A read-only
    /// open uses this to learn what a writer learns from tookOverStaleLock().
    static bool staleLockExists(const QString &databasePath);
    static QString lockPath(const QString &databasePath);

    /// Releases the lock (the file is removed when the last user in this process releases it).
    ~DatabaseLock();
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

    /// Rewrites the heartbeat so other machines see the lock is alive; the GUI calls this every minute.
    void refresh();
    /// True when acquire() cleared a stale lock to take this one: the previous program that had the
    /// file open for writing did not end cleanly (the integrity check then runs on open, see
    /// docs/STORAGE.md).
    bool tookOverStaleLock() const { return m_tookOverStale; }

private:
    explicit DatabaseLock(QString lockFile);
    static bool isStale(const LockHolder &holder);
    static Status write(const QString &lockFile, const LockHolder &holder);

    QString m_lockFile;
    bool m_tookOverStale = false;
};
