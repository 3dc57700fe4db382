#pragma once

#include "common/Status.h"
#include "model/Station.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

/// Stations of a file. The first one is the file's own station; a district's merged file has more.
class StationRepository
{
    Q_DECLARE_TR_FUNCTIONS(StationRepository)
public:
    explicit StationRepository(Database &db);

    Status validate(const Station &station) const;
    /// Inserts `station` (assigning id, uuid unless set, and time stamps).
    Status insert(Station &station);
    Status update(Station &station);
    std::optional<Station> find(qint64 id) const;
    std::optional<Station> findByUuid(const QString &uuid) const;
    /// The file's own station, if it has one yet.
    std::optional<Station> local() const;
    QList<Station> all() const;

private:
    Database &m_db;
};
