#include "ledgers/EnterpriseLinkRepository.h"

#include "common/Ids.h"
#include "ledgers/Rows.h"
#include "ledgers/SoftDelete.h"
#include "rules/Validation.h"
#include "rules/Validator.h"
#include "storage/Database.h"

namespace {

const char kColumns[] =
    "id, uuid, deputy_id, enterprise, contact_person, phone, address, since, notes, created_at, "
    "updated_at";
const char kVisitColumns[] = "v.id, v.uuid, v.link_id, v.visited_on, v.summary, v.problems, v.created_at, "
                             "v.updated_at";

EnterpriseLink fromQuery(const QSqlQuery &q)
{
    EnterpriseLink l;
    l.id = q.value(0).toLongLong();
    l.uuid = q.value(1).toString();
    l.deputyId = q.value(2).toLongLong();
    l.enterprise = q.value(3).toString();
    l.contactPerson = q.value(4).toString();
    l.phone = q.value(5).toString();
    l.address = q.value(6).toString();
    l.since = Ids::parseDate(q.value(7).toString());
    l.notes = q.value(8).toString();
    l.createdAt = q.value(9).toString();
    l.updatedAt = q.value(10).toString();
    return l;
}

EnterpriseVisit visitFromQuery(const QSqlQuery &q)
{
    EnterpriseVisit v;
    v.id = q.value(0).toLongLong();
    v.uuid = q.value(1).toString();
    v.linkId = q.value(2).toLongLong();
    v.visitedOn = Ids::parseDate(q.value(3).toString());
    v.summary = q.value(4).toString();
    v.problems = q.value(5).toString();
    v.createdAt = q.value(6).toString();
    v.updatedAt = q.value(7).toString();
    return v;
}

QVariantList values(const EnterpriseLink &l)
{
    return {l.deputyId,
            l.enterprise.trimmed(),
            l.contactPerson.trimmed(),
            l.phone.trimmed(),
            l.address.trimmed(),
            Ids::dateValue(l.since),
            l.notes};
}

} // namespace

EnterpriseLinkRepository::EnterpriseLinkRepository(Database &db)
    : m_db(db)
{}

Status EnterpriseLinkRepository::validate(const EnterpriseLink &link) const
{
    using Validation::kShortTextLimit;
    Validator v;
    v.deputy(m_db, QStringLiteral("deputy_id"), tr("Deputy"), link.deputyId, QDate(), true);
    v.requiredText(QStringLiteral("enterprise"), tr("Enterprise"), link.enterprise, kShortTextLimit);
    v.text(QStringLiteral("contact_person"), tr("Contact person"), link.contactPerson, 50);
    v.phone(QStringLiteral("phone"), tr("Enterprise phone"), link.phone);
    v.text(QStringLiteral("address"), tr("Enterprise address"), link.address, kShortTextLimit);
    v.date(QStringLiteral("since"), tr("Linked since"), link.since, false);
    v.text(QStringLiteral("notes"), tr("Notes"), link.notes, Validation::kLongTextLimit, true);
    return v.status();
}

Status EnterpriseLinkRepository::insert(EnterpriseLink &link)
{
    if (Status s = validate(link); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    if (link.uuid.isEmpty())
        link.uuid = Ids::newUuid();
    link.createdAt = link.updatedAt = Ids::nowStamp();
    QSqlQuery q =
        m_db.prepare(QStringLiteral("INSERT INTO enterprise_links(deputy_id, enterprise, contact_person, "
                                    "phone, address, since, notes, uuid, "
                                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (Status s = m_db.exec(q, values(link) << link.uuid << link.createdAt << link.updatedAt); !s)
        return s;
    link.id = q.lastInsertId().toLongLong();
    return tx.commit();
}

Status EnterpriseLinkRepository::update(EnterpriseLink &link)
{
    if (Status s = validate(link); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    const QString now = Ids::nowStamp();
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE enterprise_links SET deputy_id = ?, enterprise = ?, contact_person = ?, phone "
                       "= ?, address = ?, "
                       "since = ?, notes = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"));
    if (Status s = m_db.exec(q, values(link) << now << link.id); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The enterprise link no longer exists or is in the recycle bin."));
    if (Status s = tx.commit(); !s)
        return s;
    link.updatedAt = now;
    return Status::ok();
}

std::optional<EnterpriseLink> EnterpriseLinkRepository::find(qint64 id) const
{
    return Rows::first(query(QStringLiteral("id = ?"), {id}));
}

std::optional<EnterpriseLink> EnterpriseLinkRepository::findByUuid(const QString &uuid) const
{
    return Rows::first(query(QStringLiteral("uuid = ?"), {uuid}));
}

QList<EnterpriseLink> EnterpriseLinkRepository::forDeputy(qint64 deputyId) const
{
    return query(QStringLiteral("deleted_at IS NULL AND deputy_id = ?"), {deputyId});
}

QList<EnterpriseLink> EnterpriseLinkRepository::all() const
{
    return query(QStringLiteral("deleted_at IS NULL"), {});
}

Status EnterpriseLinkRepository::remove(qint64 id)
{
    return SoftDelete::remove(m_db, "enterprise_links", id);
}

Status EnterpriseLinkRepository::restore(qint64 id)
{
    return SoftDelete::restore(m_db, "enterprise_links", id);
}

Status EnterpriseLinkRepository::validateVisit(const EnterpriseVisit &visit) const
{
    Validator v;
    const std::optional<EnterpriseLink> link = find(visit.linkId);
    if (!link || !SoftDelete::isLive(m_db, "enterprise_links", visit.linkId))
        v.add(QStringLiteral("link_id"), tr("Enterprise: choose an enterprise linked with the deputy."));
    v.date(QStringLiteral("visited_on"), tr("Visit date"), visit.visitedOn, true);
    if (link)
        v.notBefore(QStringLiteral("visited_on"), tr("Visit date"), visit.visitedOn, link->since,
                    tr("the date the link began"));
    v.text(QStringLiteral("summary"), tr("Summary"), visit.summary, Validation::kLongTextLimit, true);
    v.text(QStringLiteral("problems"), tr("Problems raised"), visit.problems, Validation::kLongTextLimit,
           true);
    return v.status();
}

Status EnterpriseLinkRepository::insertVisit(EnterpriseVisit &visit)
{
    if (Status s = validateVisit(visit); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    if (visit.uuid.isEmpty())
        visit.uuid = Ids::newUuid();
    visit.createdAt = visit.updatedAt = Ids::nowStamp();
    QSqlQuery q =
        m_db.prepare(QStringLiteral("INSERT INTO enterprise_visits(link_id, visited_on, summary, problems, "
                                    "uuid, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (Status s = m_db.exec(q, {visit.linkId, Ids::dateValue(visit.visitedOn), visit.summary, visit.problems,
                                 visit.uuid, visit.createdAt, visit.updatedAt});
        !s)
        return s;
    visit.id = q.lastInsertId().toLongLong();
    return tx.commit();
}

Status EnterpriseLinkRepository::updateVisit(EnterpriseVisit &visit)
{
    if (Status s = validateVisit(visit); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    const QString now = Ids::nowStamp();
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE enterprise_visits SET link_id = ?, visited_on = ?, summary = ?, "
                                    "problems = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"));
    if (Status s = m_db.exec(
            q, {visit.linkId, Ids::dateValue(visit.visitedOn), visit.summary, visit.problems, now, visit.id});
        !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The enterprise visit no longer exists or is in the recycle bin."));
    if (Status s = tx.commit(); !s)
        return s;
    visit.updatedAt = now;
    return Status::ok();
}

std::optional<EnterpriseVisit> EnterpriseLinkRepository::findVisit(qint64 id) const
{
    return Rows::first(queryVisits(QStringLiteral("v.id = ?"), {id}));
}

QList<EnterpriseVisit> EnterpriseLinkRepository::visits(qint64 linkId) const
{
    return queryVisits(QStringLiteral("v.deleted_at IS NULL AND v.link_id = ?"), {linkId});
}

QList<EnterpriseVisit> EnterpriseLinkRepository::visitsOfDeputy(qint64 deputyId, int year) const
{
    return queryVisits(QStringLiteral("v.deleted_at IS NULL AND l.deleted_at IS NULL AND l.deputy_id = ? "
                                      "AND v.visited_on BETWEEN ? AND ?"),
                       {deputyId, Ids::dateText(QDate(year, 1, 1)), Ids::dateText(QDate(year, 12, 31))});
}

Status EnterpriseLinkRepository::removeVisit(qint64 id)
{
    return SoftDelete::remove(m_db, "enterprise_visits", id);
}

Status EnterpriseLinkRepository::restoreVisit(qint64 id)
{
    return SoftDelete::restore(m_db, "enterprise_visits", id);
}

QList<EnterpriseLink> EnterpriseLinkRepository::query(const QString &where, const QVariantList &values) const
{
    return Rows::select<EnterpriseLink>(
        m_db,
        QStringLiteral("SELECT %1 FROM enterprise_links WHERE %2 ORDER BY since, id")
            .arg(QLatin1String(kColumns), where),
        values, fromQuery);
}

QList<EnterpriseVisit> EnterpriseLinkRepository::queryVisits(const QString &where,
                                                             const QVariantList &values) const
{
    QList<EnterpriseVisit> list;
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM enterprise_visits v JOIN enterprise_links l ON "
                                              "l.id = v.link_id WHERE %2 ORDER BY v.visited_on, v.id")
                                   .arg(QLatin1String(kVisitColumns), where));
    if (!m_db.exec(q, values))
        return list;
    while (q.next())
        list << visitFromQuery(q);
    return list;
}
