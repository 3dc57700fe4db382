#include "safety/AuditBulkScope.h"

namespace {

// Per thread: an import running in a worker thread must not change how another thread's edits are
// logged.
thread_local QByteArray t_origin;

} // namespace

AuditBulkScope::AuditBulkScope(const QString &origin)
    : m_previous(t_origin)
{
    t_origin = origin.toUtf8();
}

AuditBulkScope::~AuditBulkScope()
{
    t_origin = m_previous;
}

const QByteArray &AuditBulkScope::current()
{
    return t_origin;
}
