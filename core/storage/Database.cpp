#include "storage/Database.h"

#include "common/Ids.h"
#include "safety/AuditActor.h"
#include "safety/BackupManager.h"
#include "storage/Migrations.h"
#include "storage/StorageLocation.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QtEndian>

#include <sqlite3.h>

namespace {

QAtomicInteger<quint64> s_connectionCounter;

// The first 100 bytes of an SQLite file: magic string, then big-endian header fields.
constexpr int kHeaderSize = 100;
constexpr int kUserVersionOffset = 60;
constexpr int kApplicationIdOffset = 68;
const char kSqliteMagic[] = "SQLite format 3";

} // namespace

Database::Database(const QString &path, Mode mode)
    : m_path(path)
    , m_connectionName(QStringLiteral("ledger-%1").arg(++s_connectionCounter))
    , m_mode(mode)
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_depth > 0)
                db.exec(QStringLiteral("ROLLBACK"));
            if (m_mode == Mode::ReadWrite && fileHasMoved())
                releaseMovedLog();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Database::inspect(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return Status::ok();
    if (info.isDir())
        return Status::failure(tr("\"%1\" is a folder, not a ledger file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            tr("Cannot read \"%1\": %2. Check that the file exists and that you may open it.")
                .arg(path, file.errorString()));
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith(QByteArray(kSqliteMagic)))
        return Status::failure(
            tr("\"%1\" is not a ledger file of this program (it is not an SQLite database). "
               "The file was not changed.")
                .arg(path));
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const quint32 userVersion = qFromBigEndian<quint32>(bytes + kUserVersionOffset);
    const quint32 applicationId = qFromBigEndian<quint32>(bytes + kApplicationIdOffset);
    // A ledger just created by a program that still has it open may have its header only in the
    // write-ahead log; SQLite itself checks the id then (initialise()).
    const bool headerInLog = applicationId == 0 && QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (applicationId != static_cast<quint32>(kApplicationId) && !headerInLog)
        return Status::failure(
            tr("\"%1\" is an SQLite database of another program, not a liaison-station ledger. "
               "The file was not changed.")
                .arg(path));
    if (userVersion > static_cast<quint32>(Migrations::latestVersion()))
        return Status::failure(
            tr("\"%1\" was written by a newer version of Liaison Ledger (file format %2, this "
               "program understands up to %3). Install the newer version to open it; the "
               "file was not changed.")
                .arg(path)
                .arg(userVersion)
                .arg(Migrations::latestVersion()));
    return Status::ok();
}

bool Database::needsUpgrade(const QString &path)
{
    if (!inspect(path).isOk())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize)
        return false; // a new file: created at the latest format
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const quint32 userVersion = qFromBigEndian<quint32>(bytes + kUserVersionOffset);
    // 0: an SQLite file whose header is still in its write-ahead log, or not ours; open() decides.
    return userVersion > 0 && userVersion < static_cast<quint32>(Migrations::latestVersion());
}

Database::OpenResult Database::open(const QString &path, Mode mode, Check check)
{
    OpenResult result;
    result.status = inspect(path);
    if (!result.status)
        return result;
    const QFileInfo info(path);
    if (mode == Mode::ReadOnly && !info.exists()) {
        result.status = Status::failure(tr("The ledger file \"%1\" does not exist.").arg(path));
        return result;
    }
    // SQLite keeps working files beside the ledger (the write-ahead log and its index; we add the lock
    // file), so a folder that does not allow creating files makes the ledger unusable, even for reading.
    // Say so in those words instead of SQLite's "attempt to write a readonly database".
    const QFileInfo folder(info.absolutePath());
    const QString folderRefusal =
        tr("The folder \"%1\" does not allow creating files, and the program needs to keep its working files "
           "(a lock and a write-ahead log) beside the ledger file. Copy the ledger file to a folder "
           "where you may write, such as your Documents folder, and open the copy. The file was not "
           "changed.")
            .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    if (mode == Mode::ReadWrite) {
        if (info.exists() && !info.isWritable()) {
            result.status = Status::failure(
                tr("The ledger file \"%1\" is read-only: its permissions, or the disk it is on, do not allow "
                   "changes. Open it read-only to look at it, or copy it to a folder where you may write and "
                   "open the copy. The file was not changed.")
                    .arg(QDir::toNativeSeparators(path)));
            return result;
        }
        if (folder.exists() && !folder.isWritable()) {
            result.status = Status::failure(folderRefusal);
            return result;
        }
    }
    std::unique_ptr<Database> db(new Database(path, mode));
    db->m_check = check;
    if (mode == Mode::ReadWrite) {
        db->m_lock = DatabaseLock::acquire(path, &result.status, &result.lockHolder);
        if (!db->m_lock) {
            result.locked = !result.lockHolder.machine.isEmpty();
            return result;
        }
        db->m_uncleanEnd = db->m_lock->tookOverStaleLock();
    } else if (check == Check::AfterFirstScreen) {
        // A read-only open takes no lock, but a lock left behind says the last writer did not end
        // cleanly just as well.
        db->m_uncleanEnd = DatabaseLock::staleLockExists(path);
    }
    result.status = db->initialise();
    if (result.status)
        result.database = std::move(db);
    else if (folder.exists() && !folder.isWritable())
        result.status = Status::failure(folderRefusal);
    return result;
}

Status Database::initialise()
{
    // SQLite counts every allocation it makes under one process-wide mutex, for sqlite3_memory_used(),
    // which this program never asks; without it an import's millions of small allocations are cheaper
    // (docs/PERFORMANCE.md). Only possible before SQLite is first used, which is here: later calls
    // fail harmlessly.
    static const int memoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(memoryStatistics);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return Status::failure(tr("Cannot open \"%1\": %2").arg(m_path, db.lastError().text()));
    // The audit triggers call these; without them no ledger table can be changed (docs/AUDIT.md).
    AuditActor::reloadFromSettings();
    if (!AuditActor::registerFunctions(handle()))
        return Status::failure(
            tr("Cannot prepare \"%1\" for recording changes (the audit trail). The file was "
               "not changed.")
                .arg(m_path));

    // A file that SQLite cannot read past its header is damaged; say so before anything else.
    const QVariant appId = scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId.isValid())
        return Status::failure(
            tr("\"%1\" is damaged or not a database: %2. The file was not changed; restore a "
               "backup.")
                .arg(m_path, db.lastError().text()));
    const int version = schemaVersion();
    QString networkReason;
    if (appId.toInt() != 0 && appId.toInt() != kApplicationId)
        return Status::failure(
            tr("\"%1\" is an SQLite database of another program, not a liaison-station ledger. "
               "The file was not changed.")
                .arg(m_path));
    if (appId.toInt() == 0) {
        // Application id 0 is acceptable only for a brand-new, empty database we are about to create.
        const int objects = scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt();
        if (objects > 0 || version != 0)
            return Status::failure(
                tr("\"%1\" is an SQLite database of another program, not a liaison-station "
                   "ledger. The file was not changed.")
                    .arg(m_path));
        if (m_mode == Mode::ReadOnly)
            return Status::failure(tr("\"%1\" is an empty file, not a ledger.").arg(m_path));
    }
    if (version > Migrations::latestVersion())
        return Status::failure(
            tr("\"%1\" was written by a newer version of Liaison Ledger. Install the newer "
               "version to open it; the file was not changed.")
                .arg(m_path));

    // A file whose list of tables cannot be read is damaged beyond opening, even read-only.
    if (version > 0 && !scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema")).isValid())
        return Status::failure(
            tr("\"%1\" is damaged: its list of tables cannot be read (%2). The file was not "
               "changed; restore a backup.")
                .arg(m_path, db.lastError().text()));
    m_onNetwork = StorageLocation::isNetworkPath(m_path, &networkReason);
    if (m_onNetwork)
        m_notices << networkReason;
    if (version > 0) {
        // The check reads every page: 0.3 s CPU at 100,000 appeals, 1.4 s at a million. The desktop
        // program runs it after the first screen when nothing suggests damage (docs/STORAGE.md). It
        // still runs here after an unclean end (a crash or power cut is when damage appears), before an
        // upgrade (which rewrites much of the file), and on a network folder (there the rollback
        // journal is used, and a long reader in the background would hold back every save).
        const bool defer = m_check == Check::AfterFirstScreen && !m_uncleanEnd &&
                           version == Migrations::latestVersion() && !m_onNetwork;
        bool finished = false;
        if (defer) {
            m_checkDue = true;
        } else if (Status s = quickCheck(&finished); !s) {
            // Damaged: never write to it again (that could spread the damage); offer the newest backup.
            m_damage = withNewestBackup(s.message());
            m_mode = Mode::ReadOnly;
            applyPragmas();
            exec(QStringLiteral("PRAGMA query_only = ON"));
            m_lock.reset();
            return Status::ok();
        } else if (!finished && m_check == Check::AfterFirstScreen) {
            // The bounded check ran out of time: the background check goes through the whole file.
            m_checkDue = true;
        }
    }
    if (Status s = applyPragmas(); !s)
        return s;
    if (m_mode == Mode::ReadOnly) {
        if (version < Migrations::latestVersion())
            return Status::failure(tr("\"%1\" uses an older file format and cannot be upgraded while opened "
                                      "read-only. Open it for writing once to upgrade it.")
                                       .arg(m_path));
        return Status::ok();
    }
    return migrate();
}

Status Database::applyPragmas()
{
    // Set explicitly on every open: builds of SQLite differ in their defaults.
    // See docs/STORAGE.md for why each value was chosen.
    // trusted_schema must be ON: the schema's triggers keep the FTS5 search tables up to date, and SQLite
    // refuses any write through them ("unsafe use of virtual table") when it is OFF. The file's schema was
    // checked to be ours (application_id, version) before we get here.
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
                           QStringLiteral("PRAGMA busy_timeout = 5000"),
                           QStringLiteral("PRAGMA trusted_schema = ON"),
                           // 64 MiB of page cache instead of 2 MiB: big lists, statistics and bulk writes
                           // touch many pages (the uuid indexes are written in random order).
                           QStringLiteral("PRAGMA cache_size = -65536")};
    if (m_mode == Mode::ReadWrite) {
        // WAL on a local disk; on a network folder the shared-memory index of WAL is not shared
        // between machines, so the rollback journal (DELETE) is the safe mode there.
        pragmas << (m_onNetwork ? QStringLiteral("PRAGMA journal_mode = DELETE")
                                : QStringLiteral("PRAGMA journal_mode = WAL"))
                << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString &p : std::as_const(pragmas)) {
        if (Status s = exec(p); !s)
            return s;
    }
    return Status::ok();
}

namespace {

int stopWhenExpired(void *deadline)
{
    return static_cast<QDeadlineTimer *>(deadline)->hasExpired() ? 1 : 0;
}

} // namespace

Status Database::quickCheck(bool *finished)
{
    *finished = false;
    // PRAGMA quick_check reads every page; on a very large file it is bounded in time so that opening
    // stays fast: when the budget runs out the check is abandoned (not counted as damage). See
    // docs/STORAGE.md for the measured cost.
    sqlite3 *h = handle();
    QDeadlineTimer deadline(kQuickCheckBudgetMs);
    if (h)
        sqlite3_progress_handler(h, 10000, stopWhenExpired, &deadline);
    QSqlQuery q(connection());
    const bool ran = q.exec(QStringLiteral("PRAGMA quick_check(5)"));
    QStringList problems;
    while (ran && q.next())
        problems << q.value(0).toString();
    const QString error = q.lastError().databaseText();
    q.finish();
    if (h)
        sqlite3_progress_handler(h, 0, nullptr, nullptr);
    if (!ran) {
        if (deadline.hasExpired() || error.contains(QLatin1String("interrupt")))
            return Status::ok();
        problems << error;
    }
    *finished = true;
    if (problems == QStringList{QStringLiteral("ok")})
        return Status::ok();
    return Status::failure(
        tr("The ledger file \"%1\" is damaged (the integrity check found: %2). It was opened "
           "read-only so that nothing more is lost.")
            .arg(QDir::toNativeSeparators(m_path), problems.join(QLatin1String("; "))));
}

QString Database::withNewestBackup(const QString &message) const
{
    const QString backup = BackupManager::newestGoodBackup(m_path);
    if (backup.isEmpty())
        return message;
    return message + QLatin1Char(' ') +
           tr("The newest good backup is \"%1\"; restore it from the File menu or with "
              "\"liaison-ledger-cli restore --from\".")
               .arg(QDir::toNativeSeparators(backup));
}

void Database::reportDamage(const QString &problems)
{
    m_checkDue = false;
    if (!m_damage.isEmpty())
        return;
    m_damage = withNewestBackup(
        tr("The integrity check that runs after opening found that the ledger file \"%1\" is damaged (%2). "
           "It is now read-only so that nothing more is lost: what was saved before stays in the file, "
           "but nothing more can be saved into it.")
            .arg(QDir::toNativeSeparators(m_path), problems));
    if (m_mode == Mode::ReadOnly)
        return;
    // From now on beginWrite() refuses a new transaction; one in progress (m_depth > 0) may still
    // finish or roll back, and the switch completes when it ends.
    m_mode = Mode::ReadOnly;
    if (m_depth == 0)
        finishReadOnlySwitch();
}

void Database::finishReadOnlySwitch()
{
    // As for damage found on open: no statement may write any more, and other programs may open the
    // file (to restore a backup over it).
    exec(QStringLiteral("PRAGMA query_only = ON"));
    m_lock.reset();
}

void Database::refreshLock()
{
    if (m_lock)
        m_lock->refresh();
}

Status Database::migrate()
{
    const int from = schemaVersion();
    const int to = Migrations::latestVersion();
    if (from == to) {
        // A file whose check runs after the first screen gets its daily backup there too, from the
        // same worker (IntegrityCheck): a verified copy of a large file takes seconds.
        if (m_checkDue)
            m_dailyBackupDue = BackupManager::dailyBackupDue(m_path);
        else if (Status s = BackupManager::dailyBackupIfDue(*this); !s)
            m_notices << s.message();
        return Status::ok();
    }
    if (from > 0) {
        // A copy of the file as it was, before its format changes.
        if (Status s = BackupManager::backupBeforeMigration(*this, from); !s)
            return Status::failure(tr("The file was not upgraded because the backup before the upgrade "
                                      "failed: %1")
                                       .arg(s.message()));
    }
    Transaction tx(*this);
    if (!tx.isActive())
        return tx.status();
    for (int v = from + 1; v <= to; ++v) {
        const QStringList statements = Migrations::statements(v);
        for (const QString &sql : statements) {
            if (Status s = exec(sql); !s)
                return Status::failure(
                    tr("Upgrading the file to format %1 failed: %2").arg(v).arg(s.message()));
        }
        if (Status s = exec(QStringLiteral("PRAGMA user_version = %1").arg(v)); !s)
            return s;
    }
    if (Status s = exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !s)
        return s;
    if (from == 0) {
        QSqlQuery q = prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
        if (Status s = exec(q, {QStringLiteral("created_at"), Ids::nowStamp()}); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    // Move the new header (application id, format) into the file itself, so that another program
    // inspecting the file before this one closes it recognises it.
    exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    return Status::ok();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

bool Database::fileHasMoved() const
{
    sqlite3 *h = handle();
    if (!h)
        return false;
    int moved = 0;
    if (sqlite3_file_control(h, "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK)
        return false;
    return moved != 0;
}

void Database::releaseMovedLog()
{
    // SQLite does not write the log of a moved file back into it when closing, so the log would stay
    // under the old name, and a ledger later put in that place would take our pages from it on its next
    // open (it would silently become a copy of ours). Write the log into the file this connection has
    // open (wherever it now is, or nowhere if it was deleted) and empty it.
    exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

Status Database::movedFailure() const
{
    return Status::failure(
        tr("The ledger file \"%1\" was deleted, moved or replaced by another program while it "
           "was open here, so the change was not saved. To keep what is open now, use \"Save a "
           "copy\" in the File menu; then open the ledger file again from where it is, or "
           "restore a backup.")
            .arg(QDir::toNativeSeparators(m_path)));
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    return q;
}

Status Database::queryFailure(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    return failureFromText(e.databaseText().isEmpty() ? e.text() : e.databaseText());
}

Status Database::failureFromText(const QString &text)
{
    if (text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("not a database")))
        return Status::failure(tr("The ledger file is damaged (%1). Nothing was changed; restore the newest "
                                  "backup.")
                                   .arg(text));
    if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy")))
        return Status::failure(tr("The ledger file is busy: another program is writing to it. Try again in a "
                                  "moment."));
    if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        return Status::failure(tr("The ledger file is open read-only; nothing was changed."));
    if (text.contains(QLatin1String("disk is full")) || text.contains(QLatin1String("full")))
        return Status::failure(tr("The disk is full; nothing was changed. Free some space and try again."));
    return Status::failure(tr("The database refused the change: %1").arg(text));
}

Status Database::exec(const QString &sql) const
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return queryFailure(q);
    return Status::ok();
}

void Database::bind(QSqlQuery &query, const QVariantList &values)
{
    static const QString empty = QStringLiteral("");
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // A null QString would bind as SQL NULL; our text columns are NOT NULL DEFAULT ''.
        // Pass an invalid QVariant (e.g. Ids::dateValue of a null date) for a real NULL.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.bindValue(i, empty);
        else
            query.bindValue(i, v);
    }
}

Status Database::exec(QSqlQuery &query, const QVariantList &values) const
{
    bind(query, values);
    if (!query.exec())
        return queryFailure(query);
    return Status::ok();
}

QVariant Database::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q = prepare(sql);
    bind(q, values);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

qint64 Database::localStationId() const
{
    if (m_localStationId <= 0)
        m_localStationId = scalar(QStringLiteral("SELECT id FROM stations ORDER BY id LIMIT 1")).toLongLong();
    return m_localStationId;
}

int Database::schemaVersion() const
{
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

Status Database::beginWrite()
{
    // Only a new transaction is refused: savepoints of one that began before the file became
    // read-only (reportDamage) let it finish.
    if (m_mode == Mode::ReadOnly && m_depth == 0)
        return Status::failure(tr("The ledger file is open read-only; nothing was changed."));
    // In WAL mode SQLite goes on writing to a file that was deleted or replaced, and that work is lost
    // when the program closes (or, worse, mixed with the new file's log). Checked once per transaction.
    if (m_depth == 0 && fileHasMoved()) {
        releaseMovedLog();
        return movedFailure();
    }
    const QString sql =
        m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    if (Status s = exec(sql); !s)
        return s;
    ++m_depth;
    return Status::ok();
}

Status Database::commitWrite()
{
    Q_ASSERT(m_depth > 0);
    if (m_depth == 1 && fileHasMoved()) {
        rollbackWrite();
        return movedFailure();
    }
    const QString sql =
        m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_depth - 1);
    if (Status s = exec(sql); !s) {
        rollbackWrite();
        return s;
    }
    --m_depth;
    if (m_depth == 0) {
        m_localStationId = -1;
        if (m_mode == Mode::ReadOnly && m_lock)
            finishReadOnlySwitch();
    }
    return Status::ok();
}

void Database::rollbackWrite()
{
    Q_ASSERT(m_depth > 0);
    if (m_depth == 1) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        const QString sp = QStringLiteral("sp%1").arg(m_depth - 1);
        exec(QStringLiteral("ROLLBACK TO ") + sp);
        exec(QStringLiteral("RELEASE ") + sp);
    }
    --m_depth;
    m_localStationId = -1;
    if (m_depth == 0 && m_mode == Mode::ReadOnly && m_lock)
        finishReadOnlySwitch();
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_status = m_db.beginWrite();
    m_active = m_status.isOk();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollbackWrite();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_status.isOk() ? Status::failure(Database::tr("The change was already saved or abandoned."))
                               : m_status;
    m_active = false;
    return m_db.commitWrite();
}
