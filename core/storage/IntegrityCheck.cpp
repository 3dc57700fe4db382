#include "storage/IntegrityCheck.h"

#include "safety/BackupManager.h"

#include <QFile>
#include <QStringList>
#include <QThread>

#include <sqlite3.h>

namespace {

// SQLite calls this every few thousand virtual-machine steps; a non-zero answer interrupts the check.
// sqlite3_interrupt() (stop()) is quicker, but cannot reach a statement that has not started yet.
int stopWhenCancelled(void *cancelled)
{
    return static_cast<std::atomic_bool *>(cancelled)->load() ? 1 : 0;
}

QString sqliteMessage(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace

IntegrityCheck::IntegrityCheck(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<IntegrityCheck::Result>();
}

IntegrityCheck::~IntegrityCheck()
{
    stop();
}

void IntegrityCheck::start(const QString &path, bool thenDailyBackup)
{
    if (m_thread)
        return;
    m_control.cancelled = false;
    m_result = {};
    m_thread = QThread::create(
        [this, path, thenDailyBackup] { m_result = checkThenBackUp(path, thenDailyBackup, &m_control); });
    m_thread->setObjectName(QStringLiteral("integrity-check"));
    // Queued to this object's thread: finished() is emitted where the caller lives. The generation
    // tells a late notice of a stopped check from that of the check running now.
    const quint64 generation = ++m_generation;
    connect(
        m_thread, &QThread::finished, this,
        [this, generation] {
            if (generation == m_generation)
                threadEnded();
        },
        Qt::QueuedConnection);
    // Below the window's thread: the first screen and the clerk's typing come first.
    m_thread->start(QThread::LowPriority);
}

void IntegrityCheck::stop()
{
    if (!m_thread)
        return;
    m_control.cancelled = true;
    {
        QMutexLocker locker(&m_control.mutex);
        if (m_control.handle)
            sqlite3_interrupt(m_control.handle);
    }
    m_thread->wait();
    ++m_generation; // its queued notice, if any, is now ignored
    delete m_thread;
    m_thread = nullptr;
}

bool IntegrityCheck::isRunning() const
{
    return m_thread != nullptr;
}

void IntegrityCheck::threadEnded()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    emit finished(m_result);
}

IntegrityCheck::Result IntegrityCheck::run(const QString &path, bool thenDailyBackup)
{
    Control control;
    return checkThenBackUp(path, thenDailyBackup, &control);
}

IntegrityCheck::Result IntegrityCheck::checkThenBackUp(const QString &path, bool thenDailyBackup,
                                                       Control *control)
{
    Result result = check(path, control);
    if (thenDailyBackup && result.outcome == Outcome::Sound && !control->cancelled) {
        if (Status s = BackupManager::dailyBackupOfFile(path, &result.backupMade, &control->cancelled); !s) {
            if (!control->cancelled) // a stopped backup is simply made on the next open
                result.backupFailed = s.message();
        }
    }
    return result;
}

IntegrityCheck::Result IntegrityCheck::check(const QString &path, Control *control)
{
    Result result;
    sqlite3 *db = nullptr;
    // Read-only, and with its own connection: SQLite connections are not shared between threads here.
    const int opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                                       SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (opened != SQLITE_OK) {
        result.problems = db ? sqliteMessage(db) : QString::fromUtf8(sqlite3_errstr(opened));
        sqlite3_close(db);
        return result;
    }
    sqlite3_busy_timeout(db, 5000);
    sqlite3_progress_handler(db, 10000, stopWhenCancelled, &control->cancelled);
    {
        QMutexLocker locker(&control->mutex);
        control->handle = db;
    }
    QStringList problems;
    sqlite3_stmt *statement = nullptr;
    int rc = control->cancelled ? SQLITE_INTERRUPT
                                : sqlite3_prepare_v2(db, "PRAGMA quick_check(5)", -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            problems << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    }
    const QString error = sqliteMessage(db);
    sqlite3_finalize(statement);
    {
        QMutexLocker locker(&control->mutex);
        control->handle = nullptr;
    }
    sqlite3_close(db);

    switch (rc & 0xff) {
    case SQLITE_DONE:
        if (problems == QStringList{QStringLiteral("ok")}) {
            result.outcome = Outcome::Sound;
        } else if (problems.isEmpty()) {
            result.problems = error;
        } else {
            result.outcome = Outcome::Damaged;
            result.problems = problems.join(QLatin1String("; "));
        }
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_IOERR: // a page that cannot be read is damage as far as the clerk is concerned
        result.outcome = Outcome::Damaged;
        problems << error;
        result.problems = problems.join(QLatin1String("; "));
        break;
    default: // interrupted, busy, out of memory: nothing is known about the file
        result.problems = control->cancelled ? QStringLiteral("interrupted") : error;
        break;
    }
    return result;
}
