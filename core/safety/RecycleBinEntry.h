#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

/// The kinds of record the recycle bin holds: every ledger table with a deleted_at column (the station
/// itself is never deleted).
enum class RecycleKind {
    Deputy,
    EnterpriseLink,
    EnterpriseVisit,
    Profile,
    ContactVoter,
    Activity,
    Appeal,
    Suggestion,
    FollowUpVisit,
};

/// One record in the recycle bin, addressed by kind and id.
struct RecycleRef
{
    RecycleKind kind = RecycleKind::Appeal;
    qint64 id = 0;

    friend bool operator==(const RecycleRef &a, const RecycleRef &b)
    {
        return a.kind == b.kind && a.id == b.id;
    }
    friend bool operator!=(const RecycleRef &a, const RecycleRef &b) { return !(a == b); }
};

inline size_t qHash(const RecycleRef &ref, size_t seed = 0)
{
    return qHashMulti(seed, int(ref.kind), ref.id);
}

/// What the recycle bin shows of a deleted record: enough for the clerk to recognise it.
struct RecycleBinEntry
{
    RecycleRef ref;
    QString label;       ///< the ledger number, title or name (e.g. 2024-0031, 张三)
    QString detail;      ///< a line of content (empty for a confidential appeal)
    QString deputy;      ///< the deputy the record belongs to, if any
    QDate date;          ///< the record's own date (received, held, visited, …), if it has one
    QDateTime deletedAt; ///< when it was moved to the recycle bin (local time)
    /// The record it belongs to and cannot live without (a follow-up visit's appeal, a contact voter's
    /// profile, an enterprise visit's link); ownerId 0 when none.
    RecycleKind ownerKind = RecycleKind::Appeal;
    qint64 ownerId = 0;
    QString ownerLabel;
    bool ownerDeleted = false;
};
