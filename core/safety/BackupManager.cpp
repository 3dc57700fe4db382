#include "safety/BackupManager.h"

#include "storage/Database.h"
#include "storage/DatabaseLock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

const QString kSuffix = QStringLiteral(".sqlite");

QString stemOf(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

QString nowStamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
}

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// Forces a file's (or on POSIX a folder's) contents to the disk.
bool syncPath(const QString &path, bool folder)
{
#ifdef Q_OS_WIN
    if (folder)
        return true; // Windows has no directory fsync; MoveFileEx(WRITE_THROUGH) covers the rename.
    HANDLE h = CreateFileW(reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(path).utf16()), GENERIC_WRITE,
                           FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, 0, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return false;
    const bool ok = FlushFileBuffers(h);
    CloseHandle(h);
    return ok;
#else
    const int fd = ::open(QFile::encodeName(path).constData(), folder ? O_RDONLY : O_RDWR);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#endif
}

bool atomicRename(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    return MoveFileExW(reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(from).utf16()),
                       reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(to).utf16()),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
#else
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

// The result of PRAGMA integrity_check on an open connection: "ok" or the problems found.
QString integrityOf(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check(5)", -1, &stmt, nullptr) != SQLITE_OK)
        return sqliteError(db);
    QStringList rows;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        rows << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    if (rc != SQLITE_DONE)
        rows << sqliteError(db);
    sqlite3_finalize(stmt);
    return rows.join(QLatin1String("; "));
}

struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection() { sqlite3_close(db); }
};

} // namespace

QString BackupManager::backupFolder(const QString &databasePath)
{
    const QString configured = QSettings().value(QStringLiteral("backupFolder")).toString();
    if (!configured.isEmpty())
        return QDir::cleanPath(configured);
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

void BackupManager::setBackupFolder(const QString &folder)
{
    QSettings settings;
    if (folder.isEmpty())
        settings.remove(QStringLiteral("backupFolder"));
    else
        settings.setValue(QStringLiteral("backupFolder"), folder);
}

int BackupManager::keepDaily()
{
    return qMax(1, QSettings().value(QStringLiteral("backupKeepDaily"), 7).toInt());
}

int BackupManager::keepMonthly()
{
    return qMax(0, QSettings().value(QStringLiteral("backupKeepMonthly"), 12).toInt());
}

namespace {

// SQLite calls this every few thousand steps of the copy's integrity check; non-zero interrupts it.
int stopWhenCancelled(void *cancel)
{
    return static_cast<const std::atomic_bool *>(cancel)->load() ? 1 : 0;
}

} // namespace

Status BackupManager::copyDatabase(sqlite3 *source, const QString &target, const std::atomic_bool *cancel)
{
    const QFileInfo targetInfo(target);
    if (!QDir().mkpath(targetInfo.absolutePath()))
        return Status::failure(tr("Cannot create the folder \"%1\" for the backup.")
                                   .arg(QDir::toNativeSeparators(targetInfo.absolutePath())));
    const QString temporary = targetInfo.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(temporary);
    const auto failed = [&](const QString &why) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
        return Status::failure(tr("The backup to \"%1\" failed: %2. The ledger itself was not changed.")
                                   .arg(QDir::toNativeSeparators(target), why));
    };
    {
        Connection copy;
        if (sqlite3_open_v2(QFile::encodeName(temporary).constData(), &copy.db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
            return failed(sqliteError(copy.db));
        sqlite3_backup *backup = sqlite3_backup_init(copy.db, "main", source, "main");
        if (!backup)
            return failed(sqliteError(copy.db));
        int rc;
        int busyTries = 0;
        // All pages in one step: the copy is one consistent snapshot. Busy: another program is in
        // the middle of a checkpoint; wait a little.
        while ((rc = sqlite3_backup_step(backup, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++busyTries > 100)
                break;
            sqlite3_sleep(50);
        }
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            return failed(QString::fromUtf8(sqlite3_errstr(rc)));
        if (cancel && cancel->load())
            return failed(tr("it was stopped"));
        // The copy stands alone: no write-ahead log beside it.
        if (sqlite3_exec(copy.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
            return failed(sqliteError(copy.db));
        if (cancel)
            sqlite3_progress_handler(copy.db, 10000, stopWhenCancelled,
                                     const_cast<std::atomic_bool *>(cancel));
        const QString integrity = integrityOf(copy.db);
        if (cancel && cancel->load())
            return failed(tr("it was stopped"));
        if (integrity != QLatin1String("ok"))
            return failed(tr("the copy did not pass the integrity check (%1)").arg(integrity));
    }
    if (!syncPath(temporary, false))
        return failed(tr("cannot flush the copy to the disk"));
    if (!atomicRename(temporary, target))
        return failed(tr("cannot rename the copy to its final name"));
    syncPath(targetInfo.absolutePath(), true);
    return Status::ok();
}

Status BackupManager::backupTo(const Database &db, const QString &target)
{
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return Status::failure(
            tr("A backup cannot replace the ledger it is made from; choose another file."));
    sqlite3 *handle = db.handle();
    if (!handle)
        return Status::failure(tr("The ledger is not open."));
    return copyDatabase(handle, target);
}

Status BackupManager::verify(const QString &file)
{
    const QFileInfo info(file);
    if (!info.isFile() || info.size() == 0)
        return Status::failure(tr("\"%1\" does not exist or is empty; it is not a backup of a ledger.")
                                   .arg(QDir::toNativeSeparators(file)));
    if (Status s = Database::inspect(file); !s)
        return s;
    Connection c;
    // Immutable: read the file as it is, without creating a journal or touching it.
    const QByteArray uri =
        "file:" + QUrl::fromLocalFile(info.absoluteFilePath()).toEncoded(QUrl::RemoveScheme) +
        "?mode=ro&immutable=1";
    if (sqlite3_open_v2(uri.constData(), &c.db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK)
        return Status::failure(
            tr("Cannot read \"%1\": %2").arg(QDir::toNativeSeparators(file), sqliteError(c.db)));
    const QString integrity = integrityOf(c.db);
    if (integrity != QLatin1String("ok"))
        return Status::failure(tr("\"%1\" is damaged (the integrity check found: %2); it cannot be used.")
                                   .arg(QDir::toNativeSeparators(file), integrity));
    return Status::ok();
}

QString BackupManager::dailyBackupPath(const QString &databasePath)
{
    return QDir(backupFolder(databasePath))
        .filePath(stemOf(databasePath) + QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate) +
                  kSuffix);
}

bool BackupManager::dailyBackupDue(const QString &databasePath)
{
    return QSettings().value(QStringLiteral("automaticBackups"), true).toBool() &&
           !QFileInfo::exists(dailyBackupPath(databasePath));
}

Status BackupManager::dailyBackupOfFile(const QString &databasePath, QString *made,
                                        const std::atomic_bool *cancel)
{
    if (!dailyBackupDue(databasePath))
        return Status::ok();
    const QString target = dailyBackupPath(databasePath);
    Connection source;
    if (sqlite3_open_v2(QFile::encodeName(databasePath).constData(), &source.db, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK)
        return Status::failure(tr("Today's automatic backup failed: %1").arg(sqliteError(source.db)));
    sqlite3_busy_timeout(source.db, 5000);
    if (Status s = copyDatabase(source.db, target, cancel); !s)
        return Status::failure(tr("Today's automatic backup failed: %1").arg(s.message()));
    if (made)
        *made = target;
    rotate(databasePath);
    return Status::ok();
}

Status BackupManager::dailyBackupIfDue(const Database &db, QString *made)
{
    if (!dailyBackupDue(db.path()))
        return Status::ok();
    const QString target = dailyBackupPath(db.path());
    if (Status s = backupTo(db, target); !s)
        return Status::failure(tr("Today's automatic backup failed: %1").arg(s.message()));
    if (made)
        *made = target;
    rotate(db.path());
    return Status::ok();
}

Status BackupManager::backupBeforeMigration(const Database &db, int fromVersion, QString *made)
{
    const QString target =
        QDir(backupFolder(db.path()))
            .filePath(stemOf(db.path()) + QStringLiteral("-before-format-%1-").arg(fromVersion) + nowStamp() +
                      kSuffix);
    if (Status s = backupTo(db, target); !s)
        return s;
    if (made)
        *made = target;
    rotate(db.path());
    return Status::ok();
}

void BackupManager::rotate(const QString &databasePath)
{
    QDir folder(backupFolder(databasePath));
    const QString stem = QRegularExpression::escape(stemOf(databasePath));
    const QRegularExpression daily(QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$").arg(stem));
    const QRegularExpression other(QStringLiteral("^%1-before-(format-\\d+|restore)-.*\\.sqlite$").arg(stem));

    QMap<QDate, QString> dailies;      // ascending by date
    QMap<QString, QStringList> others; // by kind, names sort by their stamp
    const QStringList names = folder.entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (const auto m = daily.match(name); m.hasMatch()) {
            const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
            if (date.isValid())
                dailies.insert(date, name);
        } else if (const auto o = other.match(name); o.hasMatch()) {
            others[o.captured(1).startsWith(QLatin1String("format")) ? QStringLiteral("format")
                                                                     : QStringLiteral("restore")]
                << name;
        }
    }
    QStringList keep;
    const QList<QDate> dates = dailies.keys();
    for (int i = 0; i < dates.size() && i < keepDaily(); ++i)
        keep << dailies.value(dates.at(dates.size() - 1 - i));
    // The newest backup of each month, for the newest keepMonthly() months.
    QMap<int, QString> newestOfMonth;
    for (auto it = dailies.cbegin(); it != dailies.cend(); ++it)
        newestOfMonth.insert(it.key().year() * 100 + it.key().month(), it.value());
    const QList<int> months = newestOfMonth.keys();
    for (int i = 0; i < months.size() && i < keepMonthly(); ++i)
        keep << newestOfMonth.value(months.at(months.size() - 1 - i));
    for (const QString &name : std::as_const(dailies)) {
        if (!keep.contains(name))
            folder.remove(name);
    }
    for (const QStringList &list : std::as_const(others)) {
        for (int i = 0; i + 3 < list.size(); ++i)
            folder.remove(list.at(i));
    }
}

QStringList BackupManager::backups(const QString &databasePath)
{
    const QDir folder(backupFolder(databasePath));
    const QFileInfoList files =
        folder.entryInfoList({stemOf(databasePath) + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Time);
    QStringList paths;
    for (const QFileInfo &f : files)
        paths << f.absoluteFilePath();
    return paths;
}

QString BackupManager::newestGoodBackup(const QString &databasePath)
{
    const QStringList all = backups(databasePath);
    for (const QString &path : all) {
        if (verify(path))
            return path;
    }
    return {};
}

Status BackupManager::restore(const QString &source, const QString &databasePath, QString *keptCopy)
{
    const QString sourcePath = QFileInfo(source).absoluteFilePath();
    const QString targetPath = QFileInfo(databasePath).absoluteFilePath();
    if (sourcePath == targetPath)
        return Status::failure(tr("A ledger cannot be restored from itself; choose a backup file."));
    if (Status s = verify(sourcePath); !s)
        return Status::failure(tr("Nothing was restored: %1").arg(s.message()));

    Status lockStatus;
    const auto lock = DatabaseLock::acquire(targetPath, &lockStatus);
    if (!lock)
        return Status::failure(tr("Nothing was restored: %1").arg(lockStatus.message()));

    // Keep what is being replaced. A readable ledger is copied through SQLite (its write-ahead log
    // included) and then folded into one file; a damaged one is copied byte for byte.
    if (QFileInfo(targetPath).isFile() && QFileInfo(targetPath).size() > 0) {
        const QString kept =
            QDir(backupFolder(targetPath))
                .filePath(stemOf(targetPath) + QStringLiteral("-before-restore-") + nowStamp() + kSuffix);
        Connection current;
        bool copied = false;
        if (sqlite3_open_v2(QFile::encodeName(targetPath).constData(), &current.db, SQLITE_OPEN_READWRITE,
                            nullptr) == SQLITE_OK) {
            copied = copyDatabase(current.db, kept).isOk();
            if (copied)
                sqlite3_exec(current.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        }
        if (!copied) {
            QDir().mkpath(QFileInfo(kept).absolutePath());
            QFile::remove(kept);
            if (!QFile::copy(targetPath, kept))
                return Status::failure(
                    tr("Nothing was restored: the current ledger could not be kept as \"%1\".")
                        .arg(QDir::toNativeSeparators(kept)));
            const QString wal = targetPath + QStringLiteral("-wal");
            if (QFileInfo::exists(wal))
                QFile::copy(wal, kept + QStringLiteral("-wal"));
        }
        if (keptCopy)
            *keptCopy = kept;
    }

    Connection from;
    if (sqlite3_open_v2(QFile::encodeName(sourcePath).constData(), &from.db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK)
        return Status::failure(tr("Nothing was restored: cannot read \"%1\": %2")
                                   .arg(QDir::toNativeSeparators(sourcePath), sqliteError(from.db)));
    // A write-ahead log left beside the old file would be replayed into the restored one.
    QFile::remove(targetPath + QStringLiteral("-wal"));
    QFile::remove(targetPath + QStringLiteral("-shm"));
    if (Status s = copyDatabase(from.db, targetPath); !s)
        return s;
    return Status::ok();
}
