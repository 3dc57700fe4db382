#include "ledgers/SuggestionRepository.h"

#include "common/Ids.h"
#include "ledgers/LedgerNumbers.h"
#include "ledgers/Rows.h"
#include "ledgers/SoftDelete.h"
#include "ledgers/VocabularyRepository.h"
#include "rules/Validation.h"
#include "rules/Validator.h"
#include "storage/Database.h"

#include <QSet>

namespace {

const char kColumns[] =
    "id, uuid, station_id, number, title, content, lead_deputy_id, kind, status, round, "
    "submitted_on, contact_person, contact_phone, deadline, reply_on, reply_summary, grade, "
    "satisfaction, satisfaction_on, notes, created_at, updated_at";

Suggestion fromQuery(const QSqlQuery &q)
{
    Suggestion s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    s.stationId = q.value(2).toLongLong();
    s.number = q.value(3).toString();
    s.title = q.value(4).toString();
    s.content = q.value(5).toString();
    s.leadDeputyId = q.value(6).toLongLong();
    s.kind = q.value(7).toString();
    s.status = q.value(8).toString();
    s.round = q.value(9).toInt();
    s.submittedOn = Ids::parseDate(q.value(10).toString());
    s.contactPerson = q.value(11).toString();
    s.contactPhone = q.value(12).toString();
    s.deadline = Ids::parseDate(q.value(13).toString());
    s.replyOn = Ids::parseDate(q.value(14).toString());
    s.replySummary = q.value(15).toString();
    s.grade = q.value(16).toString();
    s.satisfaction = q.value(17).toString();
    s.satisfactionOn = Ids::parseDate(q.value(18).toString());
    s.notes = q.value(19).toString();
    s.createdAt = q.value(20).toString();
    s.updatedAt = q.value(21).toString();
    return s;
}

QVariantList registration(const Suggestion &s)
{
    return {s.title.trimmed(),        s.content, s.leadDeputyId, s.kind, s.contactPerson.trimmed(),
            s.contactPhone.trimmed(), s.notes};
}

} // namespace

SuggestionRepository::SuggestionRepository(Database &db)
    : m_db(db)
{}

Status SuggestionRepository::validate(const Suggestion &suggestion) const
{
    using Validation::kShortTextLimit;
    Validator v;
    v.requiredText(QStringLiteral("title"), tr("Title"), suggestion.title, kShortTextLimit);
    v.text(QStringLiteral("content"), tr("Content"), suggestion.content, Validation::kLongTextLimit, true);
    v.deputy(m_db, QStringLiteral("lead_deputy_id"), tr("Lead deputy"), suggestion.leadDeputyId,
             suggestion.submittedOn, true);
    v.code(QStringLiteral("kind"), tr("Kind of suggestion"), Codes::SuggestionKind, suggestion.kind, true);
    QSet<qint64> cosigners;
    for (qint64 id : suggestion.cosignerIds) {
        if (id == suggestion.leadDeputyId)
            v.add(QStringLiteral("cosigners"), tr("Co-signers: the lead deputy cannot also co-sign."));
        else if (cosigners.contains(id))
            v.add(QStringLiteral("cosigners"), tr("Co-signers: a deputy is listed twice."));
        else
            v.deputy(m_db, QStringLiteral("cosigners"), tr("Co-signers"), id, suggestion.submittedOn, true);
        cosigners.insert(id);
    }
    QSet<qint64> appeals;
    for (qint64 id : suggestion.sourceAppealIds) {
        if (appeals.contains(id))
            v.add(QStringLiteral("source_appeals"), tr("Source appeals: an appeal is listed twice."));
        else if (!SoftDelete::isLive(m_db, "appeals", id))
            v.add(QStringLiteral("source_appeals"),
                  tr("Source appeals: an appeal no longer exists or is in the recycle bin."));
        appeals.insert(id);
    }
    QSet<QString> units;
    for (const HandlingUnit &u : suggestion.units) {
        const QString name = u.unit.trimmed();
        v.requiredText(QStringLiteral("units"), tr("Handling unit"), name, 50);
        v.code(QStringLiteral("units"), tr("Role of the handling unit"), Codes::UnitRole, u.role, true);
        if (units.contains(name))
            v.add(QStringLiteral("units"), tr("Handling units: \"%1\" is listed twice.").arg(name));
        units.insert(name);
    }
    v.text(QStringLiteral("contact_person"), tr("Contact person"), suggestion.contactPerson, 50);
    v.phone(QStringLiteral("contact_phone"), tr("Contact phone"), suggestion.contactPhone);
    v.text(QStringLiteral("notes"), tr("Notes"), suggestion.notes, Validation::kLongTextLimit, true);
    return v.status();
}

Status SuggestionRepository::insert(Suggestion &suggestion)
{
    if (suggestion.stationId <= 0)
        suggestion.stationId = m_db.localStationId();
    if (Status s = validate(suggestion); !s)
        return s;
    if (suggestion.stationId <= 0)
        return Status::failure(tr("Create the station first: a suggestion belongs to a liaison station."));
    if (suggestion.submittedOn.isValid() && (suggestion.submittedOn < Validation::earliestDate() ||
                                             suggestion.submittedOn > QDate::currentDate()))
        return Status::invalid({FieldError{QStringLiteral("submitted_on"),
                                           tr("Date submitted: must lie between %1 and today.")
                                               .arg(Ids::dateText(Validation::earliestDate()))}});
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    Suggestion fresh;
    fresh.stationId = suggestion.stationId;
    fresh.uuid = suggestion.uuid.isEmpty() ? Ids::newUuid() : suggestion.uuid;
    fresh.title = suggestion.title.trimmed();
    fresh.content = suggestion.content;
    fresh.leadDeputyId = suggestion.leadDeputyId;
    fresh.cosignerIds = suggestion.cosignerIds;
    fresh.sourceAppealIds = suggestion.sourceAppealIds;
    fresh.units = suggestion.units;
    fresh.kind = suggestion.kind;
    fresh.contactPerson = suggestion.contactPerson.trimmed();
    fresh.contactPhone = suggestion.contactPhone.trimmed();
    fresh.notes = suggestion.notes;
    fresh.createdAt = fresh.updatedAt = Ids::nowStamp();
    const int year =
        suggestion.submittedOn.isValid() ? suggestion.submittedOn.year() : QDate::currentDate().year();
    const LedgerNumbers::Number number = LedgerNumbers::next(m_db, "suggestions", fresh.stationId, year);
    fresh.number = number.text;
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO suggestions(title, content, lead_deputy_id, kind, "
                                              "contact_person, contact_phone, notes, uuid, "
                                              "station_id, number, number_year, number_seq, status, round, "
                                              "created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
                                              "?, ?, ?, ?, ?, ?, ?, 'draft', 1, ?, ?)"));
    if (Status s =
            m_db.exec(q, registration(fresh) << fresh.uuid << fresh.stationId << fresh.number << number.year
                                             << number.sequence << fresh.createdAt << fresh.updatedAt);
        !s)
        return s;
    fresh.id = q.lastInsertId().toLongLong();
    if (Status s = saveChildren(fresh); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    suggestion = fresh;
    return Status::ok();
}

Status SuggestionRepository::update(Suggestion &suggestion)
{
    // The lead deputy must have been in office on the stored submission date, not on one the caller made up.
    Suggestion checked = suggestion;
    if (std::optional<Suggestion> stored = find(suggestion.id))
        checked.submittedOn = stored->submittedOn;
    if (Status s = validate(checked); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE suggestions SET title = ?, content = ?, lead_deputy_id = ?, kind = ?, contact_person = ?, "
        "contact_phone = ?, notes = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"));
    if (Status s = m_db.exec(q, registration(suggestion) << Ids::nowStamp() << suggestion.id); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The suggestion no longer exists or is in the recycle bin."));
    if (Status s = saveChildren(suggestion); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    if (std::optional<Suggestion> saved = find(suggestion.id))
        suggestion = *saved;
    return Status::ok();
}

Status SuggestionRepository::saveChildren(const Suggestion &suggestion)
{
    QSqlQuery delCosigners =
        m_db.prepare(QStringLiteral("DELETE FROM suggestion_cosigners WHERE suggestion_id = ?"));
    if (Status s = m_db.exec(delCosigners, {suggestion.id}); !s)
        return s;
    QSqlQuery cosigner = m_db.prepare(
        QStringLiteral("INSERT INTO suggestion_cosigners(suggestion_id, deputy_id) VALUES (?, ?)"));
    for (qint64 id : suggestion.cosignerIds) {
        if (Status s = m_db.exec(cosigner, {suggestion.id, id}); !s)
            return s;
    }
    QSqlQuery delAppeals =
        m_db.prepare(QStringLiteral("DELETE FROM suggestion_appeals WHERE suggestion_id = ?"));
    if (Status s = m_db.exec(delAppeals, {suggestion.id}); !s)
        return s;
    QSqlQuery appeal = m_db.prepare(
        QStringLiteral("INSERT INTO suggestion_appeals(suggestion_id, appeal_id) VALUES (?, ?)"));
    for (qint64 id : suggestion.sourceAppealIds) {
        if (Status s = m_db.exec(appeal, {suggestion.id, id}); !s)
            return s;
    }
    return saveUnits(suggestion.id, suggestion.units);
}

Status SuggestionRepository::saveUnits(qint64 suggestionId, const QList<HandlingUnit> &units)
{
    QSqlQuery del = m_db.prepare(QStringLiteral("DELETE FROM suggestion_units WHERE suggestion_id = ?"));
    if (Status s = m_db.exec(del, {suggestionId}); !s)
        return s;
    QSqlQuery ins = m_db.prepare(
        QStringLiteral("INSERT INTO suggestion_units(suggestion_id, unit, role) VALUES (?, ?, ?)"));
    VocabularyRepository vocabulary(m_db);
    for (const HandlingUnit &u : units) {
        if (Status s = m_db.exec(ins, {suggestionId, u.unit.trimmed(), u.role}); !s)
            return s;
        if (Status s = vocabulary.add(VocabularyRepository::unit(), u.unit); !s)
            return s;
    }
    return Status::ok();
}

std::optional<Suggestion> SuggestionRepository::find(qint64 id) const
{
    return Rows::first(query(QStringLiteral("id = ?"), {id}));
}

std::optional<Suggestion> SuggestionRepository::findByUuid(const QString &uuid) const
{
    return Rows::first(query(QStringLiteral("uuid = ?"), {uuid}));
}

std::optional<Suggestion> SuggestionRepository::findByNumber(const QString &number) const
{
    return Rows::first(
        query(QStringLiteral("station_id = ? AND number = ?"), {m_db.localStationId(), number.trimmed()}));
}

QList<Suggestion> SuggestionRepository::forYear(int year) const
{
    return query(QStringLiteral("deleted_at IS NULL AND number_year = ?"), {year});
}

QList<Suggestion> SuggestionRepository::forDeputy(qint64 deputyId, int year) const
{
    const QString who =
        QStringLiteral("deleted_at IS NULL AND (lead_deputy_id = ? OR id IN (SELECT suggestion_id "
                       "FROM suggestion_cosigners WHERE deputy_id = ?))");
    if (year == 0)
        return query(who, {deputyId, deputyId});
    return query(who + QStringLiteral(" AND number_year = ?"), {deputyId, deputyId, year});
}

QList<Suggestion> SuggestionRepository::deleted() const
{
    return query(QStringLiteral("deleted_at IS NOT NULL"), {});
}

QList<SuggestionRound> SuggestionRepository::rounds(qint64 suggestionId) const
{
    QList<SuggestionRound> list;
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id, uuid, suggestion_id, round, submitted_on, deadline, reply_on, "
                       "reply_summary, grade, satisfaction, "
                       "satisfaction_on FROM suggestion_rounds WHERE suggestion_id = ? ORDER BY round"));
    if (!m_db.exec(q, {suggestionId}))
        return list;
    while (q.next()) {
        SuggestionRound r;
        r.id = q.value(0).toLongLong();
        r.uuid = q.value(1).toString();
        r.suggestionId = q.value(2).toLongLong();
        r.round = q.value(3).toInt();
        r.submittedOn = Ids::parseDate(q.value(4).toString());
        r.deadline = Ids::parseDate(q.value(5).toString());
        r.replyOn = Ids::parseDate(q.value(6).toString());
        r.replySummary = q.value(7).toString();
        r.grade = q.value(8).toString();
        r.satisfaction = q.value(9).toString();
        r.satisfactionOn = Ids::parseDate(q.value(10).toString());
        list << r;
    }
    return list;
}

Status SuggestionRepository::remove(qint64 id)
{
    return SoftDelete::remove(m_db, "suggestions", id);
}

Status SuggestionRepository::restore(qint64 id)
{
    return SoftDelete::restore(m_db, "suggestions", id);
}

QList<Suggestion> SuggestionRepository::query(const QString &where, const QVariantList &values) const
{
    QList<Suggestion> list = Rows::select<Suggestion>(
        m_db,
        QStringLiteral("SELECT %1 FROM suggestions WHERE %2 ORDER BY number_year, number_seq")
            .arg(QLatin1String(kColumns), where),
        values, fromQuery);
    QSqlQuery cosigners = m_db.prepare(QStringLiteral(
        "SELECT deputy_id FROM suggestion_cosigners WHERE suggestion_id = ? ORDER BY deputy_id"));
    QSqlQuery appeals = m_db.prepare(QStringLiteral(
        "SELECT appeal_id FROM suggestion_appeals WHERE suggestion_id = ? ORDER BY appeal_id"));
    QSqlQuery units = m_db.prepare(QStringLiteral(
        "SELECT unit, role FROM suggestion_units WHERE suggestion_id = ? ORDER BY role = 'assist', unit"));
    for (Suggestion &s : list) {
        if (m_db.exec(cosigners, {s.id})) {
            while (cosigners.next())
                s.cosignerIds << cosigners.value(0).toLongLong();
        }
        if (m_db.exec(appeals, {s.id})) {
            while (appeals.next())
                s.sourceAppealIds << appeals.value(0).toLongLong();
        }
        if (m_db.exec(units, {s.id})) {
            while (units.next())
                s.units << HandlingUnit{units.value(0).toString(), units.value(1).toString()};
        }
    }
    return list;
}
