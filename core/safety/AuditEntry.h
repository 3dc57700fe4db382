#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

/// One field of one logged change: its old and new value (an invalid QVariant where there is none:
/// the old value of an inserted record, the new value of a deleted one).
struct AuditFieldChange
{
    QString field;   ///< the column name, e.g. "person_phone"; AuditTrail::fieldLabel() translates it
    QVariant oldValue;
    QVariant newValue;
};

/// One entry of the audit trail (a row of audit_log): who did what to which record, and when.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;           ///< UTC
    QString clerk;          ///< the clerk's name from the settings (may be empty)
    QString osUser;         ///< the operating-system account
    QString action;         ///< insert (import, demo: inserted in bulk), update, soft_delete, restore, delete, export
    QString table;          ///< the ledger table, e.g. "appeals"; empty for an export
    qint64 recordId = 0;    ///< 0 for rows without an id of their own (participants, vocabulary, …)
    QString recordUuid;
    QString recordLabel;    ///< number, name or title of the record when it was logged
    QString ownerTable;     ///< the record this row belongs to (an appeal's event → appeals)
    qint64 ownerId = 0;
    QString changesJson;    ///< as stored; see changes()

    /// The field-level changes decoded from changesJson (for an export: what was written where).
    QList<AuditFieldChange> changes() const;
    /// Whether the entry records a record's creation (insert, or import / demo in bulk).
    bool isCreation() const;
};
