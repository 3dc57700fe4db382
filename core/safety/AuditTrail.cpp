#include "safety/AuditTrail.h"

#include "common/Codes.h"
#include "common/Ids.h"
#include "common/Privacy.h"
#include "io/CsvWriter.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

/// The logged tables: their translated name, the column that names a record, and their fields in
/// the order the forms show them (the same columns migration 3's triggers log).
struct TableInfo
{
    const char *table;
    const char *title;          // QT_TRANSLATE_NOOP("AuditTrail", …)
    const char *labelColumn;    // empty: rows have no name of their own
    bool hasId;
    const char *columns;
};

const TableInfo kTables[] = {
    {"stations", QT_TRANSLATE_NOOP("AuditTrail", "Station"), "name", true, "name, street, address, deleted_at"},
    {"deputies", QT_TRANSLATE_NOOP("AuditTrail", "Deputy"), "name", true,
     "station_id, name, gender, level, term, constituency, employer, post, sector, phone, term_start, term_end, "
     "notes, deleted_at"},
    {"enterprise_links", QT_TRANSLATE_NOOP("AuditTrail", "Enterprise link"), "enterprise", true,
     "deputy_id, enterprise, contact_person, phone, address, since, notes, deleted_at"},
    {"enterprise_visits", QT_TRANSLATE_NOOP("AuditTrail", "Enterprise visit"), "visited_on", true,
     "link_id, visited_on, summary, problems, deleted_at"},
    {"constituency_profiles", QT_TRANSLATE_NOOP("AuditTrail", "Constituency profile"), "year", true,
     "deputy_id, year, constituency, scope, households, population, voters, communities, enterprises, facilities, "
     "key_problems, updated_on, notes, deleted_at"},
    {"contact_voters", QT_TRANSLATE_NOOP("AuditTrail", "Contact voter"), "", true,
     "profile_id, name, phone, address, notes, deleted_at"},
    {"activities", QT_TRANSLATE_NOOP("AuditTrail", "Activity"), "title", true,
     "station_id, type, title, held_on, place, partner, people_reached, summary, notes, deleted_at"},
    {"activity_participants", QT_TRANSLATE_NOOP("AuditTrail", "Activity participant"), "", false,
     "activity_id, deputy_id"},
    {"appeals", QT_TRANSLATE_NOOP("AuditTrail", "Appeal"), "number", true,
     "station_id, number, number_year, number_seq, received_on, channel, deputy_id, activity_id, person_name, "
     "person_phone, person_address, is_group, group_size, content, category, urgency, confidential, status, "
     "accepted_on, redirect_reason, redirect_to, disposal, handling_unit, deadline, resolved_on, result, reply_on, "
     "reply_method, reply_content, closed_on, reopen_count, duplicate_of, suggestion_id, notes, deleted_at"},
    {"appeal_events", QT_TRANSLATE_NOOP("AuditTrail", "Appeal progress entry"), "kind", true,
     "appeal_id, happened_on, kind, note, actor"},
    {"suggestions", QT_TRANSLATE_NOOP("AuditTrail", "Suggestion"), "number", true,
     "station_id, number, number_year, number_seq, title, content, lead_deputy_id, kind, status, round, "
     "submitted_on, contact_person, contact_phone, deadline, reply_on, reply_summary, grade, satisfaction, "
     "satisfaction_on, notes, deleted_at"},
    {"suggestion_cosigners", QT_TRANSLATE_NOOP("AuditTrail", "Co-signer"), "", false, "suggestion_id, deputy_id"},
    {"suggestion_appeals", QT_TRANSLATE_NOOP("AuditTrail", "Appeal of a suggestion"), "", false,
     "suggestion_id, appeal_id"},
    {"suggestion_units", QT_TRANSLATE_NOOP("AuditTrail", "Handling unit of a suggestion"), "", false,
     "suggestion_id, unit, role"},
    {"suggestion_rounds", QT_TRANSLATE_NOOP("AuditTrail", "Earlier round of a suggestion"), "round", true,
     "suggestion_id, round, submitted_on, deadline, reply_on, reply_summary, grade, satisfaction, satisfaction_on"},
    {"follow_up_visits", QT_TRANSLATE_NOOP("AuditTrail", "Follow-up visit"), "visited_on", true,
     "appeal_id, suggestion_id, visited_on, method, visitor_deputy_id, visitor_clerk, visited_person, feedback, "
     "satisfaction, needs_more, deleted_at"},
    {"vocabulary", QT_TRANSLATE_NOOP("AuditTrail", "List entry"), "", false, "kind, value, sort_order"},
    {"report_narratives", QT_TRANSLATE_NOOP("AuditTrail", "Annual report text"), "", false,
     "station_id, year, shortcomings, next_year_plan"},
};

const TableInfo *tableInfo(const QString &table)
{
    for (const TableInfo &t : kTables) {
        if (table == QLatin1String(t.table))
            return &t;
    }
    return nullptr;
}

struct FieldInfo
{
    const char *field;
    const char *label;   // QT_TRANSLATE_NOOP("AuditTrail", …)
};

const FieldInfo kFields[] = {
    {"station_id", QT_TRANSLATE_NOOP("AuditTrail", "Station")},
    {"name", QT_TRANSLATE_NOOP("AuditTrail", "Name")},
    {"street", QT_TRANSLATE_NOOP("AuditTrail", "Street")},
    {"address", QT_TRANSLATE_NOOP("AuditTrail", "Address")},
    {"deleted_at", QT_TRANSLATE_NOOP("AuditTrail", "In the recycle bin since")},
    {"gender", QT_TRANSLATE_NOOP("AuditTrail", "Gender")},
    {"level", QT_TRANSLATE_NOOP("AuditTrail", "Level")},
    {"term", QT_TRANSLATE_NOOP("AuditTrail", "Term")},
    {"constituency", QT_TRANSLATE_NOOP("AuditTrail", "Constituency")},
    {"employer", QT_TRANSLATE_NOOP("AuditTrail", "Employer")},
    {"post", QT_TRANSLATE_NOOP("AuditTrail", "Post")},
    {"sector", QT_TRANSLATE_NOOP("AuditTrail", "Sector")},
    {"phone", QT_TRANSLATE_NOOP("AuditTrail", "Phone")},
    {"term_start", QT_TRANSLATE_NOOP("AuditTrail", "Mandate started")},
    {"term_end", QT_TRANSLATE_NOOP("AuditTrail", "Mandate ended")},
    {"notes", QT_TRANSLATE_NOOP("AuditTrail", "Notes")},
    {"deputy_id", QT_TRANSLATE_NOOP("AuditTrail", "Deputy")},
    {"enterprise", QT_TRANSLATE_NOOP("AuditTrail", "Enterprise")},
    {"contact_person", QT_TRANSLATE_NOOP("AuditTrail", "Contact person")},
    {"since", QT_TRANSLATE_NOOP("AuditTrail", "Linked since")},
    {"link_id", QT_TRANSLATE_NOOP("AuditTrail", "Enterprise link")},
    {"visited_on", QT_TRANSLATE_NOOP("AuditTrail", "Visited on")},
    {"summary", QT_TRANSLATE_NOOP("AuditTrail", "Summary")},
    {"problems", QT_TRANSLATE_NOOP("AuditTrail", "Problems")},
    {"year", QT_TRANSLATE_NOOP("AuditTrail", "Year")},
    {"scope", QT_TRANSLATE_NOOP("AuditTrail", "Scope")},
    {"households", QT_TRANSLATE_NOOP("AuditTrail", "Households")},
    {"population", QT_TRANSLATE_NOOP("AuditTrail", "Population")},
    {"voters", QT_TRANSLATE_NOOP("AuditTrail", "Voters")},
    {"communities", QT_TRANSLATE_NOOP("AuditTrail", "Communities")},
    {"enterprises", QT_TRANSLATE_NOOP("AuditTrail", "Enterprises")},
    {"facilities", QT_TRANSLATE_NOOP("AuditTrail", "Public facilities")},
    {"key_problems", QT_TRANSLATE_NOOP("AuditTrail", "Standing problems")},
    {"updated_on", QT_TRANSLATE_NOOP("AuditTrail", "Last updated on")},
    {"profile_id", QT_TRANSLATE_NOOP("AuditTrail", "Constituency profile")},
    {"type", QT_TRANSLATE_NOOP("AuditTrail", "Type")},
    {"title", QT_TRANSLATE_NOOP("AuditTrail", "Title")},
    {"held_on", QT_TRANSLATE_NOOP("AuditTrail", "Held on")},
    {"place", QT_TRANSLATE_NOOP("AuditTrail", "Place")},
    {"partner", QT_TRANSLATE_NOOP("AuditTrail", "Partner street")},
    {"people_reached", QT_TRANSLATE_NOOP("AuditTrail", "People reached")},
    {"activity_id", QT_TRANSLATE_NOOP("AuditTrail", "Activity")},
    {"number", QT_TRANSLATE_NOOP("AuditTrail", "Number")},
    {"number_year", QT_TRANSLATE_NOOP("AuditTrail", "Number year")},
    {"number_seq", QT_TRANSLATE_NOOP("AuditTrail", "Sequence number")},
    {"received_on", QT_TRANSLATE_NOOP("AuditTrail", "Received on")},
    {"channel", QT_TRANSLATE_NOOP("AuditTrail", "Channel")},
    {"person_name", QT_TRANSLATE_NOOP("AuditTrail", "Constituent's name")},
    {"person_phone", QT_TRANSLATE_NOOP("AuditTrail", "Constituent's phone")},
    {"person_address", QT_TRANSLATE_NOOP("AuditTrail", "Constituent's address")},
    {"is_group", QT_TRANSLATE_NOOP("AuditTrail", "Group matter")},
    {"group_size", QT_TRANSLATE_NOOP("AuditTrail", "People in the group")},
    {"content", QT_TRANSLATE_NOOP("AuditTrail", "Content")},
    {"category", QT_TRANSLATE_NOOP("AuditTrail", "Category")},
    {"urgency", QT_TRANSLATE_NOOP("AuditTrail", "Urgency")},
    {"confidential", QT_TRANSLATE_NOOP("AuditTrail", "Confidential")},
    {"status", QT_TRANSLATE_NOOP("AuditTrail", "Status")},
    {"accepted_on", QT_TRANSLATE_NOOP("AuditTrail", "Accepted on")},
    {"redirect_reason", QT_TRANSLATE_NOOP("AuditTrail", "Reason for not accepting")},
    {"redirect_to", QT_TRANSLATE_NOOP("AuditTrail", "Redirected to")},
    {"disposal", QT_TRANSLATE_NOOP("AuditTrail", "Disposal")},
    {"handling_unit", QT_TRANSLATE_NOOP("AuditTrail", "Handling unit")},
    {"deadline", QT_TRANSLATE_NOOP("AuditTrail", "Deadline")},
    {"resolved_on", QT_TRANSLATE_NOOP("AuditTrail", "Resolved on")},
    {"result", QT_TRANSLATE_NOOP("AuditTrail", "Result")},
    {"reply_on", QT_TRANSLATE_NOOP("AuditTrail", "Replied on")},
    {"reply_method", QT_TRANSLATE_NOOP("AuditTrail", "Reply method")},
    {"reply_content", QT_TRANSLATE_NOOP("AuditTrail", "Reply")},
    {"closed_on", QT_TRANSLATE_NOOP("AuditTrail", "Closed on")},
    {"reopen_count", QT_TRANSLATE_NOOP("AuditTrail", "Times reopened")},
    {"duplicate_of", QT_TRANSLATE_NOOP("AuditTrail", "Duplicate of")},
    {"suggestion_id", QT_TRANSLATE_NOOP("AuditTrail", "Suggestion")},
    {"appeal_id", QT_TRANSLATE_NOOP("AuditTrail", "Appeal")},
    {"happened_on", QT_TRANSLATE_NOOP("AuditTrail", "Date")},
    {"kind", QT_TRANSLATE_NOOP("AuditTrail", "Kind")},
    {"note", QT_TRANSLATE_NOOP("AuditTrail", "Note")},
    {"actor", QT_TRANSLATE_NOOP("AuditTrail", "Recorded by")},
    {"lead_deputy_id", QT_TRANSLATE_NOOP("AuditTrail", "Lead deputy")},
    {"round", QT_TRANSLATE_NOOP("AuditTrail", "Round")},
    {"submitted_on", QT_TRANSLATE_NOOP("AuditTrail", "Submitted on")},
    {"contact_phone", QT_TRANSLATE_NOOP("AuditTrail", "Contact phone")},
    {"reply_summary", QT_TRANSLATE_NOOP("AuditTrail", "Reply summary")},
    {"grade", QT_TRANSLATE_NOOP("AuditTrail", "Grade")},
    {"satisfaction", QT_TRANSLATE_NOOP("AuditTrail", "Satisfaction")},
    {"satisfaction_on", QT_TRANSLATE_NOOP("AuditTrail", "Satisfaction recorded on")},
    {"unit", QT_TRANSLATE_NOOP("AuditTrail", "Handling unit")},
    {"role", QT_TRANSLATE_NOOP("AuditTrail", "Role")},
    {"method", QT_TRANSLATE_NOOP("AuditTrail", "Method")},
    {"visitor_deputy_id", QT_TRANSLATE_NOOP("AuditTrail", "Visiting deputy")},
    {"visitor_clerk", QT_TRANSLATE_NOOP("AuditTrail", "Visiting clerk")},
    {"visited_person", QT_TRANSLATE_NOOP("AuditTrail", "Person visited")},
    {"feedback", QT_TRANSLATE_NOOP("AuditTrail", "What they said")},
    {"needs_more", QT_TRANSLATE_NOOP("AuditTrail", "More work needed")},
    {"value", QT_TRANSLATE_NOOP("AuditTrail", "Entry")},
    {"sort_order", QT_TRANSLATE_NOOP("AuditTrail", "Position")},
    {"shortcomings", QT_TRANSLATE_NOOP("AuditTrail", "Shortcomings")},
    {"next_year_plan", QT_TRANSLATE_NOOP("AuditTrail", "Plan for next year")},
    // Entries of full-data exports.
    {"ledger", QT_TRANSLATE_NOOP("AuditTrail", "Ledger")},
    {"file", QT_TRANSLATE_NOOP("AuditTrail", "File")},
    {"format", QT_TRANSLATE_NOOP("AuditTrail", "Format")},
};

/// Fields whose values are codes of a fixed vocabulary.
struct CodedField
{
    const char *field;
    const char *table; // nullptr: the field is coded in every table
    Codes::Kind kind;
};

// The first row that matches wins: a table's own row stands before the field's general one.
const CodedField kCodedFields[] = {
    {"gender", nullptr, Codes::Gender},
    {"level", nullptr, Codes::DeputyLevel},
    {"channel", nullptr, Codes::Channel},
    {"urgency", nullptr, Codes::Urgency},
    {"disposal", nullptr, Codes::Disposal},
    {"grade", nullptr, Codes::Grade},
    {"satisfaction", nullptr, Codes::Satisfaction},
    {"method", nullptr, Codes::VisitMethod},
    {"role", nullptr, Codes::UnitRole},
    {"type", "activities", Codes::ActivityType},
    {"status", "suggestions", Codes::SuggestionStatus},
    {"status", nullptr, Codes::AppealStatus},
    {"kind", "suggestions", Codes::SuggestionKind},
};

const CodedField *codedField(const QString &table, const QString &field)
{
    for (const CodedField &c : kCodedFields) {
        if (field == QLatin1String(c.field) && (!c.table || table == QLatin1String(c.table)))
            return &c;
    }
    return nullptr;
}

const QRegularExpression &numberPattern()
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{1,6}$"));
    return re;
}

const QRegularExpression &uuidPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?$"));
    return re;
}

const QRegularExpression &tableIdPattern()
{
    static const QRegularExpression re(QStringLiteral("^([a-z_]+):(\\d{1,18})$"));
    return re;
}

const char kEntryColumns[] = "id, at, clerk, os_user, action, table_name, record_id, record_uuid, record_label, "
                             "owner_table, owner_id, changes";

AuditEntry fromQuery(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);   // ends in Z: UTC
    e.clerk = q.value(2).toString();
    e.osUser = q.value(3).toString();
    e.action = q.value(4).toString();
    e.table = q.value(5).toString();
    e.recordId = q.value(6).toLongLong();
    e.recordUuid = q.value(7).toString();
    e.recordLabel = q.value(8).toString();
    e.ownerTable = q.value(9).toString();
    e.ownerId = q.value(10).toLongLong();
    e.changesJson = q.value(11).toString();
    return e;
}

/// The WHERE condition (fixed SQL, values bound) that selects one record's entries.
QString recordCondition(const AuditRecordRef &r, QVariantList &binds)
{
    if (!r.table.isEmpty() && r.id > 0) {
        binds << r.table << r.id << r.table << r.id;
        return QStringLiteral("((table_name = ? AND record_id = ?) OR (owner_table = ? AND owner_id = ?))");
    }
    binds << r.uuid;
    return QStringLiteral("(record_uuid = ?)");
}

/// A value Excel would turn into a number or a date (phones, record numbers, dates) is kept as text.
QString csvCell(const QString &value)
{
    static const QRegularExpression numeric(QStringLiteral("^[0-9][0-9*+\\-./: ]*$"));
    return numeric.match(value).hasMatch() ? CsvWriter::keepAsText(value) : value;
}

QString sinceStamp(const QDate &since)
{
    return since.startOfDay(Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

AuditTrail::AuditTrail(Database &db)
    : m_db(db)
{
}

QList<AuditRecordRef> AuditTrail::resolve(const QString &input, QString *error) const
{
    const QString text = input.trimmed();
    QList<AuditRecordRef> found;
    QSet<QString> seen;
    const auto add = [&](const QString &table, qint64 id, const QString &uuid, const QString &label) {
        const QString key = id > 0 ? table + QLatin1Char(':') + QString::number(id) : uuid;
        if (seen.contains(key))
            return;
        seen.insert(key);
        found << AuditRecordRef{table, id, uuid, label};
    };
    if (numberPattern().match(text).hasMatch()) {
        // Appeals and suggestions are numbered separately, so one number may name one of each. The
        // trail also finds records that were removed for good.
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "SELECT 'appeals', id, uuid, number FROM appeals WHERE number = ? "
            "UNION ALL SELECT 'suggestions', id, uuid, number FROM suggestions WHERE number = ? "
            "UNION ALL SELECT DISTINCT table_name, record_id, record_uuid, record_label FROM audit_log "
            "WHERE record_label = ? AND table_name IN ('appeals', 'suggestions')"));
        if (m_db.exec(q, {text, text, text}))
            while (q.next())
                add(q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString());
    } else if (uuidPattern().match(text).hasMatch()) {
        QString uuid = text;
        uuid.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
        for (const TableInfo &t : kTables) {
            if (!t.hasId)
                continue;
            const QString label = *t.labelColumn ? QString::fromUtf8(t.labelColumn) : QStringLiteral("''");
            // Table and column names are our constants, never user text.
            QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE uuid = ? COLLATE NOCASE")
                                           .arg(label, QString::fromUtf8(t.table)));
            if (m_db.exec(q, {uuid}) && q.next())
                add(QString::fromUtf8(t.table), q.value(0).toLongLong(), uuid, q.value(1).toString());
        }
        if (found.isEmpty()) {
            QSqlQuery q = m_db.prepare(QStringLiteral("SELECT table_name, record_id, record_uuid, record_label FROM "
                                                      "audit_log WHERE record_uuid = ? COLLATE NOCASE LIMIT 1"));
            if (m_db.exec(q, {uuid}) && q.next())
                add(q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString());
        }
    } else if (const auto m = tableIdPattern().match(text); m.hasMatch()) {
        if (!tableInfo(m.captured(1))) {
            if (error)
                *error = tr("\"%1\" is not a ledger table. Use appeals, suggestions, deputies, follow_up_visits, "
                            "activities, constituency_profiles, enterprise_links, …")
                             .arg(m.captured(1));
            return {};
        }
        add(m.captured(1), m.captured(2).toLongLong(), QString(), QString());
    } else if (text.size() <= 18 && !text.isEmpty() && text.toLongLong() > 0) {
        QSqlQuery q = m_db.prepare(QStringLiteral("SELECT DISTINCT table_name, record_id, record_uuid, record_label "
                                                  "FROM audit_log WHERE record_id = ? ORDER BY table_name"));
        if (m_db.exec(q, {text.toLongLong()}))
            while (q.next())
                add(q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString());
    } else {
        if (error)
            *error = tr("\"%1\" is not a record: give a ledger number (2022-0031), a uuid, table:id (appeals:42) "
                        "or an id.")
                         .arg(text);
        return {};
    }
    if (found.isEmpty() && error)
        *error = tr("No record \"%1\" was found in the ledgers or in the audit trail.").arg(text);
    return found;
}

AuditRecordRef AuditTrail::recordRef(const QString &table, qint64 id) const
{
    AuditRecordRef ref{table, id, QString(), QString()};
    const TableInfo *t = tableInfo(table);
    if (!t || !t->hasId)
        return ref;
    const QString label = *t->labelColumn ? QString::fromUtf8(t->labelColumn) : QStringLiteral("''");
    // Table and column names are our constants (checked against kTables above), never user text.
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT uuid, %1 FROM %2 WHERE id = ?").arg(label, table));
    if (m_db.exec(q, {id}) && q.next()) {
        ref.uuid = q.value(0).toString();
        ref.label = q.value(1).toString();
    }
    return ref;
}

QList<AuditEntry> AuditTrail::entries(const AuditQuery &query, Status *status) const
{
    QStringList conditions;
    QVariantList binds;
    if (!query.record.table.isEmpty() || !query.record.uuid.isEmpty())
        conditions << recordCondition(query.record, binds);
    if (query.since.isValid()) {
        conditions << QStringLiteral("at >= ?");
        binds << sinceStamp(query.since);
    }
    QString sql = QStringLiteral("SELECT %1 FROM audit_log").arg(QLatin1String(kEntryColumns));
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += query.newestFirst ? QStringLiteral(" ORDER BY id DESC") : QStringLiteral(" ORDER BY id");
    if (query.limit > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        binds << query.limit << qMax(0, query.offset);
    }
    QSqlQuery q = m_db.prepare(sql);
    QList<AuditEntry> list;
    Status s = m_db.exec(q, binds);
    while (s && q.next())
        list << fromQuery(q);
    if (status)
        *status = s;
    // A record's history holds all its changes, so its inserts can be completed; a page of the whole
    // file does not (the changes may lie on other pages).
    if (!conditions.isEmpty() && (!query.record.table.isEmpty() || !query.record.uuid.isEmpty())
        && !query.since.isValid() && query.limit <= 0)
        fillInsertValues(list);
    return list;
}

QList<AuditEntry> AuditTrail::entries(const QList<AuditRecordRef> &records, const QDate &since, Status *status) const
{
    if (records.isEmpty()) {
        if (status)
            *status = Status::ok();
        return {};
    }
    QStringList alternatives;
    QVariantList binds;
    for (const AuditRecordRef &r : records)
        alternatives << recordCondition(r, binds);
    QString sql = QStringLiteral("SELECT %1 FROM audit_log WHERE (%2)")
                      .arg(QLatin1String(kEntryColumns), alternatives.join(QStringLiteral(" OR ")));
    if (since.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        binds << sinceStamp(since);
    }
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery q = m_db.prepare(sql);
    QList<AuditEntry> list;
    Status s = m_db.exec(q, binds);
    while (s && q.next())
        list << fromQuery(q);
    if (status)
        *status = s;
    if (!since.isValid())
        fillInsertValues(list);
    return list;
}

void AuditTrail::fillInsertValues(QList<AuditEntry> &entries) const
{
    for (int i = 0; i < entries.size(); ++i) {
        AuditEntry &insert = entries[i];
        const TableInfo *t = tableInfo(insert.table);
        if (!insert.isCreation() || !t || !t->hasId || insert.recordId <= 0
            || (insert.changesJson != QLatin1String("{}") && !insert.changesJson.isEmpty()))
            continue;
        const QStringList columns = QString::fromUtf8(t->columns).split(QStringLiteral(", "));
        const auto sameRecord = [&](const AuditEntry &e) {
            return e.table == insert.table && e.recordId == insert.recordId && e.recordUuid == insert.recordUuid;
        };
        // The state to start from: the record's removal, or the record as it is now.
        QVariantMap values;
        int end = int(entries.size());
        bool known = false;
        for (int j = i + 1; j < entries.size(); ++j) {
            if (sameRecord(entries.at(j)) && entries.at(j).action == QLatin1String("delete")) {
                for (const AuditFieldChange &c : entries.at(j).changes())
                    values.insert(c.field, c.oldValue);
                end = j;
                known = true;
                break;
            }
        }
        if (!known) {
            // Table and column names are our constants (kTables), never user text.
            QSqlQuery q = m_db.prepare(QStringLiteral("SELECT uuid, %1 FROM %2 WHERE id = ?")
                                           .arg(columns.join(QStringLiteral(", ")), insert.table));
            if (!m_db.exec(q, {insert.recordId}) || !q.next() || q.value(0).toString() != insert.recordUuid)
                continue;   // gone without a trace in these entries: leave the insert without values
            for (int c = 0; c < columns.size(); ++c)
                values.insert(columns.at(c), q.isNull(c + 1) ? QVariant() : q.value(c + 1));
        }
        // Undo the later changes, newest first.
        for (int j = end - 1; j > i; --j) {
            const AuditEntry &e = entries.at(j);
            if (!sameRecord(e) || e.isCreation() || e.action == QLatin1String("delete"))
                continue;
            for (const AuditFieldChange &c : e.changes())
                values.insert(c.field, c.oldValue);
        }
        QJsonObject object;
        for (const QString &c : columns) {
            const QVariant v = values.value(c);
            object.insert(c, v.isValid() ? QJsonValue::fromVariant(v) : QJsonValue(QJsonValue::Null));
        }
        insert.changesJson = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
}

qint64 AuditTrail::count(const AuditQuery &query) const
{
    QStringList conditions;
    QVariantList binds;
    if (!query.record.table.isEmpty() || !query.record.uuid.isEmpty())
        conditions << recordCondition(query.record, binds);
    if (query.since.isValid()) {
        conditions << QStringLiteral("at >= ?");
        binds << sinceStamp(query.since);
    }
    QString sql = QStringLiteral("SELECT count(*) FROM audit_log");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return m_db.scalar(sql, binds).toLongLong();
}

Status AuditTrail::recordExport(const AuditExportRecord &exported)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO audit_log(at, clerk, os_user, action, changes) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
        "ll_audit_clerk(), ll_audit_os_user(), 'export', json_object('ledger', ?, 'year', ?, 'file', ?, 'format', ?, "
        "'deputy_id', ?))"));
    return m_db.exec(q, {exported.what, exported.year > 0 ? QVariant(exported.year) : QVariant(), exported.path,
                         exported.format, Ids::idValue(exported.deputyId)});
}

QString AuditTrail::tableLabel(const QString &table)
{
    if (table.isEmpty())
        return tr("Export");
    const TableInfo *t = tableInfo(table);
    return t ? tr(t->title) : table;
}

QString AuditTrail::fieldLabel(const QString &, const QString &field)
{
    for (const FieldInfo &f : kFields) {
        if (field == QLatin1String(f.field))
            return tr(f.label);
    }
    return field;
}

QString AuditTrail::actionLabel(const QString &action)
{
    if (action == QLatin1String("insert"))
        return tr("Created");
    if (action == QLatin1String("import"))
        return tr("Imported");
    if (action == QLatin1String("demo"))
        return tr("Created as demo data");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("soft_delete"))
        return tr("Moved to the recycle bin");
    if (action == QLatin1String("restore"))
        return tr("Restored from the recycle bin");
    if (action == QLatin1String("delete"))
        return tr("Removed for good");
    if (action == QLatin1String("export"))
        return tr("Exported with full personal data");
    return action;
}

bool AuditTrail::isPersonal(const QString &table, const QString &field)
{
    if (table == QLatin1String("appeals"))
        return field == QLatin1String("person_name") || field == QLatin1String("person_phone")
            || field == QLatin1String("person_address");
    if (table == QLatin1String("contact_voters"))
        return field == QLatin1String("name") || field == QLatin1String("phone") || field == QLatin1String("address");
    if (table == QLatin1String("follow_up_visits"))
        return field == QLatin1String("visited_person");
    return false;
}

QString AuditTrail::valueText(const QString &table, const QString &field, const QVariant &value, bool maskPersonal)
{
    if (!value.isValid() || value.isNull())
        return QString();
    const QString text = value.toString();
    if (maskPersonal && isPersonal(table, field)) {
        if (field.endsWith(QLatin1String("phone")))
            return Privacy::maskPhone(text);
        if (field.endsWith(QLatin1String("address")))
            return Privacy::maskAddress(text);
        return Privacy::maskName(text);
    }
    if (field == QLatin1String("is_group") || field == QLatin1String("confidential")
        || field == QLatin1String("needs_more"))
        return value.toInt() != 0 ? tr("Yes") : tr("No");
    if (field == QLatin1String("deleted_at")) {
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : text;
    }
    if (const CodedField *coded = codedField(table, field); coded && !text.isEmpty())
        return Codes::label(coded->kind, text);
    return text;
}

QList<AuditFieldChange> AuditTrail::orderedChanges(const AuditEntry &entry)
{
    QList<AuditFieldChange> changes = entry.changes();
    const TableInfo *t = tableInfo(entry.table);
    if (!t)
        return changes;
    const QStringList order = QString::fromUtf8(t->columns).split(QStringLiteral(", "));
    std::stable_sort(changes.begin(), changes.end(), [&](const AuditFieldChange &a, const AuditFieldChange &b) {
        return order.indexOf(a.field) < order.indexOf(b.field);
    });
    return changes;
}

QList<AuditFieldChange> AuditTrail::shownChanges(const AuditEntry &entry)
{
    QList<AuditFieldChange> changes = orderedChanges(entry);
    if (!entry.isCreation() && entry.action != QLatin1String("delete"))
        return changes;
    changes.erase(std::remove_if(changes.begin(), changes.end(),
                                 [](const AuditFieldChange &c) {
                                     const QVariant &v = c.newValue.isValid() ? c.newValue : c.oldValue;
                                     return !v.isValid() || v.isNull() || v.toString().isEmpty();
                                 }),
                  changes.end());
    return changes;
}

QString AuditTrail::actorText(const AuditEntry &entry)
{
    if (entry.clerk.isEmpty() && entry.osUser.isEmpty())
        return tr("(no name recorded)");
    if (entry.clerk.isEmpty())
        return entry.osUser;
    if (entry.osUser.isEmpty() || entry.osUser == entry.clerk)
        return entry.clerk;
    return QStringLiteral("%1 (%2)").arg(entry.clerk, entry.osUser);
}

QString AuditTrail::recordText(const AuditEntry &entry)
{
    if (entry.action == QLatin1String("export"))
        return QString();
    QString text = tableLabel(entry.table);
    if (!entry.recordLabel.isEmpty())
        text += QLatin1Char(' ') + entry.recordLabel;
    return text;
}

QString AuditTrail::displayValue(const QString &table, const QString &field, const QVariant &value,
                                 bool maskPersonal) const
{
    struct Reference
    {
        const char *field;
        const char *table;
        const char *column;
    };
    static const Reference kReferences[] = {
        {"deputy_id", "deputies", "name"},         {"lead_deputy_id", "deputies", "name"},
        {"visitor_deputy_id", "deputies", "name"}, {"station_id", "stations", "name"},
        {"appeal_id", "appeals", "number"},        {"duplicate_of", "appeals", "number"},
        {"suggestion_id", "suggestions", "number"}, {"activity_id", "activities", "title"},
        {"link_id", "enterprise_links", "enterprise"}, {"profile_id", "constituency_profiles", "year"},
    };
    const qint64 id = value.isValid() && !value.isNull() ? value.toLongLong() : 0;
    if (id > 0) {
        for (const Reference &r : kReferences) {
            if (field != QLatin1String(r.field))
                continue;
            const QString key = QLatin1String(r.table) + QLatin1Char(':') + QString::number(id);
            auto it = m_names.constFind(key);
            if (it == m_names.constEnd()) {
                // Table and column names are the constants above, never user text.
                const QVariant name = m_db.scalar(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                                      .arg(QLatin1String(r.column), QLatin1String(r.table)),
                                                  {id});
                it = m_names.insert(key, name.isValid() && !name.toString().isEmpty()
                                             ? name.toString()
                                             : tr("no. %1 (no longer exists)").arg(id));
            }
            return it.value();
        }
    }
    return valueText(table, field, value, maskPersonal);
}

bool AuditTrail::writeCsv(const QList<AuditEntry> &entries, QIODevice *device, bool maskPersonal) const
{
    CsvWriter writer(device);
    writer.writeRow({tr("Time"), tr("Clerk"), tr("System user"), tr("Action"), tr("Record"), tr("Table:id"),
                     tr("Record uuid"), tr("Field"), tr("Old value"), tr("New value")});
    for (const AuditEntry &e : entries) {
        const QString at = e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const QString tableId = e.recordId > 0 ? e.table + QLatin1Char(':') + QString::number(e.recordId) : e.table;
        const QStringList head = {at, e.clerk, e.osUser, actionLabel(e.action), recordText(e), tableId, e.recordUuid};
        const QList<AuditFieldChange> changes = shownChanges(e);
        if (changes.isEmpty())
            writer.writeRow(head + QStringList{QString(), QString(), QString()});
        for (const AuditFieldChange &c : changes) {
            // Numbers and phones stay text in Excel (no lost leading zeros, no 1.39E+10).
            writer.writeRow(head
                            + QStringList{fieldLabel(e.table, c.field),
                                          csvCell(displayValue(e.table, c.field, c.oldValue, maskPersonal)),
                                          csvCell(displayValue(e.table, c.field, c.newValue, maskPersonal))});
        }
    }
    return writer.flush();
}

QJsonArray AuditTrail::toJson(const QList<AuditEntry> &entries, bool maskPersonal)
{
    const auto raw = [&](const AuditEntry &e, const QString &field, const QVariant &v) -> QJsonValue {
        if (!v.isValid() || v.isNull())
            return QJsonValue::Null;
        if (maskPersonal && isPersonal(e.table, field))
            return valueText(e.table, field, v, true);
        return QJsonValue::fromVariant(v);
    };
    QJsonArray array;
    for (const AuditEntry &e : entries) {
        QJsonArray changes;
        for (const AuditFieldChange &c : orderedChanges(e)) {
            changes.append(QJsonObject{{QStringLiteral("field"), c.field},
                                       {QStringLiteral("label"), fieldLabel(e.table, c.field)},
                                       {QStringLiteral("old"), raw(e, c.field, c.oldValue)},
                                       {QStringLiteral("new"), raw(e, c.field, c.newValue)}});
        }
        array.append(QJsonObject{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("clerk"), e.clerk},
            {QStringLiteral("os_user"), e.osUser},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("table"), e.table},
            {QStringLiteral("record_id"), e.recordId > 0 ? QJsonValue(e.recordId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("record_uuid"), e.recordUuid},
            {QStringLiteral("record_label"), e.recordLabel},
            {QStringLiteral("owner_table"), e.ownerTable},
            {QStringLiteral("owner_id"), e.ownerId > 0 ? QJsonValue(e.ownerId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("changes"), changes},
        });
    }
    return array;
}
