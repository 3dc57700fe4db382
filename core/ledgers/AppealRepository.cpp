#include "ledgers/AppealRepository.h"

#include "common/Ids.h"
#include "ledgers/LedgerNumbers.h"
#include "ledgers/Rows.h"
#include "ledgers/SoftDelete.h"
#include "ledgers/VocabularyRepository.h"
#include "rules/Validation.h"
#include "rules/Validator.h"
#include "storage/Database.h"

namespace {

const char kColumns[] =
    "id, uuid, station_id, number, received_on, channel, deputy_id, activity_id, person_name, person_phone, "
    "person_address, is_group, group_size, content, category, urgency, confidential, status, accepted_on, "
    "redirect_reason, redirect_to, disposal, handling_unit, deadline, resolved_on, result, reply_on, "
    "reply_method, "
    "reply_content, closed_on, reopen_count, duplicate_of, suggestion_id, notes, created_at, updated_at";

Appeal fromQuery(const QSqlQuery &q)
{
    Appeal a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.stationId = q.value(2).toLongLong();
    a.number = q.value(3).toString();
    a.receivedOn = Ids::parseDate(q.value(4).toString());
    a.channel = q.value(5).toString();
    a.deputyId = q.value(6).toLongLong();
    a.activityId = q.value(7).toLongLong();
    a.personName = q.value(8).toString();
    a.personPhone = q.value(9).toString();
    a.personAddress = q.value(10).toString();
    a.isGroup = q.value(11).toBool();
    a.groupSize = q.value(12).toInt();
    a.content = q.value(13).toString();
    a.category = q.value(14).toString();
    a.urgency = q.value(15).toString();
    a.confidential = q.value(16).toBool();
    a.status = q.value(17).toString();
    a.acceptedOn = Ids::parseDate(q.value(18).toString());
    a.redirectReason = q.value(19).toString();
    a.redirectTo = q.value(20).toString();
    a.disposal = q.value(21).toString();
    a.handlingUnit = q.value(22).toString();
    a.deadline = Ids::parseDate(q.value(23).toString());
    a.resolvedOn = Ids::parseDate(q.value(24).toString());
    a.result = q.value(25).toString();
    a.replyOn = Ids::parseDate(q.value(26).toString());
    a.replyMethod = q.value(27).toString();
    a.replyContent = q.value(28).toString();
    a.closedOn = Ids::parseDate(q.value(29).toString());
    a.reopenCount = q.value(30).toInt();
    a.duplicateOf = q.value(31).toLongLong();
    a.suggestionId = q.value(32).toLongLong();
    a.notes = q.value(33).toString();
    a.createdAt = q.value(34).toString();
    a.updatedAt = q.value(35).toString();
    return a;
}

// The registration fields, in the order of the INSERT and UPDATE statements below.
QVariantList registration(const Appeal &a)
{
    return {Ids::dateValue(a.receivedOn),
            a.channel,
            Ids::idValue(a.deputyId),
            Ids::idValue(a.activityId),
            a.personName.trimmed(),
            a.personPhone.trimmed(),
            a.personAddress.trimmed(),
            a.isGroup ? 1 : 0,
            a.isGroup ? QVariant(a.groupSize) : QVariant(),
            a.content,
            a.category.trimmed(),
            a.urgency,
            a.confidential ? 1 : 0,
            a.notes};
}

} // namespace

AppealRepository::AppealRepository(Database &db)
    : m_db(db)
{}

Status AppealRepository::validate(const Appeal &appeal) const
{
    using Validation::kShortTextLimit;
    Validator v;
    v.date(QStringLiteral("received_on"), tr("Date received"), appeal.receivedOn, true);
    v.code(QStringLiteral("channel"), tr("Channel"), Codes::Channel, appeal.channel, true);
    v.deputy(m_db, QStringLiteral("deputy_id"), tr("Receiving deputy"), appeal.deputyId,
             v.hasError(QStringLiteral("received_on")) ? QDate() : appeal.receivedOn, false);
    if (appeal.activityId > 0 && !SoftDelete::isLive(m_db, "activities", appeal.activityId))
        v.add(QStringLiteral("activity_id"),
              tr("Activity: the chosen activity does not exist or is in the recycle "
                 "bin; choose another."));
    if (appeal.personName.trimmed().isEmpty() && appeal.personPhone.trimmed().isEmpty())
        v.add(QStringLiteral("person_name"),
              tr("Constituent: enter a name or a phone number, so that the answer "
                 "can reach them."));
    v.text(QStringLiteral("person_name"), tr("Constituent's name"), appeal.personName, 50);
    v.phone(QStringLiteral("person_phone"), tr("Constituent's phone"), appeal.personPhone);
    v.text(QStringLiteral("person_address"), tr("Constituent's address"), appeal.personAddress,
           kShortTextLimit);
    if (appeal.isGroup && appeal.groupSize < 2)
        v.add(QStringLiteral("group_size"),
              tr("Number of people: a group matter has at least 2 people; enter how "
                 "many, or untick \"Group matter\"."));
    else if (appeal.isGroup && appeal.groupSize > 1000000)
        v.add(QStringLiteral("group_size"), tr("Number of people: at most 1,000,000."));
    v.requiredText(QStringLiteral("content"), tr("Content"), appeal.content, Validation::kLongTextLimit,
                   true);
    v.requiredText(QStringLiteral("category"), tr("Category"), appeal.category, 50);
    v.code(QStringLiteral("urgency"), tr("Urgency"), Codes::Urgency, appeal.urgency, true);
    v.text(QStringLiteral("notes"), tr("Notes"), appeal.notes, Validation::kLongTextLimit, true);
    return v.status();
}

Status AppealRepository::insert(Appeal &appeal)
{
    if (appeal.stationId <= 0)
        appeal.stationId = m_db.localStationId();
    if (Status s = validate(appeal); !s)
        return s;
    if (appeal.stationId <= 0)
        return Status::failure(tr("Create the station first: an appeal belongs to a liaison station."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();

    // A new appeal starts registered: whatever handling fields the caller filled in are not saved.
    Appeal fresh;
    fresh.stationId = appeal.stationId;
    fresh.uuid = appeal.uuid.isEmpty() ? Ids::newUuid() : appeal.uuid;
    fresh.receivedOn = appeal.receivedOn;
    fresh.channel = appeal.channel;
    fresh.deputyId = appeal.deputyId;
    fresh.activityId = appeal.activityId;
    fresh.personName = appeal.personName.trimmed();
    fresh.personPhone = appeal.personPhone.trimmed();
    fresh.personAddress = appeal.personAddress.trimmed();
    fresh.isGroup = appeal.isGroup;
    fresh.groupSize = appeal.isGroup ? appeal.groupSize : 0;
    fresh.content = appeal.content;
    fresh.category = appeal.category.trimmed();
    fresh.urgency = appeal.urgency;
    fresh.confidential = appeal.confidential;
    fresh.notes = appeal.notes;
    fresh.createdAt = fresh.updatedAt = Ids::nowStamp();
    const LedgerNumbers::Number number =
        LedgerNumbers::next(m_db, "appeals", fresh.stationId, fresh.receivedOn.year());
    fresh.number = number.text;

    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO appeals(received_on, channel, deputy_id, activity_id, person_name, person_phone, "
        "person_address, is_group, group_size, content, category, urgency, confidential, notes, uuid, "
        "station_id, "
        "number, number_year, number_seq, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, 'registered', ?, ?)"));
    if (Status s =
            m_db.exec(q, registration(fresh) << fresh.uuid << fresh.stationId << fresh.number << number.year
                                             << number.sequence << fresh.createdAt << fresh.updatedAt);
        !s)
        return s;
    fresh.id = q.lastInsertId().toLongLong();
    if (Status s = VocabularyRepository(m_db).add(VocabularyRepository::category(), fresh.category); !s)
        return s;
    AppealEvent event;
    event.appealId = fresh.id;
    event.happenedOn = fresh.receivedOn;
    event.kind = QStringLiteral("registered");
    if (Status s = addEvent(event); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    appeal = fresh;
    return Status::ok();
}

Status AppealRepository::update(Appeal &appeal)
{
    if (Status s = validate(appeal); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    // The registration date cannot move past a step that followed it.
    const QDate firstStep = Ids::parseDate(
        m_db.scalar(
                QStringLiteral("SELECT min(happened_on) FROM appeal_events WHERE appeal_id = ? AND kind <> "
                               "'registered'"),
                {appeal.id})
            .toString());
    if (firstStep.isValid() && appeal.receivedOn > firstStep)
        return Status::invalid({FieldError{QStringLiteral("received_on"),
                                           tr("Date received: cannot be after the first handling step (%1).")
                                               .arg(Ids::dateText(firstStep))}});
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE appeals SET received_on = ?, channel = ?, deputy_id = ?, activity_id = ?, person_name = ?, "
        "person_phone = ?, person_address = ?, is_group = ?, group_size = ?, content = ?, category = ?, "
        "urgency = ?, "
        "confidential = ?, notes = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"));
    if (Status s = m_db.exec(q, registration(appeal) << Ids::nowStamp() << appeal.id); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The appeal no longer exists or is in the recycle bin."));
    QSqlQuery ev = m_db.prepare(QStringLiteral(
        "UPDATE appeal_events SET happened_on = ? WHERE appeal_id = ? AND kind = 'registered'"));
    if (Status s = m_db.exec(ev, {Ids::dateValue(appeal.receivedOn), appeal.id}); !s)
        return s;
    if (Status s = VocabularyRepository(m_db).add(VocabularyRepository::category(), appeal.category); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    if (std::optional<Appeal> saved = find(appeal.id))
        appeal = *saved;
    return Status::ok();
}

std::optional<Appeal> AppealRepository::find(qint64 id) const
{
    return Rows::first(query(QStringLiteral("id = ?"), {id}));
}

std::optional<Appeal> AppealRepository::findByUuid(const QString &uuid) const
{
    return Rows::first(query(QStringLiteral("uuid = ?"), {uuid}));
}

std::optional<Appeal> AppealRepository::findByNumber(const QString &number) const
{
    return Rows::first(
        query(QStringLiteral("station_id = ? AND number = ?"), {m_db.localStationId(), number.trimmed()}));
}

QList<Appeal> AppealRepository::forYear(int year) const
{
    return query(QStringLiteral("deleted_at IS NULL AND received_on BETWEEN ? AND ?"),
                 {Ids::dateText(QDate(year, 1, 1)), Ids::dateText(QDate(year, 12, 31))});
}

QList<Appeal> AppealRepository::forDeputy(qint64 deputyId, int year) const
{
    if (year == 0)
        return query(QStringLiteral("deleted_at IS NULL AND deputy_id = ?"), {deputyId});
    return query(QStringLiteral("deleted_at IS NULL AND deputy_id = ? AND received_on BETWEEN ? AND ?"),
                 {deputyId, Ids::dateText(QDate(year, 1, 1)), Ids::dateText(QDate(year, 12, 31))});
}

QList<Appeal> AppealRepository::forActivity(qint64 activityId) const
{
    return query(QStringLiteral("deleted_at IS NULL AND activity_id = ?"), {activityId});
}

QList<Appeal> AppealRepository::duplicatesOf(qint64 appealId) const
{
    return query(QStringLiteral("deleted_at IS NULL AND duplicate_of = ?"), {appealId});
}

QList<Appeal> AppealRepository::forSuggestion(qint64 suggestionId) const
{
    return query(QStringLiteral("deleted_at IS NULL AND (suggestion_id = ? OR id IN (SELECT appeal_id FROM "
                                "suggestion_appeals WHERE suggestion_id = ?))"),
                 {suggestionId, suggestionId});
}

QList<Appeal> AppealRepository::deleted() const
{
    return query(QStringLiteral("deleted_at IS NOT NULL"), {});
}

QList<AppealEvent> AppealRepository::events(qint64 appealId) const
{
    QList<AppealEvent> list;
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT id, uuid, appeal_id, happened_on, kind, note, actor, created_at "
                                    "FROM appeal_events WHERE appeal_id = ? ORDER BY happened_on, id"));
    if (!m_db.exec(q, {appealId}))
        return list;
    while (q.next()) {
        AppealEvent e;
        e.id = q.value(0).toLongLong();
        e.uuid = q.value(1).toString();
        e.appealId = q.value(2).toLongLong();
        e.happenedOn = Ids::parseDate(q.value(3).toString());
        e.kind = q.value(4).toString();
        e.note = q.value(5).toString();
        e.actor = q.value(6).toString();
        e.createdAt = q.value(7).toString();
        list << e;
    }
    return list;
}

Status AppealRepository::addEvent(AppealEvent &event)
{
    if (event.uuid.isEmpty())
        event.uuid = Ids::newUuid();
    event.createdAt = Ids::nowStamp();
    QSqlQuery q =
        m_db.prepare(QStringLiteral("INSERT INTO appeal_events(uuid, appeal_id, happened_on, kind, note, "
                                    "actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (Status s = m_db.exec(q, {event.uuid, event.appealId, Ids::dateValue(event.happenedOn), event.kind,
                                 event.note, event.actor, event.createdAt});
        !s)
        return s;
    event.id = q.lastInsertId().toLongLong();
    return Status::ok();
}

Status AppealRepository::remove(qint64 id)
{
    return SoftDelete::remove(m_db, "appeals", id);
}

Status AppealRepository::restore(qint64 id)
{
    return SoftDelete::restore(m_db, "appeals", id);
}

QList<Appeal> AppealRepository::query(const QString &where, const QVariantList &values) const
{
    return Rows::select<Appeal>(
        m_db,
        QStringLiteral("SELECT %1 FROM appeals WHERE %2 ORDER BY number_year, number_seq")
            .arg(QLatin1String(kColumns), where),
        values, fromQuery);
}
