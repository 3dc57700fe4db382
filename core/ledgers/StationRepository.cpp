#include "ledgers/StationRepository.h"

#include "common/Ids.h"
#include "rules/Validation.h"
#include "rules/Validator.h"
#include "storage/Database.h"

namespace {

const char kColumns[] = "id, uuid, name, street, address, created_at, updated_at";

Station fromQuery(const QSqlQuery &q)
{
    Station s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    s.name = q.value(2).toString();
    s.street = q.value(3).toString();
    s.address = q.value(4).toString();
    s.createdAt = q.value(5).toString();
    s.updatedAt = q.value(6).toString();
    return s;
}

} // namespace

StationRepository::StationRepository(Database &db)
    : m_db(db)
{
}

Status StationRepository::validate(const Station &station) const
{
    Validator v;
    if (station.name.trimmed().isEmpty())
        v.add(QStringLiteral("name"), tr("Station name: enter the liaison station's name."));
    else
        v.text(QStringLiteral("name"), tr("Station name"), station.name, Validation::kShortTextLimit);
    v.text(QStringLiteral("street"), tr("Street"), station.street, Validation::kShortTextLimit);
    v.text(QStringLiteral("address"), tr("Address"), station.address, Validation::kShortTextLimit);
    return v.status();
}

Status StationRepository::insert(Station &station)
{
    if (Status s = validate(station); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    if (station.uuid.isEmpty())
        station.uuid = Ids::newUuid();
    station.createdAt = station.updatedAt = Ids::nowStamp();
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO stations(uuid, name, street, address, created_at, "
                                              "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (Status s = m_db.exec(q, {station.uuid, station.name.trimmed(), station.street.trimmed(),
                                 station.address.trimmed(), station.createdAt, station.updatedAt});
        !s)
        return s;
    station.id = q.lastInsertId().toLongLong();
    return tx.commit();
}

Status StationRepository::update(Station &station)
{
    if (Status s = validate(station); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    station.updatedAt = Ids::nowStamp();
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE stations SET name = ?, street = ?, address = ?, updated_at = ? WHERE id = ?"));
    if (Status s = m_db.exec(q, {station.name.trimmed(), station.street.trimmed(), station.address.trimmed(),
                                 station.updatedAt, station.id});
        !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The station no longer exists."));
    return tx.commit();
}

std::optional<Station> StationRepository::find(qint64 id) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM stations WHERE id = ?").arg(QLatin1String(kColumns)));
    if (!m_db.exec(q, {id}) || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

std::optional<Station> StationRepository::findByUuid(const QString &uuid) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT %1 FROM stations WHERE uuid = ?").arg(QLatin1String(kColumns)));
    if (!m_db.exec(q, {uuid}) || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

std::optional<Station> StationRepository::local() const
{
    const qint64 id = m_db.localStationId();
    return id > 0 ? find(id) : std::nullopt;
}

QList<Station> StationRepository::all() const
{
    QList<Station> list;
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM stations WHERE deleted_at IS NULL ORDER BY id").arg(QLatin1String(kColumns)));
    if (!m_db.exec(q))
        return list;
    while (q.next())
        list << fromQuery(q);
    return list;
}
