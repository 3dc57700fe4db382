#pragma once

#include "common/Status.h"
#include "model/ConstituencyProfile.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

/// Ledger 1, 选区概况台账: one profile per deputy per year, saved together with its fixed-contact voters.
class ConstituencyProfileRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConstituencyProfileRepository)
public:
    explicit ConstituencyProfileRepository(Database &db);

    /// Required: a deputy in office during the year, the year; one profile per deputy and year; numbers
    /// not negative; each contact voter with a name and (if given) a valid phone.
    Status validate(const ConstituencyProfile &profile) const;
    /// Inserts the profile and its contact voters in one transaction.
    Status insert(ConstituencyProfile &profile);
    /// Saves the profile and makes its contact voters exactly `profile.contactVoters`: voters with an id
    /// are updated, without one inserted, and the ones no longer listed moved to the recycle bin.
    Status update(ConstituencyProfile &profile);
    std::optional<ConstituencyProfile> find(qint64 id) const;
    std::optional<ConstituencyProfile> findByUuid(const QString &uuid) const;
    /// The deputy's profile of `year`, if one was made.
    std::optional<ConstituencyProfile> findFor(qint64 deputyId, int year) const;
    /// A deputy's profiles, newest year first.
    QList<ConstituencyProfile> forDeputy(qint64 deputyId) const;
    /// All profiles of `year`.
    QList<ConstituencyProfile> forYear(int year) const;
    Status remove(qint64 id);
    /// Fails when the deputy has made another profile for the same year meanwhile.
    Status restore(qint64 id);

private:
    QList<ConstituencyProfile> query(const QString &where, const QVariantList &values) const;
    QList<ContactVoter> voters(qint64 profileId) const;
    Status saveVoters(ConstituencyProfile &profile);

    Database &m_db;
};
