#include "safety/AuditActor.h"

#include "common/SystemUser.h"
#include "safety/AuditBulkScope.h"

#include <QByteArray>
#include <QMutex>
#include <QSettings>

#include <sqlite3.h>

namespace {

struct ActorState
{
    QMutex mutex;
    bool loaded = false;
    QByteArray clerk;   // UTF-8, ready to hand to SQLite once per changed row
    QByteArray osUser;
};

ActorState &state()
{
    static ActorState s;
    return s;
}

QByteArray environmentUser()
{
    return SystemUser::name().toUtf8();
}

void loadLocked(ActorState &s)
{
    s.clerk = QSettings().value(QStringLiteral("clerkName")).toString().trimmed().toUtf8();
    s.osUser = environmentUser();
    s.loaded = true;
}

QByteArray current(QByteArray ActorState::*field)
{
    ActorState &s = state();
    QMutexLocker locker(&s.mutex);
    if (!s.loaded)
        loadLocked(s);
    return s.*field;
}

void resultText(sqlite3_context *context, const QByteArray &text)
{
    sqlite3_result_text(context, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

void clerkFunction(sqlite3_context *context, int, sqlite3_value **)
{
    resultText(context, current(&ActorState::clerk));
}

void osUserFunction(sqlite3_context *context, int, sqlite3_value **)
{
    resultText(context, current(&ActorState::osUser));
}

void bulkFunction(sqlite3_context *context, int, sqlite3_value **)
{
    resultText(context, AuditBulkScope::current());
}

} // namespace

QString AuditActor::clerk()
{
    return QString::fromUtf8(current(&ActorState::clerk));
}

QString AuditActor::osUser()
{
    return QString::fromUtf8(current(&ActorState::osUser));
}

void AuditActor::setClerk(const QString &name)
{
    ActorState &s = state();
    QMutexLocker locker(&s.mutex);
    if (!s.loaded)
        loadLocked(s);
    s.clerk = name.trimmed().toUtf8();
}

void AuditActor::reloadFromSettings()
{
    ActorState &s = state();
    QMutexLocker locker(&s.mutex);
    loadLocked(s);
}

bool AuditActor::registerFunctions(sqlite3 *handle)
{
    if (!handle)
        return false;
    // INNOCUOUS: no side effects, so SQLite allows them in triggers even with trusted_schema off.
    // Not DETERMINISTIC: the clerk can change while the file is open.
    const int flags = SQLITE_UTF8 | SQLITE_INNOCUOUS;
    return sqlite3_create_function_v2(handle, "ll_audit_clerk", 0, flags, nullptr, clerkFunction, nullptr, nullptr,
                                      nullptr) == SQLITE_OK
        && sqlite3_create_function_v2(handle, "ll_audit_os_user", 0, flags, nullptr, osUserFunction, nullptr,
                                      nullptr, nullptr) == SQLITE_OK
        && sqlite3_create_function_v2(handle, "ll_audit_bulk", 0, flags, nullptr, bulkFunction, nullptr, nullptr,
                                      nullptr) == SQLITE_OK;
}
