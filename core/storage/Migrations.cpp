#include "storage/Migrations.h"

namespace {

// Conventions for every ledger table:
//  - id: local integer key; uuid: the stable key across stations' files (merge, import);
//  - created_at / updated_at: UTC ISO-8601 stamps; deleted_at: set when moved to the recycle bin;
//  - dates are 'yyyy-MM-dd' text; codes are the English codes of common/Codes.
// Numbers such as 2022-0031 are unique per station and year (number_year + number_seq).
const char *const kVersion1[] = {
    R"(CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ))",
    R"(CREATE TABLE stations (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        street TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    ))",
    R"(CREATE TABLE deputies (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        station_id INTEGER NOT NULL REFERENCES stations(id),
        name TEXT NOT NULL,
        gender TEXT NOT NULL DEFAULT '',
        level TEXT NOT NULL,
        term INTEGER,
        constituency TEXT NOT NULL DEFAULT '',
        employer TEXT NOT NULL DEFAULT '',
        post TEXT NOT NULL DEFAULT '',
        sector TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        term_start TEXT,
        term_end TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    ))",
    "CREATE INDEX deputies_station ON deputies(station_id, name)",
    R"(CREATE TABLE enterprise_links (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        deputy_id INTEGER NOT NULL REFERENCES deputies(id),
        enterprise TEXT NOT NULL,
        contact_person TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        since TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    ))",
    "CREATE INDEX enterprise_links_deputy ON enterprise_links(deputy_id)",
    R"(CREATE TABLE enterprise_visits (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        link_id INTEGER NOT NULL REFERENCES enterprise_links(id),
        visited_on TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        problems TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    ))",
    "CREATE INDEX enterprise_visits_link ON enterprise_visits(link_id, visited_on)",
    R"(CREATE TABLE constituency_profiles (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        deputy_id INTEGER NOT NULL REFERENCES deputies(id),
        year INTEGER NOT NULL,
        constituency TEXT NOT NULL DEFAULT '',
        scope TEXT NOT NULL DEFAULT '',
        households INTEGER,
        population INTEGER,
        voters INTEGER,
        communities TEXT NOT NULL DEFAULT '',
        enterprises TEXT NOT NULL DEFAULT '',
        facilities TEXT NOT NULL DEFAULT '',
        key_problems TEXT NOT NULL DEFAULT '',
        updated_on TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    ))",
    "CREATE UNIQUE INDEX constituency_profiles_deputy_year ON constituency_profiles(deputy_id, year) "
    "WHERE deleted_at IS NULL",
    R"(CREATE TABLE contact_voters (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        profile_id INTEGER NOT NULL REFERENCES constituency_profiles(id),
        name TEXT NOT NULL,
        phone TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    ))",
    "CREATE INDEX contact_voters_profile ON contact_voters(profile_id)",
    R"(CREATE TABLE activities (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        station_id INTEGER NOT NULL REFERENCES stations(id),
        type TEXT NOT NULL,
        title TEXT NOT NULL,
        held_on TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        partner TEXT NOT NULL DEFAULT '',
        people_reached INTEGER,
        summary TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    ))",
    "CREATE INDEX activities_held ON activities(held_on)",
    R"(CREATE TABLE activity_participants (
        activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
        deputy_id INTEGER NOT NULL REFERENCES deputies(id),
        PRIMARY KEY (activity_id, deputy_id)
    ) WITHOUT ROWID)",
    "CREATE INDEX activity_participants_deputy ON activity_participants(deputy_id)",
    R"(CREATE TABLE appeals (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        station_id INTEGER NOT NULL REFERENCES stations(id),
        number TEXT NOT NULL,
        number_year INTEGER NOT NULL,
        number_seq INTEGER NOT NULL,
        received_on TEXT NOT NULL,
        channel TEXT NOT NULL,
        deputy_id INTEGER REFERENCES deputies(id),
        activity_id INTEGER REFERENCES activities(id),
        person_name TEXT NOT NULL DEFAULT '',
        person_phone TEXT NOT NULL DEFAULT '',
        person_address TEXT NOT NULL DEFAULT '',
        is_group INTEGER NOT NULL DEFAULT 0,
        group_size INTEGER,
        content TEXT NOT NULL,
        category TEXT NOT NULL DEFAULT '',
        urgency TEXT NOT NULL DEFAULT 'normal',
        confidential INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'registered',
        accepted_on TEXT,
        redirect_reason TEXT NOT NULL DEFAULT '',
        redirect_to TEXT NOT NULL DEFAULT '',
        disposal TEXT NOT NULL DEFAULT '',
        handling_unit TEXT NOT NULL DEFAULT '',
        deadline TEXT,
        resolved_on TEXT,
        result TEXT NOT NULL DEFAULT '',
        reply_on TEXT,
        reply_method TEXT NOT NULL DEFAULT '',
        reply_content TEXT NOT NULL DEFAULT '',
        closed_on TEXT,
        reopen_count INTEGER NOT NULL DEFAULT 0,
        duplicate_of INTEGER REFERENCES appeals(id),
        suggestion_id INTEGER REFERENCES suggestions(id),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    ))",
    "CREATE UNIQUE INDEX appeals_number ON appeals(station_id, number_year, number_seq)",
    "CREATE INDEX appeals_received ON appeals(received_on)",
    "CREATE INDEX appeals_deputy ON appeals(deputy_id, received_on)",
    "CREATE INDEX appeals_status ON appeals(status, deadline)",
    "CREATE INDEX appeals_category ON appeals(category, received_on)",
    "CREATE INDEX appeals_duplicate ON appeals(duplicate_of) WHERE duplicate_of IS NOT NULL",
    // The progress log and timeline of an appeal: every transition and every push (督办).
    R"(CREATE TABLE appeal_events (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        appeal_id INTEGER NOT NULL REFERENCES appeals(id),
        happened_on TEXT NOT NULL,
        kind TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        actor TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    ))",
    "CREATE INDEX appeal_events_appeal ON appeal_events(appeal_id, happened_on)",
    R"(CREATE TABLE suggestions (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        station_id INTEGER NOT NULL REFERENCES stations(id),
        number TEXT NOT NULL,
        number_year INTEGER NOT NULL,
        number_seq INTEGER NOT NULL,
        title TEXT NOT NULL,
        content TEXT NOT NULL DEFAULT '',
        lead_deputy_id INTEGER NOT NULL REFERENCES deputies(id),
        kind TEXT NOT NULL DEFAULT 'interim',
        status TEXT NOT NULL DEFAULT 'draft',
        round INTEGER NOT NULL DEFAULT 1,
        submitted_on TEXT,
        contact_person TEXT NOT NULL DEFAULT '',
        contact_phone TEXT NOT NULL DEFAULT '',
        deadline TEXT,
        reply_on TEXT,
        reply_summary TEXT NOT NULL DEFAULT '',
        grade TEXT NOT NULL DEFAULT '',
        satisfaction TEXT NOT NULL DEFAULT '',
        satisfaction_on TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    ))",
    "CREATE UNIQUE INDEX suggestions_number ON suggestions(station_id, number_year, number_seq)",
    "CREATE INDEX suggestions_deputy ON suggestions(lead_deputy_id)",
    "CREATE INDEX suggestions_status ON suggestions(status, deadline)",
    R"(CREATE TABLE suggestion_cosigners (
        suggestion_id INTEGER NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
        deputy_id INTEGER NOT NULL REFERENCES deputies(id),
        PRIMARY KEY (suggestion_id, deputy_id)
    ) WITHOUT ROWID)",
    R"(CREATE TABLE suggestion_appeals (
        suggestion_id INTEGER NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
        appeal_id INTEGER NOT NULL REFERENCES appeals(id),
        PRIMARY KEY (suggestion_id, appeal_id)
    ) WITHOUT ROWID)",
    R"(CREATE TABLE suggestion_units (
        suggestion_id INTEGER NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
        unit TEXT NOT NULL,
        role TEXT NOT NULL,
        PRIMARY KEY (suggestion_id, unit)
    ) WITHOUT ROWID)",
    // Earlier rounds of a suggestion; the current round lives in the suggestions row itself.
    R"(CREATE TABLE suggestion_rounds (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        suggestion_id INTEGER NOT NULL REFERENCES suggestions(id),
        round INTEGER NOT NULL,
        submitted_on TEXT,
        deadline TEXT,
        reply_on TEXT,
        reply_summary TEXT NOT NULL DEFAULT '',
        grade TEXT NOT NULL DEFAULT '',
        satisfaction TEXT NOT NULL DEFAULT '',
        satisfaction_on TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (suggestion_id, round)
    ))",
    R"(CREATE TABLE follow_up_visits (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        appeal_id INTEGER REFERENCES appeals(id),
        suggestion_id INTEGER REFERENCES suggestions(id),
        visited_on TEXT NOT NULL,
        method TEXT NOT NULL,
        visitor_deputy_id INTEGER REFERENCES deputies(id),
        visitor_clerk TEXT NOT NULL DEFAULT '',
        visited_person TEXT NOT NULL DEFAULT '',
        feedback TEXT NOT NULL DEFAULT '',
        satisfaction TEXT NOT NULL,
        needs_more INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        CHECK ((appeal_id IS NULL) <> (suggestion_id IS NULL))
    ))",
    "CREATE INDEX follow_up_visits_appeal ON follow_up_visits(appeal_id) WHERE appeal_id IS NOT NULL",
    "CREATE INDEX follow_up_visits_suggestion ON follow_up_visits(suggestion_id) WHERE suggestion_id IS NOT "
    "NULL",
    "CREATE INDEX follow_up_visits_date ON follow_up_visits(visited_on)",
    // Editable lists that grow as the clerk types: kind is 'category' or 'unit'.
    R"(CREATE TABLE vocabulary (
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        sort_order INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (kind, value)
    ) WITHOUT ROWID)",
    R"(INSERT INTO vocabulary(kind, value, sort_order) VALUES
        ('category', '城市建设', 1), ('category', '交通出行', 2), ('category', '环境卫生', 3),
        ('category', '社会治安', 4), ('category', '民生保障', 5), ('category', '教育医疗', 6),
        ('category', '企业发展', 7), ('category', '疫情防控', 8), ('category', '其他', 9))",
    // The clerk's own words for the annual report, per station and year (二、存在不足 / 三、下一年工作思路).
    R"(CREATE TABLE report_narratives (
        station_id INTEGER NOT NULL REFERENCES stations(id),
        year INTEGER NOT NULL,
        shortcomings TEXT NOT NULL DEFAULT '',
        next_year_plan TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (station_id, year)
    ))",
    // Full-text search over what clerks look for. trigram finds any substring of three or more
    // characters, Chinese included; shorter queries go through LIKE on the base tables (see
    // lists/SearchQuery), since trigram cannot match them.
    R"(CREATE VIRTUAL TABLE appeals_fts USING fts5(
        number, person_name, person_address, content, category, handling_unit, result, reply_content,
        content='appeals', content_rowid='id', tokenize='trigram'))",
    R"(CREATE TRIGGER appeals_fts_insert AFTER INSERT ON appeals BEGIN
        INSERT INTO appeals_fts(rowid, number, person_name, person_address, content, category,
                                handling_unit, result, reply_content)
        VALUES (new.id, new.number, new.person_name, new.person_address, new.content, new.category,
                new.handling_unit, new.result, new.reply_content);
    END)",
    R"(CREATE TRIGGER appeals_fts_delete AFTER DELETE ON appeals BEGIN
        INSERT INTO appeals_fts(appeals_fts, rowid, number, person_name, person_address, content, category,
                                handling_unit, result, reply_content)
        VALUES ('delete', old.id, old.number, old.person_name, old.person_address, old.content, old.category,
                old.handling_unit, old.result, old.reply_content);
    END)",
    R"(CREATE TRIGGER appeals_fts_update AFTER UPDATE OF number, person_name, person_address, content, category,
            handling_unit, result, reply_content ON appeals BEGIN
        INSERT INTO appeals_fts(appeals_fts, rowid, number, person_name, person_address, content, category,
                                handling_unit, result, reply_content)
        VALUES ('delete', old.id, old.number, old.person_name, old.person_address, old.content, old.category,
                old.handling_unit, old.result, old.reply_content);
        INSERT INTO appeals_fts(rowid, number, person_name, person_address, content, category,
                                handling_unit, result, reply_content)
        VALUES (new.id, new.number, new.person_name, new.person_address, new.content, new.category,
                new.handling_unit, new.result, new.reply_content);
    END)",
    R"(CREATE VIRTUAL TABLE suggestions_fts USING fts5(
        number, title, content, reply_summary, contact_person,
        content='suggestions', content_rowid='id', tokenize='trigram'))",
    R"(CREATE TRIGGER suggestions_fts_insert AFTER INSERT ON suggestions BEGIN
        INSERT INTO suggestions_fts(rowid, number, title, content, reply_summary, contact_person)
        VALUES (new.id, new.number, new.title, new.content, new.reply_summary, new.contact_person);
    END)",
    R"(CREATE TRIGGER suggestions_fts_delete AFTER DELETE ON suggestions BEGIN
        INSERT INTO suggestions_fts(suggestions_fts, rowid, number, title, content, reply_summary, contact_person)
        VALUES ('delete', old.id, old.number, old.title, old.content, old.reply_summary, old.contact_person);
    END)",
    R"(CREATE TRIGGER suggestions_fts_update AFTER UPDATE OF number, title, content, reply_summary, contact_person
            ON suggestions BEGIN
        INSERT INTO suggestions_fts(suggestions_fts, rowid, number, title, content, reply_summary, contact_person)
        VALUES ('delete', old.id, old.number, old.title, old.content, old.reply_summary, old.contact_person);
        INSERT INTO suggestions_fts(rowid, number, title, content, reply_summary, contact_person)
        VALUES (new.id, new.number, new.title, new.content, new.reply_summary, new.contact_person);
    END)",
};

// Version 2: the daily queues, the appeals list and the statistics filter `deleted_at IS NULL` first.
// With plain indexes SQLite had to visit every table row to test deleted_at (Today's "answered" count:
// 14 ms at 100,000 appeals); partial indexes over the live rows answer those queries from the index
// alone (1 ms). The plain indexes they replace served no query that does not also filter deleted_at.
// See docs/PERFORMANCE.md for the plans.
const char *const kVersion2[] = {
    "DROP INDEX appeals_status",
    "DROP INDEX appeals_category",
    "DROP INDEX appeals_received",
    "DROP INDEX suggestions_status",
    "CREATE INDEX appeals_live_status ON appeals(status, deadline) WHERE deleted_at IS NULL",
    "CREATE INDEX appeals_live_received ON appeals(received_on) WHERE deleted_at IS NULL",
    "CREATE INDEX appeals_live_category ON appeals(category, received_on) WHERE deleted_at IS NULL",
    "CREATE INDEX suggestions_live_status ON suggestions(status, deadline) WHERE deleted_at IS NULL",
};

// Version 4: two-character search through the trigram index (lists/SqlListModel::searchCondition). Each indexed
// column is seen by the index with a separator (U+001F, never typed) after it, so that every place two
// characters occur — the end of a column included — begins a trigram; the trigrams beginning with the
// two characters are a range of the index's term list (the fts5vocab tables *_fts_terms). The index
// reads its columns through a view that adds the separators, so 'rebuild' and 'integrity-check' see
// what the triggers write. Rebuilding costs about 1.5 s of CPU per 100,000 appeals.
const char *const kSearchSeparators[] = {
    "DROP TRIGGER appeals_fts_insert",
    "DROP TRIGGER appeals_fts_delete",
    "DROP TRIGGER appeals_fts_update",
    "DROP TABLE appeals_fts",
    R"(CREATE VIEW appeals_fts_source AS SELECT id, number || char(31) AS number, person_name ||
        char(31) AS person_name, person_address || char(31) AS person_address, content || char(31) AS
        content, category || char(31) AS category, handling_unit || char(31) AS handling_unit, result ||
        char(31) AS result, reply_content || char(31) AS reply_content
        FROM appeals)",
    R"(CREATE VIRTUAL TABLE appeals_fts USING fts5(
        number, person_name, person_address, content, category, handling_unit, result, reply_content,
        content='appeals_fts_source', content_rowid='id', tokenize='trigram'))",
    "INSERT INTO appeals_fts(appeals_fts) VALUES ('rebuild')",
    "CREATE VIRTUAL TABLE appeals_fts_terms USING fts5vocab(appeals_fts, row)",
    R"(CREATE TRIGGER appeals_fts_insert AFTER INSERT ON appeals BEGIN
        INSERT INTO appeals_fts(rowid, number, person_name, person_address, content, category,
            handling_unit, result, reply_content)
        VALUES (new.id, new.number || char(31), new.person_name || char(31), new.person_address ||
            char(31), new.content || char(31), new.category || char(31), new.handling_unit || char(31),
            new.result || char(31), new.reply_content || char(31));
    END)",
    R"(CREATE TRIGGER appeals_fts_delete AFTER DELETE ON appeals BEGIN
        INSERT INTO appeals_fts(appeals_fts, rowid, number, person_name, person_address, content,
            category, handling_unit, result, reply_content)
        VALUES ('delete', old.id, old.number || char(31), old.person_name || char(31),
            old.person_address || char(31), old.content || char(31), old.category || char(31),
            old.handling_unit || char(31), old.result || char(31), old.reply_content || char(31));
    END)",
    R"(CREATE TRIGGER appeals_fts_update AFTER UPDATE OF number, person_name, person_address, content,
        category, handling_unit, result, reply_content ON appeals BEGIN
        INSERT INTO appeals_fts(appeals_fts, rowid, number, person_name, person_address, content,
            category, handling_unit, result, reply_content)
        VALUES ('delete', old.id, old.number || char(31), old.person_name || char(31),
            old.person_address || char(31), old.content || char(31), old.category || char(31),
            old.handling_unit || char(31), old.result || char(31), old.reply_content || char(31));
        INSERT INTO appeals_fts(rowid, number, person_name, person_address, content, category,
            handling_unit, result, reply_content)
        VALUES (new.id, new.number || char(31), new.person_name || char(31), new.person_address ||
            char(31), new.content || char(31), new.category || char(31), new.handling_unit || char(31),
            new.result || char(31), new.reply_content || char(31));
    END)",
    "DROP TRIGGER suggestions_fts_insert",
    "DROP TRIGGER suggestions_fts_delete",
    "DROP TRIGGER suggestions_fts_update",
    "DROP TABLE suggestions_fts",
    R"(CREATE VIEW suggestions_fts_source AS SELECT id, number || char(31) AS number, title || char(31)
        AS title, content || char(31) AS content, reply_summary || char(31) AS reply_summary, contact_person
        || char(31) AS contact_person
        FROM suggestions)",
    R"(CREATE VIRTUAL TABLE suggestions_fts USING fts5(
        number, title, content, reply_summary, contact_person,
        content='suggestions_fts_source', content_rowid='id', tokenize='trigram'))",
    "INSERT INTO suggestions_fts(suggestions_fts) VALUES ('rebuild')",
    "CREATE VIRTUAL TABLE suggestions_fts_terms USING fts5vocab(suggestions_fts, row)",
    R"(CREATE TRIGGER suggestions_fts_insert AFTER INSERT ON suggestions BEGIN
        INSERT INTO suggestions_fts(rowid, number, title, content, reply_summary, contact_person)
        VALUES (new.id, new.number || char(31), new.title || char(31), new.content || char(31),
            new.reply_summary || char(31), new.contact_person || char(31));
    END)",
    R"(CREATE TRIGGER suggestions_fts_delete AFTER DELETE ON suggestions BEGIN
        INSERT INTO suggestions_fts(suggestions_fts, rowid, number, title, content, reply_summary,
            contact_person)
        VALUES ('delete', old.id, old.number || char(31), old.title || char(31), old.content ||
            char(31), old.reply_summary || char(31), old.contact_person || char(31));
    END)",
    R"(CREATE TRIGGER suggestions_fts_update AFTER UPDATE OF number, title, content, reply_summary,
        contact_person ON suggestions BEGIN
        INSERT INTO suggestions_fts(suggestions_fts, rowid, number, title, content, reply_summary,
            contact_person)
        VALUES ('delete', old.id, old.number || char(31), old.title || char(31), old.content ||
            char(31), old.reply_summary || char(31), old.contact_person || char(31));
        INSERT INTO suggestions_fts(rowid, number, title, content, reply_summary, contact_person)
        VALUES (new.id, new.number || char(31), new.title || char(31), new.content || char(31),
            new.reply_summary || char(31), new.contact_person || char(31));
    END)",
};

template <size_t N>
QStringList toList(const char *const (&a)[N])
{
    QStringList list;
    for (const char *s : a)
        list << QString::fromUtf8(s);
    return list;
}


// Migration 3: the audit trail (docs/AUDIT.md). One audit_log row per inserted, changed or deleted
// record, written by triggers so that no code path can forget it. The actor comes from two SQL
// functions that this program defines on every connection (safety/AuditActor).
const char *const kAuditLog[] = {
    R"(CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        clerk TEXT NOT NULL DEFAULT '',
        os_user TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL,
        table_name TEXT NOT NULL DEFAULT '',
        record_id INTEGER,
        record_uuid TEXT NOT NULL DEFAULT '',
        record_label TEXT NOT NULL DEFAULT '',
        owner_table TEXT NOT NULL DEFAULT '',
        owner_id INTEGER,
        changes TEXT NOT NULL DEFAULT '{}'
    ))",
    // No secondary index, on purpose: each index made every logged row (an import writes hundreds of
    // thousands) cost about four times as much, while reading one record's history scans the log in
    // about 15 ms per 200,000 entries (docs/AUDIT.md).
    // The trail is append-only: nothing may change or remove an entry, this program included.
    R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'The audit trail cannot be changed: its entries are permanent.');
    END)",
    R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'The audit trail cannot be changed: its entries are permanent.');
    END)",
};

/// How one ledger table is logged. Column lists are the table's columns as of migration 1, without
/// id, uuid, created_at and updated_at (the log's own time and record columns say those).
struct AuditedTable
{
    const char *name;
    bool hasId;          ///< id + uuid columns (the rest are keyed by their owner or their values)
    bool hasDeletedAt;   ///< soft delete: an update of deleted_at is logged as soft_delete / restore
    const char *label;   ///< expression over the row (R. stands for new. / old.) shown as the record's name
    const char *ownerTable;   ///< SQL expression (R.) for the record this row belongs to, '' for none
    const char *ownerId;
    const char *columns;
};

const AuditedTable kAuditedTables[] = {
    {"stations", true, true, "R.name", "''", "NULL", "name, street, address, deleted_at"},
    {"deputies", true, true, "R.name", "''", "NULL",
     "station_id, name, gender, level, term, constituency, employer, post, sector, phone, term_start, term_end, "
     "notes, deleted_at"},
    {"enterprise_links", true, true, "R.enterprise", "'deputies'", "R.deputy_id",
     "deputy_id, enterprise, contact_person, phone, address, since, notes, deleted_at"},
    {"enterprise_visits", true, true, "R.visited_on", "'enterprise_links'", "R.link_id",
     "link_id, visited_on, summary, problems, deleted_at"},
    {"constituency_profiles", true, true, "R.year", "'deputies'", "R.deputy_id",
     "deputy_id, year, constituency, scope, households, population, voters, communities, enterprises, facilities, "
     "key_problems, updated_on, notes, deleted_at"},
    {"contact_voters", true, true, "''", "'constituency_profiles'", "R.profile_id",
     "profile_id, name, phone, address, notes, deleted_at"},
    {"activities", true, true, "R.title", "''", "NULL",
     "station_id, type, title, held_on, place, partner, people_reached, summary, notes, deleted_at"},
    {"activity_participants", false, false, "''", "'activities'", "R.activity_id", "activity_id, deputy_id"},
    {"appeals", true, true, "R.number", "''", "NULL",
     "station_id, number, number_year, number_seq, received_on, channel, deputy_id, activity_id, person_name, "
     "person_phone, person_address, is_group, group_size, content, category, urgency, confidential, status, "
     "accepted_on, redirect_reason, redirect_to, disposal, handling_unit, deadline, resolved_on, result, reply_on, "
     "reply_method, reply_content, closed_on, reopen_count, duplicate_of, suggestion_id, notes, deleted_at"},
    {"appeal_events", true, false, "R.kind", "'appeals'", "R.appeal_id", "appeal_id, happened_on, kind, note, actor"},
    {"suggestions", true, true, "R.number", "''", "NULL",
     "station_id, number, number_year, number_seq, title, content, lead_deputy_id, kind, status, round, "
     "submitted_on, contact_person, contact_phone, deadline, reply_on, reply_summary, grade, satisfaction, "
     "satisfaction_on, notes, deleted_at"},
    {"suggestion_cosigners", false, false, "''", "'suggestions'", "R.suggestion_id", "suggestion_id, deputy_id"},
    {"suggestion_appeals", false, false, "''", "'suggestions'", "R.suggestion_id", "suggestion_id, appeal_id"},
    {"suggestion_units", false, false, "R.unit", "'suggestions'", "R.suggestion_id", "suggestion_id, unit, role"},
    {"suggestion_rounds", true, false, "R.round", "'suggestions'", "R.suggestion_id",
     "suggestion_id, round, submitted_on, deadline, reply_on, reply_summary, grade, satisfaction, satisfaction_on"},
    {"follow_up_visits", true, true, "R.visited_on",
     "CASE WHEN R.appeal_id IS NOT NULL THEN 'appeals' ELSE 'suggestions' END",
     "coalesce(R.appeal_id, R.suggestion_id)",
     "appeal_id, suggestion_id, visited_on, method, visitor_deputy_id, visitor_clerk, visited_person, feedback, "
     "satisfaction, needs_more, deleted_at"},
    {"vocabulary", false, false, "R.value", "''", "NULL", "kind, value, sort_order"},
    {"report_narratives", false, false, "R.year", "'stations'", "R.station_id",
     "station_id, year, shortcomings, next_year_plan"},
};

QString rowExpression(const char *expression, const QString &row)
{
    return QString::fromUtf8(expression).replace(QStringLiteral("R."), row + QLatin1Char('.'));
}

/// The INSERT INTO audit_log statement of one trigger, up to (not including) the changes value.
QString auditInsertHead(const AuditedTable &t, const QString &row, const QString &action)
{
    const QString name = QString::fromUtf8(t.name);
    return QStringLiteral("INSERT INTO audit_log(at, clerk, os_user, action, table_name, record_id, record_uuid, "
                          "record_label, owner_table, owner_id, changes) SELECT "
                          "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ll_audit_clerk(), ll_audit_os_user(), ")
        + action + QStringLiteral(", '") + name + QStringLiteral("', ")
        + (t.hasId ? row + QStringLiteral(".id, ") + row + QStringLiteral(".uuid, ") : QStringLiteral("NULL, '', "))
        + QStringLiteral("coalesce(") + rowExpression(t.label, row) + QStringLiteral(", ''), ")
        + rowExpression(t.ownerTable, row) + QStringLiteral(", ") + rowExpression(t.ownerId, row)
        + QStringLiteral(", ");
}

/// Rows that belong to a record and arrive with it in an import (an appeal's timeline, a profile's
/// contact voters, …): inside AuditBulkScope their inserts are not logged one by one.
bool arrivesWithItsRecord(const QString &table)
{
    static const QStringList kParts = {QStringLiteral("appeal_events"),        QStringLiteral("activity_participants"),
                                       QStringLiteral("suggestion_cosigners"), QStringLiteral("suggestion_appeals"),
                                       QStringLiteral("suggestion_units"),     QStringLiteral("suggestion_rounds"),
                                       QStringLiteral("contact_voters"),       QStringLiteral("enterprise_visits")};
    return kParts.contains(table);
}

QStringList auditTriggers(const AuditedTable &t)
{
    const QString name = QString::fromUtf8(t.name);
    const bool part = arrivesWithItsRecord(name);
    const QStringList columns = QString::fromUtf8(t.columns).split(QStringLiteral(", "));
    QStringList newValues;
    QStringList oldValues;
    QStringList changed;
    QStringList pieces;
    for (const QString &c : columns) {
        newValues << QStringLiteral("'%1', new.%1").arg(c);
        oldValues << QStringLiteral("'%1', old.%1").arg(c);
        changed << QStringLiteral("old.%1 IS NOT new.%1").arg(c);
        pieces << QStringLiteral("CASE WHEN old.%1 IS NOT new.%1 THEN ',\"%1\":' || json_array(old.%1, new.%1) "
                                 "ELSE '' END")
                      .arg(c);
    }
    const QString action = t.hasDeletedAt
        ? QStringLiteral("CASE WHEN old.deleted_at IS NULL AND new.deleted_at IS NOT NULL THEN 'soft_delete' "
                         "WHEN old.deleted_at IS NOT NULL AND new.deleted_at IS NULL THEN 'restore' "
                         "ELSE 'update' END")
        : QStringLiteral("'update'");
    // Inserts and deletes store the whole row ({"field": value}); updates only the fields that changed,
    // as {"field": [old, new]}, built by plain concatenation so that an unchanged field costs only its
    // comparison (bulk workflows update many rows). An update that changes nothing but updated_at is
    // not logged (the WHEN clause).
    return {
        QStringLiteral("CREATE TRIGGER audit_%1_insert AFTER INSERT ON %1 ").arg(name)
            + (part ? QStringLiteral("WHEN ll_audit_bulk() = '' BEGIN ") : QStringLiteral("BEGIN "))
            + auditInsertHead(t, QStringLiteral("new"),
                              part ? QStringLiteral("'insert'") : QStringLiteral("coalesce(nullif(ll_audit_bulk(), ''), 'insert')"))
            + (t.hasId ? QStringLiteral("'{}'")
                       : QStringLiteral("json_object(") + newValues.join(QStringLiteral(", ")) + QStringLiteral(")"))
            + QStringLiteral("; END"),
        QStringLiteral("CREATE TRIGGER audit_%1_update AFTER UPDATE ON %1 WHEN ").arg(name)
            + changed.join(QStringLiteral(" OR ")) + QStringLiteral(" BEGIN ")
            + auditInsertHead(t, QStringLiteral("new"), action) + QStringLiteral("'{' || substr(")
            + pieces.join(QStringLiteral(" || ")) + QStringLiteral(", 2) || '}'; END"),
        QStringLiteral("CREATE TRIGGER audit_%1_delete AFTER DELETE ON %1 BEGIN ").arg(name)
            + auditInsertHead(t, QStringLiteral("old"), QStringLiteral("'delete'"))
            + QStringLiteral("json_object(") + oldValues.join(QStringLiteral(", ")) + QStringLiteral("); END"),
    };
}

/// The statement that writes, for every row of `t` with an id above ?1, the entry its insert trigger
/// writes for one row (see auditTriggers()).
QString auditBulkInsert(const AuditedTable &t)
{
    const QString name = QString::fromUtf8(t.name);
    const bool part = arrivesWithItsRecord(name);
    return auditInsertHead(t, name,
                           part ? QStringLiteral("'insert'")
                                : QStringLiteral("coalesce(nullif(ll_audit_bulk(), ''), 'insert')")) +
           QStringLiteral("'{}' FROM ") + name + QStringLiteral(" WHERE ") +
           (part ? QStringLiteral("ll_audit_bulk() = '' AND ") : QString()) + name +
           QStringLiteral(".id > ?1 ORDER BY ") + name + QStringLiteral(".id");
}

QStringList auditMigration()
{
    QStringList list = toList(kAuditLog);
    for (const AuditedTable &t : kAuditedTables)
        list << auditTriggers(t);
    return list;
}

// Migration 5: an appeal's timeline entries are unique by (appeal, uuid) rather than by uuid across the
// whole file. An import still matches an entry it already has (the same appeal's entry with that uuid);
// what changes is where a new entry goes in the index: the entries of a new appeal now go to the end,
// where an index of random UUIDs sent each to a random page, at three times the cost of the row itself
// (600,000 entries for 100,000 appeals; docs/PERFORMANCE.md). The same index serves every query of the
// timeline, all by appeal, so the separate (appeal_id, happened_on) index goes. SQLite cannot drop a
// UNIQUE constraint: the table is rebuilt, keeping its ids, and its audit triggers are made again
// (dropping a table drops its triggers first, so the rebuild itself logs nothing).
const char *const kTimelineByAppeal[] = {
    R"(CREATE TABLE appeal_events_v5 (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL,
        appeal_id INTEGER NOT NULL REFERENCES appeals(id),
        happened_on TEXT NOT NULL,
        kind TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        actor TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        UNIQUE (appeal_id, uuid)
    ))",
    "INSERT INTO appeal_events_v5(id, uuid, appeal_id, happened_on, kind, note, actor, created_at) "
    "SELECT id, uuid, appeal_id, happened_on, kind, note, actor, created_at FROM appeal_events ORDER BY id",
    "DROP TABLE appeal_events",
    "ALTER TABLE appeal_events_v5 RENAME TO appeal_events",
};

QStringList timelineMigration()
{
    QStringList list = toList(kTimelineByAppeal);
    for (const AuditedTable &t : kAuditedTables)
        if (qstrcmp(t.name, "appeal_events") == 0)
            list << auditTriggers(t);
    return list;
}

} // namespace

namespace Migrations {

QList<AuditedInsert> auditedInserts()
{
    QList<AuditedInsert> list;
    for (const AuditedTable &t : kAuditedTables) {
        if (!t.hasId)
            continue;
        const QString name = QString::fromUtf8(t.name);
        list << AuditedInsert{name, QStringLiteral("audit_%1_insert").arg(name), auditBulkInsert(t)};
    }
    return list;
}

int latestVersion()
{
    return 5;
}

QStringList statements(int version)
{
    switch (version) {
    case 1:
        return toList(kVersion1);
    case 2:
        return toList(kVersion2);
    case 3:
        return auditMigration();
    case 4:
        return toList(kSearchSeparators);
    case 5:
        return timelineMigration();
    default:
        return {};
    }
}

} // namespace Migrations
