#pragma once

#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>

class QThread;
struct sqlite3;

/// The integrity check of a ledger file (PRAGMA quick_check) on a read-only SQLite connection of its
/// own, so that the desktop program can run it in a worker thread after the first screen instead of
/// making the clerk wait for it on open (Database::Check::AfterFirstScreen, docs/STORAGE.md).
/// The connection is plain SQLite (no QSqlDatabase): it is opened, used and closed in the worker thread.
/// The check can be interrupted at any time (stop(), or destroying the object), e.g. when the file is
/// closed, another one is opened or the program quits.
class IntegrityCheck : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Sound,      ///< the whole file was read and found consistent
        Damaged,    ///< problems says what SQLite found
        NotChecked, ///< interrupted, or the file could not be read for a reason that is not damage
    };
    struct Result
    {
        Outcome outcome = Outcome::NotChecked;
        QString problems;     ///< Damaged: SQLite's findings, "; "-separated; NotChecked: why
        QString backupMade;   ///< the daily backup written after a sound check (start(path, true))
        QString backupFailed; ///< why that backup failed, a sentence for the clerk
    };

    explicit IntegrityCheck(QObject *parent = nullptr);
    /// Interrupts a running check and waits for its thread to end.
    ~IntegrityCheck() override;
    IntegrityCheck(const IntegrityCheck &) = delete;
    IntegrityCheck &operator=(const IntegrityCheck &) = delete;

    /// Checks `path` in a worker thread; finished() follows on this object's thread unless stop() came
    /// first. Does nothing while a check is running. With `thenDailyBackup`, a sound file then gets
    /// today's automatic backup (BackupManager::dailyBackupOfFile) in the same thread: never a copy of
    /// a file found damaged, which rotation could let push the good backups out.
    void start(const QString &path, bool thenDailyBackup = false);
    /// Interrupts a running check and waits for its thread (SQLite stops within milliseconds);
    /// finished() is then not emitted.
    void stop();
    bool isRunning() const;

    /// Runs the check in the calling thread (the benchmark; tests).
    static Result run(const QString &path, bool thenDailyBackup = false);

signals:
    /// The check ended (not after stop()). `result.outcome` is Damaged when the file is damaged.
    void finished(const IntegrityCheck::Result &result);

private:
    /// Shared between the worker and stop(): the flag the progress handler reads, and the connection
    /// to interrupt (guarded by the mutex so that it is never interrupted after being closed).
    struct Control
    {
        std::atomic_bool cancelled{false};
        QMutex mutex;
        sqlite3 *handle = nullptr;
    };
    static Result check(const QString &path, Control *control);
    static Result checkThenBackUp(const QString &path, bool thenDailyBackup, Control *control);
    void threadEnded();

    QThread *m_thread = nullptr;
    quint64 m_generation = 0;
    Control m_control;
    Result m_result;
};

Q_DECLARE_METATYPE(IntegrityCheck::Result)
