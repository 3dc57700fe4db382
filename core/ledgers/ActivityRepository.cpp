#include "ledgers/ActivityRepository.h"

#include "common/Ids.h"
#include "ledgers/Rows.h"
#include "ledgers/SoftDelete.h"
#include "rules/Validation.h"
#include "rules/Validator.h"
#include "storage/Database.h"

#include <QSet>

namespace {

const char kColumns[] =
    "id, uuid, station_id, type, title, held_on, place, partner, people_reached, summary, notes, "
    "created_at, updated_at";

Activity fromQuery(const QSqlQuery &q)
{
    Activity a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.stationId = q.value(2).toLongLong();
    a.type = q.value(3).toString();
    a.title = q.value(4).toString();
    a.heldOn = Ids::parseDate(q.value(5).toString());
    a.place = q.value(6).toString();
    a.partner = q.value(7).toString();
    a.peopleReached = q.value(8).isNull() ? -1 : q.value(8).toInt();
    a.summary = q.value(9).toString();
    a.notes = q.value(10).toString();
    a.createdAt = q.value(11).toString();
    a.updatedAt = q.value(12).toString();
    return a;
}

QVariantList values(const Activity &a)
{
    return {a.stationId,
            a.type,
            a.title.trimmed(),
            Ids::dateValue(a.heldOn),
            a.place.trimmed(),
            a.partner.trimmed(),
            a.peopleReached < 0 ? QVariant() : QVariant(a.peopleReached),
            a.summary,
            a.notes};
}

} // namespace

ActivityRepository::ActivityRepository(Database &db)
    : m_db(db)
{}

Status ActivityRepository::validate(const Activity &activity) const
{
    using Validation::kShortTextLimit;
    Validator v;
    v.code(QStringLiteral("type"), tr("Type of activity"), Codes::ActivityType, activity.type, true);
    v.requiredText(QStringLiteral("title"), tr("Title"), activity.title, kShortTextLimit);
    v.date(QStringLiteral("held_on"), tr("Date held"), activity.heldOn, true);
    v.text(QStringLiteral("place"), tr("Place"), activity.place, kShortTextLimit);
    v.text(QStringLiteral("partner"), tr("Partner"), activity.partner, kShortTextLimit);
    v.range(QStringLiteral("people_reached"), tr("People reached"), activity.peopleReached, 0, 10000000);
    v.text(QStringLiteral("summary"), tr("Summary"), activity.summary, Validation::kLongTextLimit, true);
    v.text(QStringLiteral("notes"), tr("Notes"), activity.notes, Validation::kLongTextLimit, true);
    QSet<qint64> seen;
    const QDate on = v.hasError(QStringLiteral("held_on")) ? QDate() : activity.heldOn;
    for (qint64 id : activity.participantIds) {
        if (seen.contains(id))
            v.add(QStringLiteral("participants"), tr("Participating deputies: a deputy is listed twice."));
        else
            v.deputy(m_db, QStringLiteral("participants"), tr("Participating deputies"), id, on, true);
        seen.insert(id);
    }
    return v.status();
}

Status ActivityRepository::insert(Activity &activity)
{
    if (activity.stationId <= 0)
        activity.stationId = m_db.localStationId();
    if (Status s = validate(activity); !s)
        return s;
    if (activity.stationId <= 0)
        return Status::failure(tr("Create the station first: an activity belongs to a liaison station."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    Activity saved = activity;
    if (saved.uuid.isEmpty())
        saved.uuid = Ids::newUuid();
    saved.createdAt = saved.updatedAt = Ids::nowStamp();
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO activities(station_id, type, title, held_on, place, partner, "
                       "people_reached, summary, notes, "
                       "uuid, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (Status s = m_db.exec(q, values(saved) << saved.uuid << saved.createdAt << saved.updatedAt); !s)
        return s;
    saved.id = q.lastInsertId().toLongLong();
    if (Status s = saveParticipants(saved); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    activity = saved;
    return Status::ok();
}

Status ActivityRepository::update(Activity &activity)
{
    if (Status s = validate(activity); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    const QString now = Ids::nowStamp();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE activities SET station_id = ?, type = ?, title = ?, held_on = ?, place = ?, partner = ?, "
        "people_reached = ?, summary = ?, notes = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"));
    if (Status s = m_db.exec(q, values(activity) << now << activity.id); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The activity no longer exists or is in the recycle bin."));
    if (Status s = saveParticipants(activity); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    activity.updatedAt = now;
    return Status::ok();
}

Status ActivityRepository::saveParticipants(const Activity &activity)
{
    QSqlQuery del = m_db.prepare(QStringLiteral("DELETE FROM activity_participants WHERE activity_id = ?"));
    if (Status s = m_db.exec(del, {activity.id}); !s)
        return s;
    QSqlQuery ins = m_db.prepare(
        QStringLiteral("INSERT INTO activity_participants(activity_id, deputy_id) VALUES (?, ?)"));
    for (qint64 id : activity.participantIds) {
        if (Status s = m_db.exec(ins, {activity.id, id}); !s)
            return s;
    }
    return Status::ok();
}

std::optional<Activity> ActivityRepository::find(qint64 id) const
{
    return Rows::first(query(QStringLiteral("id = ?"), {id}));
}

std::optional<Activity> ActivityRepository::findByUuid(const QString &uuid) const
{
    return Rows::first(query(QStringLiteral("uuid = ?"), {uuid}));
}

QList<Activity> ActivityRepository::forYear(int year) const
{
    return query(QStringLiteral("deleted_at IS NULL AND held_on BETWEEN ? AND ?"),
                 {Ids::dateText(QDate(year, 1, 1)), Ids::dateText(QDate(year, 12, 31))});
}

QList<Activity> ActivityRepository::forDeputy(qint64 deputyId, int year) const
{
    const QString who = QStringLiteral(
        "deleted_at IS NULL AND id IN (SELECT activity_id FROM activity_participants WHERE deputy_id = ?)");
    if (year == 0)
        return query(who, {deputyId});
    return query(who + QStringLiteral(" AND held_on BETWEEN ? AND ?"),
                 {deputyId, Ids::dateText(QDate(year, 1, 1)), Ids::dateText(QDate(year, 12, 31))});
}

QList<Activity> ActivityRepository::deleted() const
{
    return query(QStringLiteral("deleted_at IS NOT NULL"), {});
}

Status ActivityRepository::remove(qint64 id)
{
    return SoftDelete::remove(m_db, "activities", id);
}

Status ActivityRepository::restore(qint64 id)
{
    return SoftDelete::restore(m_db, "activities", id);
}

QList<Activity> ActivityRepository::query(const QString &where, const QVariantList &values) const
{
    QList<Activity> list =
        Rows::select<Activity>(m_db,
                               QStringLiteral("SELECT %1 FROM activities WHERE %2 ORDER BY held_on, id")
                                   .arg(QLatin1String(kColumns), where),
                               values, fromQuery);
    QSqlQuery participants = m_db.prepare(QStringLiteral(
        "SELECT deputy_id FROM activity_participants WHERE activity_id = ? ORDER BY deputy_id"));
    for (Activity &a : list) {
        if (m_db.exec(participants, {a.id})) {
            while (participants.next())
                a.participantIds << participants.value(0).toLongLong();
        }
    }
    return list;
}
