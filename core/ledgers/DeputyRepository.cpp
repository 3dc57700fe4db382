#include "ledgers/DeputyRepository.h"

#include "common/Ids.h"
#include "ledgers/Rows.h"
#include "ledgers/SoftDelete.h"
#include "rules/Validation.h"
#include "rules/Validator.h"
#include "storage/Database.h"

namespace {

const char kColumns[] =
    "id, uuid, station_id, name, gender, level, term, constituency, employer, post, sector, "
    "phone, term_start, term_end, notes, created_at, updated_at";

Deputy fromQuery(const QSqlQuery &q)
{
    Deputy d;
    d.id = q.value(0).toLongLong();
    d.uuid = q.value(1).toString();
    d.stationId = q.value(2).toLongLong();
    d.name = q.value(3).toString();
    d.gender = q.value(4).toString();
    d.level = q.value(5).toString();
    d.term = q.value(6).toInt();
    d.constituency = q.value(7).toString();
    d.employer = q.value(8).toString();
    d.post = q.value(9).toString();
    d.sector = q.value(10).toString();
    d.phone = q.value(11).toString();
    d.termStart = Ids::parseDate(q.value(12).toString());
    d.termEnd = Ids::parseDate(q.value(13).toString());
    d.notes = q.value(14).toString();
    d.createdAt = q.value(15).toString();
    d.updatedAt = q.value(16).toString();
    return d;
}

QVariantList values(const Deputy &d)
{
    return {d.stationId,
            d.name.trimmed(),
            d.gender,
            d.level,
            d.term > 0 ? QVariant(d.term) : QVariant(),
            d.constituency.trimmed(),
            d.employer.trimmed(),
            d.post.trimmed(),
            d.sector.trimmed(),
            d.phone.trimmed(),
            Ids::dateValue(d.termStart),
            Ids::dateValue(d.termEnd),
            d.notes};
}

} // namespace

DeputyRepository::DeputyRepository(Database &db)
    : m_db(db)
{}

Status DeputyRepository::validate(const Deputy &deputy) const
{
    using Validation::kShortTextLimit;
    Validator v;
    v.requiredText(QStringLiteral("name"), tr("Deputy's name"), deputy.name, 50);
    v.code(QStringLiteral("gender"), tr("Gender"), Codes::Gender, deputy.gender, false);
    v.code(QStringLiteral("level"), tr("Level"), Codes::DeputyLevel, deputy.level, true);
    v.range(QStringLiteral("term"), tr("Term"), deputy.term, 1, 30, 0);
    v.text(QStringLiteral("constituency"), tr("Constituency"), deputy.constituency, kShortTextLimit);
    v.text(QStringLiteral("employer"), tr("Employer"), deputy.employer, kShortTextLimit);
    v.text(QStringLiteral("post"), tr("Post"), deputy.post, kShortTextLimit);
    v.text(QStringLiteral("sector"), tr("Sector"), deputy.sector, 50);
    v.phone(QStringLiteral("phone"), tr("Deputy's phone"), deputy.phone);
    // A mandate may be entered ahead of time, so the dates may lie in the future.
    v.date(QStringLiteral("term_start"), tr("Mandate start"), deputy.termStart, false, false);
    v.date(QStringLiteral("term_end"), tr("Mandate end"), deputy.termEnd, false, false);
    v.notBefore(QStringLiteral("term_end"), tr("Mandate end"), deputy.termEnd, deputy.termStart,
                tr("the mandate start"));
    v.text(QStringLiteral("notes"), tr("Notes"), deputy.notes, Validation::kLongTextLimit, true);
    return v.status();
}

Status DeputyRepository::insert(Deputy &deputy)
{
    if (deputy.stationId <= 0)
        deputy.stationId = m_db.localStationId();
    if (Status s = validate(deputy); !s)
        return s;
    if (deputy.stationId <= 0)
        return Status::failure(tr("Create the station first: a deputy belongs to a liaison station."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    if (deputy.uuid.isEmpty())
        deputy.uuid = Ids::newUuid();
    deputy.createdAt = deputy.updatedAt = Ids::nowStamp();
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO deputies(station_id, name, gender, level, term, "
                                              "constituency, employer, post, sector, phone, "
                                              "term_start, term_end, notes, uuid, created_at, updated_at) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                              "?, ?)"));
    if (Status s = m_db.exec(q, values(deputy) << deputy.uuid << deputy.createdAt << deputy.updatedAt); !s)
        return s;
    deputy.id = q.lastInsertId().toLongLong();
    return tx.commit();
}

Status DeputyRepository::update(Deputy &deputy)
{
    if (Status s = validate(deputy); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    const QString now = Ids::nowStamp();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE deputies SET station_id = ?, name = ?, gender = ?, level = ?, term = ?, constituency = ?, "
        "employer = ?, post = ?, sector = ?, phone = ?, term_start = ?, term_end = ?, notes = ?, updated_at "
        "= ? "
        "WHERE id = ? AND deleted_at IS NULL"));
    if (Status s = m_db.exec(q, values(deputy) << now << deputy.id); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The deputy no longer exists or is in the recycle bin."));
    if (Status s = tx.commit(); !s)
        return s;
    deputy.updatedAt = now;
    return Status::ok();
}

std::optional<Deputy> DeputyRepository::find(qint64 id) const
{
    return Rows::first(query(QStringLiteral("id = ?"), {id}));
}

std::optional<Deputy> DeputyRepository::findByUuid(const QString &uuid) const
{
    return Rows::first(query(QStringLiteral("uuid = ?"), {uuid}));
}

QList<Deputy> DeputyRepository::all() const
{
    return query(QStringLiteral("deleted_at IS NULL"), {});
}

QList<Deputy> DeputyRepository::inOfficeOn(const QDate &date) const
{
    const QString d = Ids::dateText(date);
    return query(QStringLiteral("deleted_at IS NULL AND (term_start IS NULL OR term_start <= ?) "
                                "AND (term_end IS NULL OR term_end >= ?)"),
                 {d, d});
}

QList<Deputy> DeputyRepository::inOfficeDuring(int year) const
{
    return query(QStringLiteral("deleted_at IS NULL AND (term_start IS NULL OR term_start <= ?) "
                                "AND (term_end IS NULL OR term_end >= ?)"),
                 {Ids::dateText(QDate(year, 12, 31)), Ids::dateText(QDate(year, 1, 1))});
}

QList<Deputy> DeputyRepository::deleted() const
{
    return query(QStringLiteral("deleted_at IS NOT NULL"), {});
}

Status DeputyRepository::remove(qint64 id)
{
    return SoftDelete::remove(m_db, "deputies", id);
}

Status DeputyRepository::restore(qint64 id)
{
    return SoftDelete::restore(m_db, "deputies", id);
}

QList<Deputy> DeputyRepository::query(const QString &where, const QVariantList &values) const
{
    return Rows::select<Deputy>(m_db,
                                QStringLiteral("SELECT %1 FROM deputies WHERE %2 ORDER BY name, id")
                                    .arg(QLatin1String(kColumns), where),
                                values, fromQuery);
}
