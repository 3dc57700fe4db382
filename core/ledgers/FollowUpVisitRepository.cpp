#include "ledgers/FollowUpVisitRepository.h"

#include "common/Ids.h"
#include "ledgers/Rows.h"
#include "ledgers/SoftDelete.h"
#include "rules/Validation.h"
#include "rules/Validator.h"
#include "storage/Database.h"

namespace {

const char kColumns[] =
    "id, uuid, appeal_id, suggestion_id, visited_on, method, visitor_deputy_id, visitor_clerk, "
    "visited_person, feedback, satisfaction, needs_more, created_at, updated_at";

FollowUpVisit fromQuery(const QSqlQuery &q)
{
    FollowUpVisit v;
    v.id = q.value(0).toLongLong();
    v.uuid = q.value(1).toString();
    v.appealId = q.value(2).toLongLong();
    v.suggestionId = q.value(3).toLongLong();
    v.visitedOn = Ids::parseDate(q.value(4).toString());
    v.method = q.value(5).toString();
    v.visitorDeputyId = q.value(6).toLongLong();
    v.visitorClerk = q.value(7).toString();
    v.visitedPerson = q.value(8).toString();
    v.feedback = q.value(9).toString();
    v.satisfaction = q.value(10).toString();
    v.needsMore = q.value(11).toBool();
    v.createdAt = q.value(12).toString();
    v.updatedAt = q.value(13).toString();
    return v;
}

} // namespace

FollowUpVisitRepository::FollowUpVisitRepository(Database &db)
    : m_db(db)
{}

Status FollowUpVisitRepository::validate(const FollowUpVisit &visit) const
{
    Validator v;
    QDate earliest;
    if ((visit.appealId > 0) == (visit.suggestionId > 0)) {
        v.add(QStringLiteral("appeal_id"),
              tr("Visited record: a follow-up visit belongs to exactly one appeal or "
                 "one suggestion."));
    } else if (visit.appealId > 0) {
        if (!SoftDelete::isLive(m_db, "appeals", visit.appealId))
            v.add(QStringLiteral("appeal_id"), tr("Appeal: it no longer exists or is in the recycle bin."));
        else
            earliest = Ids::parseDate(
                m_db.scalar(QStringLiteral("SELECT received_on FROM appeals WHERE id = ?"), {visit.appealId})
                    .toString());
    } else if (!SoftDelete::isLive(m_db, "suggestions", visit.suggestionId)) {
        v.add(QStringLiteral("suggestion_id"),
              tr("Suggestion: it no longer exists or is in the recycle bin."));
    }
    v.date(QStringLiteral("visited_on"), tr("Visit date"), visit.visitedOn, true);
    v.notBefore(QStringLiteral("visited_on"), tr("Visit date"), visit.visitedOn, earliest,
                tr("the date received"));
    v.code(QStringLiteral("method"), tr("Visit method"), Codes::VisitMethod, visit.method, true);
    if (visit.visitorDeputyId <= 0 && visit.visitorClerk.trimmed().isEmpty())
        v.add(QStringLiteral("visitor_clerk"),
              tr("Visited by: choose the deputy or enter the clerk who visited."));
    v.deputy(m_db, QStringLiteral("visitor_deputy_id"), tr("Visiting deputy"), visit.visitorDeputyId,
             v.hasError(QStringLiteral("visited_on")) ? QDate() : visit.visitedOn, false);
    v.text(QStringLiteral("visitor_clerk"), tr("Visiting clerk"), visit.visitorClerk, 50);
    v.text(QStringLiteral("visited_person"), tr("Person visited"), visit.visitedPerson, 50);
    v.text(QStringLiteral("feedback"), tr("What they said"), visit.feedback, Validation::kLongTextLimit,
           true);
    v.code(QStringLiteral("satisfaction"), tr("Satisfaction"), Codes::Satisfaction, visit.satisfaction, true);
    return v.status();
}

Status FollowUpVisitRepository::insert(FollowUpVisit &visit)
{
    if (Status s = validate(visit); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    const QString uuid = visit.uuid.isEmpty() ? Ids::newUuid() : visit.uuid;
    const QString now = Ids::nowStamp();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO follow_up_visits(uuid, appeal_id, suggestion_id, visited_on, method, visitor_deputy_id, "
        "visitor_clerk, visited_person, feedback, satisfaction, needs_more, created_at, updated_at) VALUES "
        "(?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (Status s =
            m_db.exec(q, {uuid, Ids::idValue(visit.appealId), Ids::idValue(visit.suggestionId),
                          Ids::dateValue(visit.visitedOn), visit.method, Ids::idValue(visit.visitorDeputyId),
                          visit.visitorClerk.trimmed(), visit.visitedPerson.trimmed(), visit.feedback,
                          visit.satisfaction, visit.needsMore ? 1 : 0, now, now});
        !s)
        return s;
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = tx.commit(); !s)
        return s;
    visit.id = id;
    visit.uuid = uuid;
    visit.createdAt = visit.updatedAt = now;
    return Status::ok();
}

Status FollowUpVisitRepository::update(FollowUpVisit &visit)
{
    const std::optional<FollowUpVisit> stored = find(visit.id);
    if (!stored)
        return Status::failure(tr("The follow-up visit no longer exists."));
    FollowUpVisit merged = visit;
    merged.appealId = stored->appealId;
    merged.suggestionId = stored->suggestionId;
    merged.satisfaction = stored->satisfaction;
    merged.needsMore = stored->needsMore;
    if (Status s = validate(merged); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    merged.updatedAt = Ids::nowStamp();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE follow_up_visits SET visited_on = ?, method = ?, visitor_deputy_id = ?, visitor_clerk = ?, "
        "visited_person = ?, feedback = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"));
    if (Status s =
            m_db.exec(q, {Ids::dateValue(merged.visitedOn), merged.method,
                          Ids::idValue(merged.visitorDeputyId), merged.visitorClerk.trimmed(),
                          merged.visitedPerson.trimmed(), merged.feedback, merged.updatedAt, merged.id});
        !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The follow-up visit is in the recycle bin; restore it first."));
    if (Status s = tx.commit(); !s)
        return s;
    visit = merged;
    return Status::ok();
}

std::optional<FollowUpVisit> FollowUpVisitRepository::find(qint64 id) const
{
    return Rows::first(query(QStringLiteral("id = ?"), {id}));
}

std::optional<FollowUpVisit> FollowUpVisitRepository::findByUuid(const QString &uuid) const
{
    return Rows::first(query(QStringLiteral("uuid = ?"), {uuid}));
}

QList<FollowUpVisit> FollowUpVisitRepository::forAppeal(qint64 appealId) const
{
    return query(QStringLiteral("deleted_at IS NULL AND appeal_id = ?"), {appealId});
}

QList<FollowUpVisit> FollowUpVisitRepository::forSuggestion(qint64 suggestionId) const
{
    return query(QStringLiteral("deleted_at IS NULL AND suggestion_id = ?"), {suggestionId});
}

QList<FollowUpVisit> FollowUpVisitRepository::forYear(int year) const
{
    return query(QStringLiteral("deleted_at IS NULL AND visited_on BETWEEN ? AND ?"),
                 {Ids::dateText(QDate(year, 1, 1)), Ids::dateText(QDate(year, 12, 31))});
}

QList<FollowUpVisit> FollowUpVisitRepository::forDeputy(qint64 deputyId, int year) const
{
    return query(
        QStringLiteral("deleted_at IS NULL AND visited_on BETWEEN ? AND ? AND (visitor_deputy_id = ? OR "
                       "appeal_id IN (SELECT id FROM appeals WHERE deputy_id = ?) OR suggestion_id IN "
                       "(SELECT id FROM suggestions WHERE lead_deputy_id = ?))"),
        {Ids::dateText(QDate(year, 1, 1)), Ids::dateText(QDate(year, 12, 31)), deputyId, deputyId, deputyId});
}

QList<FollowUpVisit> FollowUpVisitRepository::deleted() const
{
    return query(QStringLiteral("deleted_at IS NOT NULL"), {});
}

Status FollowUpVisitRepository::remove(qint64 id)
{
    return SoftDelete::remove(m_db, "follow_up_visits", id);
}

Status FollowUpVisitRepository::restore(qint64 id)
{
    return SoftDelete::restore(m_db, "follow_up_visits", id);
}

QList<FollowUpVisit> FollowUpVisitRepository::query(const QString &where, const QVariantList &values) const
{
    return Rows::select<FollowUpVisit>(
        m_db,
        QStringLiteral("SELECT %1 FROM follow_up_visits WHERE %2 ORDER BY visited_on, id")
            .arg(QLatin1String(kColumns), where),
        values, fromQuery);
}
