#pragma once

#include <QString>

struct sqlite3;

/// Who is making changes, as the audit trail records it: the clerk's name from the settings
/// ("clerkName", set in the Settings dialog) and the operating-system user. One per process.
///
/// The audit triggers of the schema (migration 3) read it through SQL functions that every
/// connection of this program registers: ll_audit_clerk(), ll_audit_os_user() and ll_audit_bulk()
/// (the origin of bulk inserts, see AuditBulkScope). A tool that does
/// not define them (the plain sqlite3 shell) can read the file but cannot change a ledger table
/// through it: see docs/AUDIT.md for why writes outside the program are refused rather than logged
/// without a name.
class AuditActor
{
public:
    /// The clerk's name recorded with each change (empty when none is set).
    static QString clerk();
    /// The operating-system account (USERNAME on Windows, USER elsewhere).
    static QString osUser();
    /// Changes the clerk's name for the changes that follow in this process (not saved).
    static void setClerk(const QString &name);
    /// Reads the clerk's name from the settings again (each time a ledger file is opened).
    static void reloadFromSettings();
    /// Defines ll_audit_clerk(), ll_audit_os_user() and ll_audit_bulk() on `handle`; false when SQLite
    /// refused.
    static bool registerFunctions(sqlite3 *handle);
};
