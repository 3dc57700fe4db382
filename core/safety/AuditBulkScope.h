#pragma once

#include <QByteArray>
#include <QString>

/// While alive, the records this thread inserts are logged compactly as one audit entry per record
/// (action `origin`, e.g. "import" or "demo", instead of "insert"), and the rows that belong to a
/// record — an appeal's progress entries, a suggestion's co-signers and units, a profile's contact
/// voters, … — are not logged one by one: they arrive with their record. Changes and removals are
/// logged as always. Used by the importer and the demo generator (docs/AUDIT.md).
class AuditBulkScope
{
public:
    explicit AuditBulkScope(const QString &origin);
    ~AuditBulkScope();
    AuditBulkScope(const AuditBulkScope &) = delete;
    AuditBulkScope &operator=(const AuditBulkScope &) = delete;

    /// The origin in force on this thread (UTF-8), empty outside any scope; what ll_audit_bulk() returns.
    static const QByteArray &current();

private:
    QByteArray m_previous;
};
