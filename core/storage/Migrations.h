#pragma once

#include <QList>
#include <QStringList>

/// Numbered schema migrations. Migration N takes a file from user_version N-1 to N; Database applies
/// the missing ones in order, each inside the same IMMEDIATE transaction, then sets user_version.
namespace Migrations {
/// The schema version this build writes; a file with a higher user_version is refused.
int latestVersion();
/// The SQL statements of migration `version` (1-based).
QStringList statements(int version);

/// What one of the audit trail's insert triggers (migration 3) writes, as one statement for many rows.
struct AuditedInsert
{
    QString table;
    QString trigger; ///< the trigger's name
    /// INSERT INTO audit_log … SELECT … FROM the table WHERE id > ?1 ORDER BY id: the entries the
    /// trigger would have written for the rows inserted after ?1, had it been in place (with the same
    /// WHEN condition, so an AuditBulkScope in force has the same effect).
    QString logSql;
};
/// One per audited table that has an integer id (the others cannot tell their new rows apart), from
/// the same definitions as the triggers themselves, so the two cannot drift apart (storage/BulkLoad).
QList<AuditedInsert> auditedInserts();
} // namespace Migrations
