#include "ledgers/ConstituencyProfileRepository.h"

#include "common/Ids.h"
#include "ledgers/Rows.h"
#include "ledgers/SoftDelete.h"
#include "rules/Validation.h"
#include "rules/Validator.h"
#include "storage/Database.h"

#include <QSet>

namespace {

const char kColumns[] = "id, uuid, deputy_id, year, constituency, scope, households, population, voters, "
                        "communities, enterprises, facilities, key_problems, updated_on, notes, created_at, "
                        "updated_at";

int intOrUnknown(const QVariant &v)
{
    return v.isNull() ? -1 : v.toInt();
}

QVariant unknownOrInt(int value)
{
    return value < 0 ? QVariant() : QVariant(value);
}

ConstituencyProfile fromQuery(const QSqlQuery &q)
{
    ConstituencyProfile p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.deputyId = q.value(2).toLongLong();
    p.year = q.value(3).toInt();
    p.constituency = q.value(4).toString();
    p.scope = q.value(5).toString();
    p.households = intOrUnknown(q.value(6));
    p.population = intOrUnknown(q.value(7));
    p.voters = intOrUnknown(q.value(8));
    p.communities = q.value(9).toString();
    p.enterprises = q.value(10).toString();
    p.facilities = q.value(11).toString();
    p.keyProblems = q.value(12).toString();
    p.updatedOn = Ids::parseDate(q.value(13).toString());
    p.notes = q.value(14).toString();
    p.createdAt = q.value(15).toString();
    p.updatedAt = q.value(16).toString();
    return p;
}

QVariantList values(const ConstituencyProfile &p)
{
    return {p.deputyId,
            p.year,
            p.constituency.trimmed(),
            p.scope,
            unknownOrInt(p.households),
            unknownOrInt(p.population),
            unknownOrInt(p.voters),
            p.communities,
            p.enterprises,
            p.facilities,
            p.keyProblems,
            Ids::dateValue(p.updatedOn),
            p.notes};
}

} // namespace

ConstituencyProfileRepository::ConstituencyProfileRepository(Database &db)
    : m_db(db)
{}

Status ConstituencyProfileRepository::validate(const ConstituencyProfile &profile) const
{
    using Validation::kLongTextLimit;
    using Validation::kShortTextLimit;
    Validator v;
    const int thisYear = v.today().year();
    if (profile.year < Validation::earliestDate().year() || profile.year > thisYear + 1)
        v.add(QStringLiteral("year"),
              tr("Year: must be from %1 to %2.").arg(Validation::earliestDate().year()).arg(thisYear + 1));
    v.deputy(m_db, QStringLiteral("deputy_id"), tr("Deputy"), profile.deputyId, QDate(), true);
    if (!v.hasError(QStringLiteral("deputy_id")) && !v.hasError(QStringLiteral("year"))) {
        const int inOffice = m_db.scalar(QStringLiteral("SELECT count(*) FROM deputies WHERE id = ? AND "
                                                        "(term_start IS NULL OR term_start <= ?) AND "
                                                        "(term_end IS NULL OR term_end >= ?)"),
                                         {profile.deputyId, Ids::dateText(QDate(profile.year, 12, 31)),
                                          Ids::dateText(QDate(profile.year, 1, 1))})
                                 .toInt();
        if (inOffice == 0)
            v.add(QStringLiteral("deputy_id"),
                  tr("Deputy: was not in office during %1; choose the year of their mandate.")
                      .arg(profile.year));
        const int others =
            m_db.scalar(QStringLiteral("SELECT count(*) FROM constituency_profiles WHERE deputy_id = ? "
                                       "AND year = ? AND id <> ? AND deleted_at IS NULL"),
                        {profile.deputyId, profile.year, profile.id})
                .toInt();
        if (others > 0)
            v.add(QStringLiteral("year"),
                  tr("Year: this deputy already has a constituency profile for %1; open "
                     "and edit that one.")
                      .arg(profile.year));
    }
    v.text(QStringLiteral("constituency"), tr("Constituency"), profile.constituency, kShortTextLimit);
    v.text(QStringLiteral("scope"), tr("Scope"), profile.scope, kLongTextLimit, true);
    v.range(QStringLiteral("households"), tr("Households"), profile.households, 0, 10000000);
    v.range(QStringLiteral("population"), tr("Population"), profile.population, 0, 100000000);
    v.range(QStringLiteral("voters"), tr("Voters"), profile.voters, 0, 100000000);
    if (profile.voters >= 0 && profile.population >= 0 && profile.voters > profile.population)
        v.add(QStringLiteral("voters"), tr("Voters: cannot be more than the population."));
    v.text(QStringLiteral("communities"), tr("Communities"), profile.communities, kLongTextLimit, true);
    v.text(QStringLiteral("enterprises"), tr("Enterprises"), profile.enterprises, kLongTextLimit, true);
    v.text(QStringLiteral("facilities"), tr("Public facilities"), profile.facilities, kLongTextLimit, true);
    v.text(QStringLiteral("key_problems"), tr("Standing problems"), profile.keyProblems, kLongTextLimit,
           true);
    v.date(QStringLiteral("updated_on"), tr("Last updated"), profile.updatedOn, false);
    v.text(QStringLiteral("notes"), tr("Notes"), profile.notes, kLongTextLimit, true);
    for (int i = 0; i < profile.contactVoters.size(); ++i) {
        const ContactVoter &c = profile.contactVoters.at(i);
        const QString field = QStringLiteral("contact_voters.%1").arg(i);
        Validator row(v.today());
        row.requiredText(field, tr("Contact voter %1, name").arg(i + 1), c.name, 50);
        row.phone(field, tr("Contact voter %1, phone").arg(i + 1), c.phone);
        row.text(field, tr("Contact voter %1, address").arg(i + 1), c.address, kShortTextLimit);
        row.text(field, tr("Contact voter %1, notes").arg(i + 1), c.notes, kShortTextLimit, true);
        for (const FieldError &e : row.errors())
            v.add(e.field, e.message);
    }
    return v.status();
}

Status ConstituencyProfileRepository::insert(ConstituencyProfile &profile)
{
    if (Status s = validate(profile); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    const QString uuid = profile.uuid.isEmpty() ? Ids::newUuid() : profile.uuid;
    const QString now = Ids::nowStamp();
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO constituency_profiles(deputy_id, year, "
                                              "constituency, scope, households, population, voters, "
                                              "communities, enterprises, facilities, key_problems, "
                                              "updated_on, notes, uuid, created_at, updated_at) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (Status s = m_db.exec(q, values(profile) << uuid << now << now); !s)
        return s;
    ConstituencyProfile saved = profile;
    saved.id = q.lastInsertId().toLongLong();
    saved.uuid = uuid;
    saved.createdAt = saved.updatedAt = now;
    if (Status s = saveVoters(saved); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    profile = saved;
    return Status::ok();
}

Status ConstituencyProfileRepository::update(ConstituencyProfile &profile)
{
    if (Status s = validate(profile); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    const QString now = Ids::nowStamp();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE constituency_profiles SET deputy_id = ?, year = ?, constituency = ?, scope = ?, households = "
        "?, "
        "population = ?, voters = ?, communities = ?, enterprises = ?, facilities = ?, key_problems = ?, "
        "updated_on = ?, notes = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"));
    if (Status s = m_db.exec(q, values(profile) << now << profile.id); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The constituency profile no longer exists or is in the recycle bin."));
    ConstituencyProfile saved = profile;
    saved.updatedAt = now;
    if (Status s = saveVoters(saved); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    profile = saved;
    return Status::ok();
}

Status ConstituencyProfileRepository::saveVoters(ConstituencyProfile &profile)
{
    const QString now = Ids::nowStamp();
    QSet<qint64> kept;
    QSqlQuery ins =
        m_db.prepare(QStringLiteral("INSERT INTO contact_voters(profile_id, name, phone, address, notes, "
                                    "uuid, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery upd =
        m_db.prepare(QStringLiteral("UPDATE contact_voters SET name = ?, phone = ?, address = ?, notes = ?, "
                                    "updated_at = ? WHERE id = ? AND profile_id = ? AND deleted_at IS NULL"));
    for (ContactVoter &c : profile.contactVoters) {
        c.profileId = profile.id;
        if (c.id > 0) {
            if (Status s = m_db.exec(upd, {c.name.trimmed(), c.phone.trimmed(), c.address.trimmed(), c.notes,
                                           now, c.id, profile.id});
                !s)
                return s;
            if (upd.numRowsAffected() != 1)
                return Status::failure(
                    tr("Contact voter \"%1\" no longer belongs to this profile; reopen the "
                       "profile and try again.")
                        .arg(c.name));
        } else {
            if (c.uuid.isEmpty())
                c.uuid = Ids::newUuid();
            if (Status s = m_db.exec(ins, {profile.id, c.name.trimmed(), c.phone.trimmed(),
                                           c.address.trimmed(), c.notes, c.uuid, now, now});
                !s)
                return s;
            c.id = ins.lastInsertId().toLongLong();
        }
        kept.insert(c.id);
    }
    // Voters no longer listed go to the recycle bin, like every other record.
    for (const ContactVoter &old : voters(profile.id)) {
        if (kept.contains(old.id))
            continue;
        QSqlQuery del = m_db.prepare(
            QStringLiteral("UPDATE contact_voters SET deleted_at = ?, updated_at = ? WHERE id = ?"));
        if (Status s = m_db.exec(del, {now, now, old.id}); !s)
            return s;
    }
    return Status::ok();
}

std::optional<ConstituencyProfile> ConstituencyProfileRepository::find(qint64 id) const
{
    return Rows::first(query(QStringLiteral("id = ?"), {id}));
}

std::optional<ConstituencyProfile> ConstituencyProfileRepository::findByUuid(const QString &uuid) const
{
    return Rows::first(query(QStringLiteral("uuid = ?"), {uuid}));
}

std::optional<ConstituencyProfile> ConstituencyProfileRepository::findFor(qint64 deputyId, int year) const
{
    return Rows::first(
        query(QStringLiteral("deleted_at IS NULL AND deputy_id = ? AND year = ?"), {deputyId, year}));
}

QList<ConstituencyProfile> ConstituencyProfileRepository::forDeputy(qint64 deputyId) const
{
    return query(QStringLiteral("deleted_at IS NULL AND deputy_id = ?"), {deputyId});
}

QList<ConstituencyProfile> ConstituencyProfileRepository::forYear(int year) const
{
    return query(QStringLiteral("deleted_at IS NULL AND year = ?"), {year});
}

Status ConstituencyProfileRepository::remove(qint64 id)
{
    return SoftDelete::remove(m_db, "constituency_profiles", id);
}

Status ConstituencyProfileRepository::restore(qint64 id)
{
    const int clash = m_db.scalar(QStringLiteral("SELECT count(*) FROM constituency_profiles p JOIN "
                                                 "constituency_profiles o ON o.deputy_id = p.deputy_id AND "
                                                 "o.year = p.year AND o.id <> p.id AND o.deleted_at IS NULL "
                                                 "WHERE p.id = ?"),
                                  {id})
                          .toInt();
    if (clash > 0)
        return Status::failure(
            tr("The deputy already has another constituency profile for that year; move that "
               "one to the recycle bin first if you want this one back."));
    return SoftDelete::restore(m_db, "constituency_profiles", id);
}

QList<ConstituencyProfile> ConstituencyProfileRepository::query(const QString &where,
                                                                const QVariantList &values) const
{
    QList<ConstituencyProfile> list = Rows::select<ConstituencyProfile>(
        m_db,
        QStringLiteral("SELECT %1 FROM constituency_profiles WHERE %2 ORDER BY year DESC, id")
            .arg(QLatin1String(kColumns), where),
        values, fromQuery);
    for (ConstituencyProfile &p : list)
        p.contactVoters = voters(p.id);
    return list;
}

QList<ContactVoter> ConstituencyProfileRepository::voters(qint64 profileId) const
{
    QList<ContactVoter> list;
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id, uuid, profile_id, name, phone, address, notes FROM "
                       "contact_voters WHERE profile_id = ? AND deleted_at IS NULL ORDER BY id"));
    if (!m_db.exec(q, {profileId}))
        return list;
    while (q.next()) {
        ContactVoter c;
        c.id = q.value(0).toLongLong();
        c.uuid = q.value(1).toString();
        c.profileId = q.value(2).toLongLong();
        c.name = q.value(3).toString();
        c.phone = q.value(4).toString();
        c.address = q.value(5).toString();
        c.notes = q.value(6).toString();
        list << c;
    }
    return list;
}
