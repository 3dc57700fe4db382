#include "storage/DatabaseLock.h"

#include "common/SystemUser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSaveFile>
#include <QSettings>
#include <QSysInfo>

#include <cerrno>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <signal.h>
#include <unistd.h>
#endif

namespace {

// Locks held by this process, by lock file: threads of one program share the lock.
QMutex s_mutex;
QHash<QString, int> s_heldHere;

qint64 currentPid()
{
    return QCoreApplication::applicationPid();
}

QString osUser()
{
    return SystemUser::name();
}

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!h)
        return false;
    DWORD code = 0;
    const bool alive = GetExitCodeProcess(h, &code) && code == STILL_ACTIVE;
    CloseHandle(h);
    return alive;
#else
    // EPERM: the process exists but belongs to someone else.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#endif
}

#ifndef Q_OS_WIN
// Private lock files ("<lock>.<pid>.tmp") of programs on this machine that were killed before they
// linked theirs.
void removeLeftovers(const QString &lockFile)
{
    const QFileInfo info(lockFile);
    const QStringList names = info.dir().entryList({info.fileName() + QStringLiteral(".*.tmp")}, QDir::Files);
    for (const QString &name : names) {
        bool ok = false;
        const qint64 pid = name.mid(info.fileName().size() + 1).chopped(4).toLongLong(&ok);
        if (ok && !processAlive(pid))
            QFile::remove(info.dir().filePath(name));
    }
}
#endif

} // namespace

QString LockHolder::describe() const
{
    const QString who = clerk.isEmpty() ? user : QStringLiteral("%1 (%2)").arg(clerk, user);
    return DatabaseLock::tr("%1 on %2 since %3")
        .arg(who, machine, since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString DatabaseLock::lockPath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

bool DatabaseLock::read(const QString &databasePath, LockHolder *holder)
{
    QFile f(lockPath(databasePath));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(f.read(64 * 1024)).object();
    if (o.isEmpty())
        return false;
    holder->user = o.value(QStringLiteral("user")).toString();
    holder->clerk = o.value(QStringLiteral("clerk")).toString();
    holder->machine = o.value(QStringLiteral("machine")).toString();
    holder->pid = o.value(QStringLiteral("pid")).toVariant().toLongLong();
    holder->since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
    holder->heartbeat = QDateTime::fromString(o.value(QStringLiteral("heartbeat")).toString(), Qt::ISODate);
    return true;
}

bool DatabaseLock::staleLockExists(const QString &databasePath)
{
    const QFileInfo lock(lockPath(databasePath));
    if (!lock.exists())
        return false;
    LockHolder holder;
    if (!read(databasePath, &holder))
        // An unreadable lock is being written right now, or was left half-written by a killed program.
        return lock.lastModified().secsTo(QDateTime::currentDateTime()) >= 5;
    return isStale(holder);
}

bool DatabaseLock::isStale(const LockHolder &holder)
{
    if (holder.machine == QSysInfo::machineHostName())
        return !processAlive(holder.pid);
    // Another machine: we cannot see its processes; trust the heartbeat.
    return !holder.heartbeat.isValid() ||
           holder.heartbeat.secsTo(QDateTime::currentDateTimeUtc()) > kStaleAfterSeconds;
}

Status DatabaseLock::write(const QString &lockFile, const LockHolder &holder)
{
    QJsonObject o;
    o.insert(QStringLiteral("user"), holder.user);
    o.insert(QStringLiteral("clerk"), holder.clerk);
    o.insert(QStringLiteral("machine"), holder.machine);
    o.insert(QStringLiteral("pid"), holder.pid);
    o.insert(QStringLiteral("since"), holder.since.toString(Qt::ISODate));
    o.insert(QStringLiteral("heartbeat"), holder.heartbeat.toString(Qt::ISODate));
    // Written to a temporary name and renamed: a reader never sees half a lock file.
    QSaveFile f(lockFile);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit())
        return Status::failure(tr("Cannot write the lock file \"%1\": %2. Check that you may write in the "
                                  "ledger's folder.")
                                   .arg(QDir::toNativeSeparators(lockFile), f.errorString()));
    return Status::ok();
}

std::unique_ptr<DatabaseLock> DatabaseLock::acquire(const QString &databasePath, Status *status,
                                                    LockHolder *holder)
{
    const QString lockFile = lockPath(databasePath);
    QMutexLocker locker(&s_mutex);
    *status = Status::ok();
    if (s_heldHere.value(lockFile) > 0) {
        ++s_heldHere[lockFile];
        return std::unique_ptr<DatabaseLock>(new DatabaseLock(lockFile));
    }
    LockHolder me;
    me.user = osUser();
    me.clerk = QSettings().value(QStringLiteral("clerkName")).toString();
    me.machine = QSysInfo::machineHostName();
    me.pid = currentPid();
    me.since = QDateTime::currentDateTimeUtc();
    me.heartbeat = me.since;

    bool clearedStale = false;
    const auto taken = [&clearedStale](const QString &file) {
        auto lock = std::unique_ptr<DatabaseLock>(new DatabaseLock(file));
        lock->m_tookOverStale = clearedStale;
        return lock;
    };
    // Two attempts: the second after clearing a stale lock. Creating the file exclusively (O_EXCL
    // through QFile::NewOnly) decides races between two programs starting at the same moment.
    for (int attempt = 0; attempt < 2; ++attempt) {
#ifndef Q_OS_WIN
        // The lock is written whole under a private name and then hard-linked to its real name: link()
        // fails when the name exists, so the lock appears complete or not at all, and a program killed
        // while opening leaves no empty lock behind that would block the next one. Where the file
        // system has no hard links (FAT on USB sticks) the exclusive create below is used instead.
        const QString privateName = lockFile + QStringLiteral(".%1.tmp").arg(me.pid);
        if (write(privateName, me)) {
            const int linked =
                ::link(QFile::encodeName(privateName).constData(), QFile::encodeName(lockFile).constData());
            const int error = errno;
            QFile::remove(privateName);
            if (linked == 0) {
                removeLeftovers(lockFile);
                s_heldHere[lockFile] = 1;
                return taken(lockFile);
            }
            if (error == EEXIST && !QFileInfo::exists(lockFile))
                continue; // removed in the meantime: try again
        }
#endif
        QFile probe(lockFile);
        if (probe.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            probe.close();
            if (Status s = write(lockFile, me); !s) {
                QFile::remove(lockFile);
                *status = s;
                return nullptr;
            }
            s_heldHere[lockFile] = 1;
            return taken(lockFile);
        }
        if (!QFileInfo::exists(lockFile)) {
            *status =
                Status::failure(tr("Cannot create the lock file \"%1\": %2. Check that you may write in "
                                   "the ledger's folder, or open the ledger read-only.")
                                    .arg(QDir::toNativeSeparators(lockFile), probe.errorString()));
            return nullptr;
        }
        LockHolder other;
        const bool readable = read(databasePath, &other);
        if (readable && !isStale(other)) {
            if (holder)
                *holder = other;
            *status =
                Status::failure(tr("The ledger is being edited by %1. You can open it read-only, or ask them "
                                   "to close it first.")
                                    .arg(other.describe()));
            return nullptr;
        }
        // An unreadable lock file just created by someone else is not yet written: treat it as held.
        if (!readable && QFileInfo(lockFile).lastModified().secsTo(QDateTime::currentDateTime()) < 5) {
            *status = Status::failure(tr("Another program is opening the ledger right now. Try again in a "
                                         "moment, or open it read-only."));
            return nullptr;
        }
        QFile::remove(lockFile);
        clearedStale = true;
    }
    *status = Status::failure(tr("Cannot take the lock file \"%1\". Try again in a moment.")
                                  .arg(QDir::toNativeSeparators(lockFile)));
    return nullptr;
}

DatabaseLock::DatabaseLock(QString lockFile)
    : m_lockFile(std::move(lockFile))
{}

DatabaseLock::~DatabaseLock()
{
    QMutexLocker locker(&s_mutex);
    if (--s_heldHere[m_lockFile] <= 0) {
        s_heldHere.remove(m_lockFile);
        QFile::remove(m_lockFile);
    }
}

void DatabaseLock::refresh()
{
    LockHolder me;
    if (!read(m_lockFile.chopped(5), &me))
        return;
    me.heartbeat = QDateTime::currentDateTimeUtc();
    write(m_lockFile, me);
}
