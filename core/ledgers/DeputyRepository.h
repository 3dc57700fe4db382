#pragma once

#include "common/Status.h"
#include "model/Deputy.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

/// The station's deputies. A deputy who left keeps their records: end the mandate (termEnd) rather
/// than deleting; remove() moves a deputy entered by mistake to the recycle bin.
class DeputyRepository
{
    Q_DECLARE_TR_FUNCTIONS(DeputyRepository)
public:
    explicit DeputyRepository(Database &db);

    /// Required: name, level; optional but checked: gender, term (1–30), phone, mandate dates (end not
    /// before start).
    Status validate(const Deputy &deputy) const;
    /// Inserts `deputy` (assigning id, uuid unless set, the file's station unless set, time stamps).
    Status insert(Deputy &deputy);
    Status update(Deputy &deputy);
    /// Finds a deputy, also one in the recycle bin (old records keep showing their deputy's name).
    std::optional<Deputy> find(qint64 id) const;
    std::optional<Deputy> findByUuid(const QString &uuid) const;
    /// All deputies not in the recycle bin, by name (those who left included).
    QList<Deputy> all() const;
    /// Deputies in office on `date`.
    QList<Deputy> inOfficeOn(const QDate &date) const;
    /// Deputies in office at some time during `year`.
    QList<Deputy> inOfficeDuring(int year) const;
    /// Deputies in the recycle bin.
    QList<Deputy> deleted() const;
    /// Moves the deputy to the recycle bin; their records stay.
    Status remove(qint64 id);
    Status restore(qint64 id);

private:
    QList<Deputy> query(const QString &where, const QVariantList &values) const;

    Database &m_db;
};
