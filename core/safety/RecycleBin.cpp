#include "safety/RecycleBin.h"

#include "common/Ids.h"
#include "ledgers/ActivityRepository.h"
#include "ledgers/AppealRepository.h"
#include "ledgers/ConstituencyProfileRepository.h"
#include "ledgers/DeputyRepository.h"
#include "ledgers/EnterpriseLinkRepository.h"
#include "ledgers/FollowUpVisitRepository.h"
#include "ledgers/SoftDelete.h"
#include "ledgers/SuggestionRepository.h"
#include "storage/Database.h"

#include <QHash>
#include <algorithm>

namespace {

struct KindInfo
{
    RecycleKind kind;
    const char *code;
    const char *table;
    const char *name; ///< translated through RecycleBin
    /// Columns: id, label, detail, deputy, date, deleted_at, owner id, owner deleted, owner label,
    /// confidential, owner is a suggestion. `x` is the kind's own table.
    const char *select;
};

// Owners come before what belongs to them: restore() walks this order, purge() the reverse.
const KindInfo kKinds[] = {
    {RecycleKind::Deputy, "deputy", "deputies", QT_TRANSLATE_NOOP("RecycleBin", "Deputy"),
     "SELECT x.id, x.name, trim(x.employer || ' ' || x.post), '', x.term_start, x.deleted_at, 0, 0, '', 0, 0 "
     "FROM deputies x"},
    {RecycleKind::EnterpriseLink, "enterprise-link", "enterprise_links",
     QT_TRANSLATE_NOOP("RecycleBin", "Enterprise link"),
     "SELECT x.id, x.enterprise, x.contact_person, d.name, x.since, x.deleted_at, 0, 0, '', 0, 0 "
     "FROM enterprise_links x LEFT JOIN deputies d ON d.id = x.deputy_id"},
    {RecycleKind::EnterpriseVisit, "enterprise-visit", "enterprise_visits",
     QT_TRANSLATE_NOOP("RecycleBin", "Enterprise visit"),
     "SELECT x.id, l.enterprise, x.summary, d.name, x.visited_on, x.deleted_at, x.link_id, "
     "l.deleted_at IS NOT NULL, l.enterprise, 0, 0 FROM enterprise_visits x "
     "JOIN enterprise_links l ON l.id = x.link_id LEFT JOIN deputies d ON d.id = l.deputy_id"},
    {RecycleKind::Profile, "profile", "constituency_profiles",
     QT_TRANSLATE_NOOP("RecycleBin", "Constituency profile"),
     "SELECT x.id, CAST(x.year AS TEXT), x.constituency, d.name, x.updated_on, x.deleted_at, 0, 0, '', 0, 0 "
     "FROM constituency_profiles x LEFT JOIN deputies d ON d.id = x.deputy_id"},
    {RecycleKind::ContactVoter, "contact-voter", "contact_voters",
     QT_TRANSLATE_NOOP("RecycleBin", "Contact voter"),
     "SELECT x.id, x.name, '', d.name, NULL, x.deleted_at, x.profile_id, p.deleted_at IS NOT NULL, "
     "CAST(p.year AS TEXT), 0, 0 FROM contact_voters x JOIN constituency_profiles p ON p.id = x.profile_id "
     "LEFT JOIN deputies d ON d.id = p.deputy_id"},
    {RecycleKind::Activity, "activity", "activities", QT_TRANSLATE_NOOP("RecycleBin", "Activity"),
     "SELECT x.id, x.title, x.place, (SELECT group_concat(d.name, '、') FROM activity_participants ap "
     "JOIN deputies d ON d.id = ap.deputy_id WHERE ap.activity_id = x.id), x.held_on, x.deleted_at, "
     "0, 0, '', 0, 0 FROM activities x"},
    {RecycleKind::Appeal, "appeal", "appeals", QT_TRANSLATE_NOOP("RecycleBin", "Appeal"),
     "SELECT x.id, x.number, x.content, d.name, x.received_on, x.deleted_at, 0, 0, '', x.confidential, 0 "
     "FROM appeals x LEFT JOIN deputies d ON d.id = x.deputy_id"},
    {RecycleKind::Suggestion, "suggestion", "suggestions", QT_TRANSLATE_NOOP("RecycleBin", "Suggestion"),
     "SELECT x.id, x.number, x.title, d.name, x.submitted_on, x.deleted_at, 0, 0, '', 0, 0 "
     "FROM suggestions x LEFT JOIN deputies d ON d.id = x.lead_deputy_id"},
    {RecycleKind::FollowUpVisit, "visit", "follow_up_visits",
     QT_TRANSLATE_NOOP("RecycleBin", "Follow-up visit"),
     "SELECT x.id, coalesce(a.number, s.number), x.feedback, coalesce(d.name, da.name, ds.name), "
     "x.visited_on, "
     "x.deleted_at, "
     "coalesce(x.appeal_id, x.suggestion_id), coalesce(a.deleted_at, s.deleted_at) IS NOT NULL, "
     "coalesce(a.number, s.number), coalesce(a.confidential, 0), x.suggestion_id IS NOT NULL "
     "FROM follow_up_visits x LEFT JOIN appeals a ON a.id = x.appeal_id "
     "LEFT JOIN suggestions s ON s.id = x.suggestion_id LEFT JOIN deputies d ON d.id = x.visitor_deputy_id "
     "LEFT JOIN deputies da ON da.id = a.deputy_id LEFT JOIN deputies ds ON ds.id = s.lead_deputy_id"},
};

const KindInfo &info(RecycleKind kind)
{
    for (const KindInfo &k : kKinds) {
        if (k.kind == kind)
            return k;
    }
    return kKinds[0];
}

int rank(RecycleKind kind)
{
    for (int i = 0; i < int(std::size(kKinds)); ++i) {
        if (kKinds[i].kind == kind)
            return i;
    }
    return 0;
}

/// A row somewhere that refers to a record. `owned`: the referring record belongs to the referred one
/// and goes with it when it is in the recycle bin too.
struct Reference
{
    RecycleKind target;
    const char *sql; ///< one column: the id of the referring record, for `?` = the target's id
    RecycleKind referrer;
    bool owned;
};

// Every foreign key into a table with a recycle bin (core/storage/Migrations.cpp). Rows without a
// deleted_at of their own (participants, co-signers, linked appeals) count as part of the record that
// holds them; appeal_events and suggestion_rounds are deleted with their record (see purge()).
const Reference kReferences[] = {
    {RecycleKind::Deputy, "SELECT id FROM enterprise_links WHERE deputy_id = ?", RecycleKind::EnterpriseLink,
     false},
    {RecycleKind::Deputy, "SELECT id FROM constituency_profiles WHERE deputy_id = ?", RecycleKind::Profile,
     false},
    {RecycleKind::Deputy, "SELECT activity_id FROM activity_participants WHERE deputy_id = ?",
     RecycleKind::Activity, false},
    {RecycleKind::Deputy, "SELECT id FROM appeals WHERE deputy_id = ?", RecycleKind::Appeal, false},
    {RecycleKind::Deputy, "SELECT id FROM suggestions WHERE lead_deputy_id = ?", RecycleKind::Suggestion,
     false},
    {RecycleKind::Deputy, "SELECT suggestion_id FROM suggestion_cosigners WHERE deputy_id = ?",
     RecycleKind::Suggestion, false},
    {RecycleKind::Deputy, "SELECT id FROM follow_up_visits WHERE visitor_deputy_id = ?",
     RecycleKind::FollowUpVisit, false},
    {RecycleKind::EnterpriseLink, "SELECT id FROM enterprise_visits WHERE link_id = ?",
     RecycleKind::EnterpriseVisit, true},
    {RecycleKind::Profile, "SELECT id FROM contact_voters WHERE profile_id = ?", RecycleKind::ContactVoter,
     true},
    {RecycleKind::Activity, "SELECT id FROM appeals WHERE activity_id = ?", RecycleKind::Appeal, false},
    {RecycleKind::Appeal, "SELECT id FROM appeals WHERE duplicate_of = ?", RecycleKind::Appeal, false},
    {RecycleKind::Appeal, "SELECT suggestion_id FROM suggestion_appeals WHERE appeal_id = ?",
     RecycleKind::Suggestion, false},
    {RecycleKind::Appeal, "SELECT id FROM follow_up_visits WHERE appeal_id = ?", RecycleKind::FollowUpVisit,
     true},
    {RecycleKind::Suggestion, "SELECT id FROM appeals WHERE suggestion_id = ?", RecycleKind::Appeal, false},
    {RecycleKind::Suggestion, "SELECT id FROM follow_up_visits WHERE suggestion_id = ?",
     RecycleKind::FollowUpVisit, true},
};

struct Referrer
{
    RecycleRef ref;
    bool owned;
};

QList<Referrer> referrersOf(const Database &db, const RecycleRef &ref)
{
    QList<Referrer> list;
    for (const Reference &r : kReferences) {
        if (r.target != ref.kind)
            continue;
        QSqlQuery q = db.prepare(QString::fromUtf8(r.sql));
        if (!db.exec(q, {ref.id}))
            continue;
        while (q.next()) {
            const RecycleRef from{r.referrer, q.value(0).toLongLong()};
            if (from != ref)
                list << Referrer{from, r.owned};
        }
    }
    return list;
}

bool isDeleted(const Database &db, const RecycleRef &ref)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE id = ? AND deleted_at IS NOT NULL")
                         .arg(QLatin1String(info(ref.kind).table)),
                     {ref.id})
               .toInt() == 1;
}

void sortOwnersFirst(QList<RecycleRef> &refs)
{
    std::stable_sort(refs.begin(), refs.end(), [](const RecycleRef &a, const RecycleRef &b) {
        return rank(a.kind) < rank(b.kind) || (rank(a.kind) == rank(b.kind) && a.id < b.id);
    });
}

} // namespace

RecycleBin::RecycleBin(Database &db)
    : m_db(db)
{}

QList<RecycleKind> RecycleBin::kinds()
{
    QList<RecycleKind> list;
    for (const KindInfo &k : kKinds)
        list << k.kind;
    return list;
}

QString RecycleBin::kindName(RecycleKind kind)
{
    return tr(info(kind).name);
}

QString RecycleBin::kindCode(RecycleKind kind)
{
    return QString::fromLatin1(info(kind).code);
}

std::optional<RecycleKind> RecycleBin::kindFromCode(const QString &code)
{
    for (const KindInfo &k : kKinds) {
        if (code == QLatin1String(k.code))
            return k.kind;
    }
    return std::nullopt;
}

const char *RecycleBin::table(RecycleKind kind)
{
    return info(kind).table;
}

QString RecycleBin::describe(const RecycleBinEntry &entry)
{
    return tr("%1 %2").arg(kindName(entry.ref.kind), entry.label);
}

QList<RecycleBinEntry> RecycleBin::entriesOf(RecycleKind kind, qint64 id) const
{
    QList<RecycleBinEntry> list;
    const KindInfo &k = info(kind);
    QString sql = QString::fromUtf8(k.select) % QStringLiteral(" WHERE x.deleted_at IS NOT NULL");
    QVariantList values;
    if (id > 0) {
        sql += QStringLiteral(" AND x.id = ?");
        values << id;
    }
    QSqlQuery q = m_db.prepare(sql);
    if (!m_db.exec(q, values))
        return list;
    while (q.next()) {
        RecycleBinEntry e;
        e.ref = {kind, q.value(0).toLongLong()};
        e.label = q.value(1).toString();
        // Confidential appeals keep their words out of lists; the number is enough to recognise them.
        e.detail = q.value(9).toBool() ? QString() : q.value(2).toString().simplified();
        e.deputy = q.value(3).toString();
        e.date = Ids::parseDate(q.value(4).toString());
        e.deletedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs).toLocalTime();
        if (!e.deletedAt.isValid())
            e.deletedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate).toLocalTime();
        e.ownerId = q.value(6).toLongLong();
        e.ownerDeleted = q.value(7).toBool();
        e.ownerLabel = q.value(8).toString();
        if (kind == RecycleKind::EnterpriseVisit)
            e.ownerKind = RecycleKind::EnterpriseLink;
        else if (kind == RecycleKind::ContactVoter)
            e.ownerKind = RecycleKind::Profile;
        else
            e.ownerKind = q.value(10).toBool() ? RecycleKind::Suggestion : RecycleKind::Appeal;
        list << e;
    }
    return list;
}

QList<RecycleBinEntry> RecycleBin::entries() const
{
    QList<RecycleBinEntry> list;
    for (const KindInfo &k : kKinds)
        list << entriesOf(k.kind);
    std::stable_sort(list.begin(), list.end(), [](const RecycleBinEntry &a, const RecycleBinEntry &b) {
        return a.deletedAt > b.deletedAt;
    });
    return list;
}

int RecycleBin::count() const
{
    int n = 0;
    for (const KindInfo &k : kKinds) {
        n += m_db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NOT NULL")
                             .arg(QLatin1String(k.table)))
                 .toInt();
    }
    return n;
}

Status RecycleBin::refuseReadOnly() const
{
    if (!m_db.isReadOnly())
        return Status::ok();
    return Status::failure(tr("This ledger file is open read-only, so nothing in the recycle bin can be "
                              "restored or deleted. Open the file for writing (when no other program has it "
                              "open) and try again."));
}

Status RecycleBin::moveToBin(const RecycleRef &ref)
{
    if (Status s = refuseReadOnly(); !s)
        return s;
    switch (ref.kind) {
    case RecycleKind::Deputy:
        return DeputyRepository(m_db).remove(ref.id);
    case RecycleKind::EnterpriseLink:
        return EnterpriseLinkRepository(m_db).remove(ref.id);
    case RecycleKind::EnterpriseVisit:
        return EnterpriseLinkRepository(m_db).removeVisit(ref.id);
    case RecycleKind::Profile:
        return ConstituencyProfileRepository(m_db).remove(ref.id);
    case RecycleKind::Activity:
        return ActivityRepository(m_db).remove(ref.id);
    case RecycleKind::Appeal:
        return AppealRepository(m_db).remove(ref.id);
    case RecycleKind::Suggestion:
        return SuggestionRepository(m_db).remove(ref.id);
    case RecycleKind::FollowUpVisit:
        return FollowUpVisitRepository(m_db).remove(ref.id);
    case RecycleKind::ContactVoter:
        break;
    }
    return SoftDelete::remove(m_db, info(ref.kind).table, ref.id);
}

Status RecycleBin::restore(const QList<RecycleRef> &refs)
{
    if (Status s = refuseReadOnly(); !s)
        return s;
    QList<RecycleRef> ordered;
    for (const RecycleRef &ref : refs) {
        if (!ordered.contains(ref))
            ordered << ref;
    }
    sortOwnersFirst(ordered);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    for (const RecycleRef &ref : std::as_const(ordered)) {
        const QList<RecycleBinEntry> found = entriesOf(ref.kind, ref.id);
        if (found.isEmpty())
            return Status::failure(
                tr("A record you chose is no longer in the recycle bin (another window may "
                   "have restored or deleted it). Nothing was restored; look at the list "
                   "again."));
        const RecycleBinEntry &e = found.first();
        if (e.ownerId > 0 && e.ownerDeleted) {
            const QString owner = tr("%1 %2").arg(kindName(e.ownerKind), e.ownerLabel);
            return Status::failure(
                tr("%1 belongs to %2, which is in the recycle bin too. Restore %2 first, or "
                   "select both and restore them together. Nothing was restored.")
                    .arg(describe(e), owner));
        }
        const Status s = ref.kind == RecycleKind::Profile
                             ? ConstituencyProfileRepository(m_db).restore(ref.id)
                             : SoftDelete::restore(m_db, info(ref.kind).table, ref.id);
        if (!s)
            return Status::failure(
                tr("%1 could not be restored: %2 Nothing was restored.").arg(describe(e), s.message()));
    }
    return tx.commit();
}

RecycleBin::PurgePlan RecycleBin::plan(const QList<RecycleRef> &refs) const
{
    // The set to delete starts as the chosen records in the bin plus, transitively, the records that
    // belong to them (a profile's contact voters, an appeal's follow-up visits). A record that something
    // outside the set refers to leaves the set (with what was only there because of it), until nothing
    // changes.
    QSet<RecycleRef> chosen;
    QList<RecycleRef> queue;
    for (const RecycleRef &ref : refs) {
        if (!chosen.contains(ref) && isDeleted(m_db, ref)) {
            chosen.insert(ref);
            queue << ref;
        }
    }
    QSet<RecycleRef> set = chosen;
    QHash<RecycleRef, RecycleRef> addedFor; // a belonging record → the record it came along with
    QHash<RecycleRef, QList<Referrer>> referrers;
    while (!queue.isEmpty()) {
        const RecycleRef ref = queue.takeFirst();
        const QList<Referrer> list = referrersOf(m_db, ref);
        referrers.insert(ref, list);
        for (const Referrer &r : list) {
            // What belongs to a record cannot live without it: it goes along, in the bin or not.
            if (r.owned && !set.contains(r.ref)) {
                set.insert(r.ref);
                addedFor.insert(r.ref, ref);
                queue << r.ref;
            }
        }
    }

    PurgePlan result;
    QHash<RecycleRef, bool> deleted; // whether a referring record is in the bin, asked once each
    bool changed = true;
    while (changed) {
        changed = false;
        const QSet<RecycleRef> current = set;
        for (const RecycleRef &ref : current) {
            if (!set.contains(ref))
                continue;
            if (addedFor.contains(ref) && !set.contains(addedFor.value(ref)) && !chosen.contains(ref)) {
                set.remove(ref);
                changed = true;
                continue;
            }
            int live = 0;
            int binned = 0;
            QStringList kindsSeen;
            for (const Referrer &r : referrers.value(ref)) {
                if (set.contains(r.ref))
                    continue;
                auto known = deleted.constFind(r.ref);
                if (known == deleted.constEnd())
                    known = deleted.insert(r.ref, isDeleted(m_db, r.ref));
                (*known ? binned : live) += 1;
                const QString name = kindName(r.ref.kind);
                if (!kindsSeen.contains(name))
                    kindsSeen << name;
            }
            if (live + binned == 0)
                continue;
            set.remove(ref);
            changed = true;
            if (!chosen.contains(ref))
                continue;
            const QList<RecycleBinEntry> e = entriesOf(ref.kind, ref.id);
            const QString who = e.isEmpty() ? kindName(ref.kind) : describe(e.first());
            const QString reason = live > 0 ? tr("%1 stays in the recycle bin: %n record(s) outside the "
                                                 "recycle bin still refer to it "
                                                 "(%2).",
                                                 nullptr, live + binned)
                                                  .arg(who, kindsSeen.join(tr(", ")))
                                            : tr("%1 stays in the recycle bin: %n other record(s) in the "
                                                 "recycle bin still refer to it "
                                                 "(%2); delete them permanently too.",
                                                 nullptr, binned)
                                                  .arg(who, kindsSeen.join(tr(", ")));
            result.kept << qMakePair(ref, reason);
        }
    }
    result.purged = QList<RecycleRef>(set.cbegin(), set.cend());
    sortOwnersFirst(result.purged);
    std::sort(result.kept.begin(), result.kept.end(), [](const auto &a, const auto &b) {
        return rank(a.first.kind) < rank(b.first.kind) ||
               (rank(a.first.kind) == rank(b.first.kind) && a.first.id < b.first.id);
    });
    return result;
}

RecycleBin::PurgePlan RecycleBin::planPurge(const QList<RecycleRef> &refs) const
{
    return plan(refs);
}

RecycleBin::PurgePlan RecycleBin::planEmpty() const
{
    QList<RecycleRef> all;
    for (const RecycleBinEntry &e : entries())
        all << e.ref;
    return plan(all);
}

Status RecycleBin::purge(const QList<RecycleRef> &refs, PurgePlan *done)
{
    if (Status s = refuseReadOnly(); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    // Planned inside the transaction, so nothing can change between the plan and the deletes.
    const PurgePlan p = plan(refs);
    // Foreign keys are checked at commit: appeals may refer to each other (duplicates) in any order.
    if (Status s = m_db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !s)
        return s;
    QList<RecycleRef> ordered = p.purged;
    std::reverse(ordered.begin(), ordered.end()); // what belongs to a record goes before it
    for (const RecycleRef &ref : std::as_const(ordered)) {
        // Rows that have no recycle bin of their own go with their record (the appeal's progress log, the
        // suggestion's earlier rounds); participants, co-signers and units go by ON DELETE CASCADE.
        if (ref.kind == RecycleKind::Appeal) {
            QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM appeal_events WHERE appeal_id = ?"));
            if (Status s = m_db.exec(q, {ref.id}); !s)
                return s;
        } else if (ref.kind == RecycleKind::Suggestion) {
            QSqlQuery q =
                m_db.prepare(QStringLiteral("DELETE FROM suggestion_rounds WHERE suggestion_id = ?"));
            if (Status s = m_db.exec(q, {ref.id}); !s)
                return s;
        }
        QSqlQuery q = m_db.prepare(
            QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(info(ref.kind).table)));
        if (Status s = m_db.exec(q, {ref.id}); !s)
            return s;
        if (q.numRowsAffected() != 1)
            return Status::failure(
                tr("A record changed while it was being deleted; nothing was deleted. Look at "
                   "the recycle bin again and retry."));
    }
    if (Status s = tx.commit(); !s)
        return s;
    if (done)
        *done = p;
    return Status::ok();
}

Status RecycleBin::empty(PurgePlan *done)
{
    QList<RecycleRef> all;
    for (const RecycleBinEntry &e : entries())
        all << e.ref;
    return purge(all, done);
}
