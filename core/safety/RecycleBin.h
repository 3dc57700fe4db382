#pragma once

#include "common/Status.h"
#include "safety/RecycleBinEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

class Database;

/// The recycle bin across all ledgers. Deleting a record (the repositories' remove()) only marks it
/// deleted; here the clerk sees those records, restores them, or deletes them permanently.
///
/// Rules (see docs/RECYCLE_BIN.md):
/// - A record that belongs to another one (a follow-up visit to its appeal or suggestion, a contact voter
///   to its profile, an enterprise visit to its link) is restored only while that record is not in the
///   recycle bin; restoring both together works (owners are restored first).
/// - A deputy is only named by records: moving a deputy to the recycle bin leaves their records where
///   they are, and their records can be restored while the deputy is in the bin.
/// - Deleting permanently takes the records that belong to a purged record along with it (in the bin or
///   not: a profile's contact voters, an appeal's follow-up visits and progress log). A record that other
///   records still name (a deputy with appeals, an appeal linked to a suggestion) stays in the bin, with
///   the reason.
/// - Every change runs in one transaction: a failure changes nothing. A read-only file is refused.
class RecycleBin
{
    Q_DECLARE_TR_FUNCTIONS(RecycleBin)
public:
    /// What deleting permanently would do: the records that would be gone forever (the chosen ones and
    /// those belonging to them, owners first), and the chosen ones that must stay, each with a sentence
    /// why.
    struct PurgePlan
    {
        QList<RecycleRef> purged;
        QList<QPair<RecycleRef, QString>> kept;
    };

    explicit RecycleBin(Database &db);

    /// Every record in the recycle bin, the most recently deleted first.
    QList<RecycleBinEntry> entries() const;
    /// How many records are in the recycle bin.
    int count() const;

    /// Moves one live record to the recycle bin (through its ledger's repository).
    Status moveToBin(const RecycleRef &ref);
    /// Restores `refs` in one transaction (owners before what belongs to them); all or nothing.
    Status restore(const QList<RecycleRef> &refs);
    /// What purge(refs) would delete and keep; refs not in the recycle bin are ignored.
    PurgePlan planPurge(const QList<RecycleRef> &refs) const;
    /// The plan for emptying the whole recycle bin.
    PurgePlan planEmpty() const;
    /// Deletes `refs` (and what belongs to them) permanently in one transaction, following planPurge();
    /// `plan` (optional) receives what was done. Records that must stay are kept without failing.
    Status purge(const QList<RecycleRef> &refs, PurgePlan *plan = nullptr);
    /// Empties the recycle bin: purge() of every entry.
    Status empty(PurgePlan *plan = nullptr);

    /// The translated name of a kind, e.g. "Appeal".
    static QString kindName(RecycleKind kind);
    /// The kind's public code (command line, JSON): deputy, enterprise-link, enterprise-visit, profile,
    /// contact-voter, activity, appeal, suggestion, visit.
    static QString kindCode(RecycleKind kind);
    static std::optional<RecycleKind> kindFromCode(const QString &code);
    /// Every kind, in the order owners before what belongs to them.
    static QList<RecycleKind> kinds();
    /// The table that holds a kind's records (a fixed name, never user text).
    static const char *table(RecycleKind kind);
    /// "Appeal 2024-0031": how messages name a record.
    static QString describe(const RecycleBinEntry &entry);

private:
    Status refuseReadOnly() const;
    /// The entries of one kind (all of them, or the one with `id` when id > 0).
    QList<RecycleBinEntry> entriesOf(RecycleKind kind, qint64 id = 0) const;
    PurgePlan plan(const QList<RecycleRef> &refs) const;

    Database &m_db;
};
