#include "io/LedgerExport.h"

#include "Version.h"
#include "common/Ids.h"
#include "common/Privacy.h"
#include "io/CsvWriter.h"
#include "ledgers/StationRepository.h"
#include "safety/AuditTrail.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlError>

#include <sqlite3.h>
#include <xlsxwriter.h>

#include <cstring>
#include <vector>

namespace {

struct Col
{
    const char *header;
    const char *key;
    CellKind kind;
    const char *expr;   ///< SQL expression; our constant text, never user input
    Codes::Kind codeKind = Codes::Gender;
};

/// A ledger's query: columns, then filters on year (the year's first day and the next year's first day
/// as two values) and on a deputy (the deputy's id, once per placeholder).
struct Spec
{
    QList<Col> cols;
    const char *from;
    const char *yearFilter;
    const char *deputyFilter;
    int deputyPlaceholders;
    const char *order;
    const char *confidential;  ///< 1 for rows whose personal data stay at the station
};


Spec spec(Ledger ledger)
{
    switch (ledger) {
    case Ledger::Deputies:
        return {{{"标识", "uuid", CellKind::Text, "d.uuid"},
                 {"站点标识", "station_uuid", CellKind::Text, "s.uuid"},
                 {"站点", "station", CellKind::Text, "s.name"},
                 {"姓名", "name", CellKind::Text, "d.name"},
                 {"性别", "gender", CellKind::Code, "d.gender", Codes::Gender},
                 {"代表层级", "level", CellKind::Code, "d.level", Codes::DeputyLevel},
                 {"届次", "term", CellKind::Number, "nullif(d.term, 0)"},
                 {"选区", "constituency", CellKind::Text, "d.constituency"},
                 {"工作单位", "employer", CellKind::Text, "d.employer"},
                 {"职务", "post", CellKind::Text, "d.post"},
                 {"界别行业", "sector", CellKind::Text, "d.sector"},
                 {"联系电话", "phone", CellKind::PublicPhone, "d.phone"},
                 {"任职起始日期", "term_start", CellKind::Date, "d.term_start"},
                 {"任职终止日期", "term_end", CellKind::Date, "d.term_end"},
                 {"备注", "notes", CellKind::Text, "d.notes"},
                 {"创建时间", "created_at", CellKind::Stamp, "d.created_at"},
                 {"修改时间", "updated_at", CellKind::Stamp, "d.updated_at"}},
                "deputies d JOIN stations s ON s.id = d.station_id WHERE d.deleted_at IS NULL",
                "(d.term_start IS NULL OR d.term_start < ?2) AND (d.term_end IS NULL OR d.term_end >= ?1)",
                "d.id = ?",
                1,
                "d.id",
                "0"};
    case Ledger::Enterprises:
        return {{{"标识", "uuid", CellKind::Text, "e.uuid"},
                 {"代表标识", "deputy_uuid", CellKind::Text, "d.uuid"},
                 {"代表", "deputy", CellKind::Text, "d.name"},
                 {"企业名称", "enterprise", CellKind::Text, "e.enterprise"},
                 {"联系人", "contact_person", CellKind::Text, "e.contact_person"},
                 {"联系电话", "phone", CellKind::Phone, "e.phone"},
                 {"企业地址", "address", CellKind::Text, "e.address"},
                 {"联系起始日期", "since", CellKind::Date, "e.since"},
                 {"备注", "notes", CellKind::Text, "e.notes"},
                 {"走访记录", "visits", CellKind::Json,
                  "(SELECT json_group_array(json_object('uuid', w.uuid, 'date', w.visited_on, 'summary', w.summary,"
                  " 'problems', w.problems, 'created_at', w.created_at, 'updated_at', w.updated_at)) FROM"
                  " (SELECT * FROM enterprise_visits w WHERE w.link_id = e.id AND w.deleted_at IS NULL"
                  " ORDER BY w.visited_on, w.id) w)"},
                 {"创建时间", "created_at", CellKind::Stamp, "e.created_at"},
                 {"修改时间", "updated_at", CellKind::Stamp, "e.updated_at"}},
                "enterprise_links e JOIN deputies d ON d.id = e.deputy_id WHERE e.deleted_at IS NULL AND d.deleted_at IS NULL",
                "(e.since IS NULL OR e.since < ?2) AND (d.term_end IS NULL OR d.term_end >= ?1)",
                "e.deputy_id = ?",
                1,
                "d.id, e.id",
                "0"};
    case Ledger::Profiles:
        return {{{"标识", "uuid", CellKind::Text, "p.uuid"},
                 {"代表标识", "deputy_uuid", CellKind::Text, "d.uuid"},
                 {"代表", "deputy", CellKind::Text, "d.name"},
                 {"年度", "year", CellKind::Number, "p.year"},
                 {"选区名称", "constituency", CellKind::Text, "p.constituency"},
                 {"选区范围", "scope", CellKind::Text, "p.scope"},
                 {"户数", "households", CellKind::Number, "p.households"},
                 {"人口", "population", CellKind::Number, "p.population"},
                 {"选民数", "voters", CellKind::Number, "p.voters"},
                 {"所辖社区", "communities", CellKind::Text, "p.communities"},
                 {"辖区企业", "enterprises", CellKind::Text, "p.enterprises"},
                 {"公共设施", "facilities", CellKind::Text, "p.facilities"},
                 {"重点难点问题", "key_problems", CellKind::Text, "p.key_problems"},
                 {"更新日期", "updated_on", CellKind::Date, "p.updated_on"},
                 {"备注", "notes", CellKind::Text, "p.notes"},
                 {"联系选民", "contact_voters", CellKind::Json,
                  "(SELECT json_group_array(json_object('uuid', v.uuid, 'name', v.name, 'phone', v.phone, 'address',"
                  " v.address, 'notes', v.notes, 'created_at', v.created_at, 'updated_at', v.updated_at)) FROM"
                  " (SELECT * FROM contact_voters v WHERE v.profile_id = p.id AND v.deleted_at IS NULL ORDER BY v.id) v)"},
                 {"创建时间", "created_at", CellKind::Stamp, "p.created_at"},
                 {"修改时间", "updated_at", CellKind::Stamp, "p.updated_at"}},
                "constituency_profiles p JOIN deputies d ON d.id = p.deputy_id WHERE p.deleted_at IS NULL AND d.deleted_at IS NULL",
                "p.year = CAST(substr(?1, 1, 4) AS INTEGER) AND ?2 IS NOT NULL",
                "p.deputy_id = ?",
                1,
                "p.year, d.id",
                "0"};
    case Ledger::Appeals:
        return {{{"标识", "uuid", CellKind::Text, "a.uuid"},
                 {"站点标识", "station_uuid", CellKind::Text, "s.uuid"},
                 {"站点", "station", CellKind::Text, "s.name"},
                 {"编号", "number", CellKind::TextNumber, "a.number"},
                 {"接待日期", "received_on", CellKind::Date, "a.received_on"},
                 {"反映渠道", "channel", CellKind::Code, "a.channel", Codes::Channel},
                 {"接待代表标识", "deputy_uuid", CellKind::Text, "d.uuid"},
                 {"接待代表", "deputy", CellKind::Text, "d.name"},
                 {"来源活动标识", "activity_uuid", CellKind::Text, "t.uuid"},
                 {"反映人", "person_name", CellKind::Personal, "a.person_name"},
                 {"联系电话", "person_phone", CellKind::Phone, "a.person_phone"},
                 {"住址", "person_address", CellKind::Personal, "a.person_address"},
                 {"集体诉求", "is_group", CellKind::Bool, "a.is_group"},
                 {"人数", "group_size", CellKind::Number, "a.group_size"},
                 {"诉求内容", "content", CellKind::Text, "a.content"},
                 {"类别", "category", CellKind::Text, "a.category"},
                 {"紧急程度", "urgency", CellKind::Code, "a.urgency", Codes::Urgency},
                 {"保密", "confidential", CellKind::Bool, "a.confidential"},
                 {"状态", "status", CellKind::Code, "a.status", Codes::AppealStatus},
                 {"受理日期", "accepted_on", CellKind::Date, "a.accepted_on"},
                 {"不予受理理由", "redirect_reason", CellKind::Text, "a.redirect_reason"},
                 {"转交去向", "redirect_to", CellKind::Text, "a.redirect_to"},
                 {"办理方式", "disposal", CellKind::Code, "a.disposal", Codes::Disposal},
                 {"承办单位", "handling_unit", CellKind::Text, "a.handling_unit"},
                 {"办理期限", "deadline", CellKind::Date, "a.deadline"},
                 {"办结日期", "resolved_on", CellKind::Date, "a.resolved_on"},
                 {"办理结果", "result", CellKind::Text, "a.result"},
                 {"答复日期", "reply_on", CellKind::Date, "a.reply_on"},
                 {"答复方式", "reply_method", CellKind::Text, "a.reply_method"},
                 {"答复内容", "reply_content", CellKind::Text, "a.reply_content"},
                 {"结案日期", "closed_on", CellKind::Date, "a.closed_on"},
                 {"重新办理次数", "reopen_count", CellKind::Number, "a.reopen_count"},
                 {"并案至编号", "duplicate_of_number", CellKind::TextNumber, "o.number"},
                 {"并案至标识", "duplicate_of_uuid", CellKind::Text, "o.uuid"},
                 {"转为建议标识", "suggestion_uuid", CellKind::Text, "g.uuid"},
                 {"备注", "notes", CellKind::Text, "a.notes"},
                 {"办理过程", "events", CellKind::Json,
                  "(SELECT json_group_array(json_object('uuid', e.uuid, 'date', e.happened_on, 'kind', e.kind, 'note',"
                  " e.note, 'actor', e.actor, 'created_at', e.created_at)) FROM"
                  " (SELECT * FROM appeal_events e WHERE e.appeal_id = a.id ORDER BY e.happened_on, e.id) e)"},
                 {"创建时间", "created_at", CellKind::Stamp, "a.created_at"},
                 {"修改时间", "updated_at", CellKind::Stamp, "a.updated_at"}},
                "appeals a JOIN stations s ON s.id = a.station_id LEFT JOIN deputies d ON d.id = a.deputy_id"
                " LEFT JOIN activities t ON t.id = a.activity_id LEFT JOIN appeals o ON o.id = a.duplicate_of"
                " LEFT JOIN suggestions g ON g.id = a.suggestion_id WHERE a.deleted_at IS NULL",
                "a.received_on >= ?1 AND a.received_on < ?2",
                "a.deputy_id = ?",
                1,
                "a.station_id, a.number_year, a.number_seq",
                "a.confidential"};
    case Ledger::Suggestions:
        return {{{"标识", "uuid", CellKind::Text, "g.uuid"},
                 {"站点标识", "station_uuid", CellKind::Text, "s.uuid"},
                 {"站点", "station", CellKind::Text, "s.name"},
                 {"编号", "number", CellKind::TextNumber, "g.number"},
                 {"标题", "title", CellKind::Text, "g.title"},
                 {"建议内容", "content", CellKind::Text, "g.content"},
                 {"领衔代表标识", "lead_deputy_uuid", CellKind::Text, "d.uuid"},
                 {"领衔代表", "lead_deputy", CellKind::Text, "d.name"},
                 {"联名代表", "cosigners", CellKind::Text,
                  "(SELECT group_concat(name, '、') FROM (SELECT c2.name FROM suggestion_cosigners c JOIN deputies c2"
                  " ON c2.id = c.deputy_id WHERE c.suggestion_id = g.id ORDER BY c2.id))"},
                 {"联名代表标识", "cosigner_uuids", CellKind::Text,
                  "(SELECT group_concat(uuid, ';') FROM (SELECT c2.uuid FROM suggestion_cosigners c JOIN deputies c2"
                  " ON c2.id = c.deputy_id WHERE c.suggestion_id = g.id ORDER BY c2.id))"},
                 {"来源诉求编号", "source_appeals", CellKind::Text,
                  "(SELECT group_concat(number, '、') FROM (SELECT a.number FROM suggestion_appeals x JOIN appeals a"
                  " ON a.id = x.appeal_id WHERE x.suggestion_id = g.id ORDER BY a.id))"},
                 {"来源诉求标识", "source_appeal_uuids", CellKind::Text,
                  "(SELECT group_concat(uuid, ';') FROM (SELECT a.uuid FROM suggestion_appeals x JOIN appeals a"
                  " ON a.id = x.appeal_id WHERE x.suggestion_id = g.id ORDER BY a.id))"},
                 {"主办单位", "main_units", CellKind::Text,
                  "(SELECT group_concat(unit, '、') FROM (SELECT unit FROM suggestion_units WHERE suggestion_id = g.id"
                  " AND role = 'main' ORDER BY unit))"},
                 {"协办单位", "assist_units", CellKind::Text,
                  "(SELECT group_concat(unit, '、') FROM (SELECT unit FROM suggestion_units WHERE suggestion_id = g.id"
                  " AND role = 'assist' ORDER BY unit))"},
                 {"建议类型", "kind", CellKind::Code, "g.kind", Codes::SuggestionKind},
                 {"状态", "status", CellKind::Code, "g.status", Codes::SuggestionStatus},
                 {"办理轮次", "round", CellKind::Number, "g.round"},
                 {"提交日期", "submitted_on", CellKind::Date, "g.submitted_on"},
                 {"承办联系人", "contact_person", CellKind::Text, "g.contact_person"},
                 {"承办联系电话", "contact_phone", CellKind::PublicPhone, "g.contact_phone"},
                 {"答复期限", "deadline", CellKind::Date, "g.deadline"},
                 {"答复日期", "reply_on", CellKind::Date, "g.reply_on"},
                 {"答复摘要", "reply_summary", CellKind::Text, "g.reply_summary"},
                 {"办理结果等级", "grade", CellKind::Code, "g.grade", Codes::Grade},
                 {"代表满意度", "satisfaction", CellKind::Code, "g.satisfaction", Codes::Satisfaction},
                 {"评价日期", "satisfaction_on", CellKind::Date, "g.satisfaction_on"},
                 {"备注", "notes", CellKind::Text, "g.notes"},
                 {"往轮办理", "rounds", CellKind::Json,
                  "(SELECT json_group_array(json_object('uuid', r.uuid, 'round', r.round, 'submitted_on', r.submitted_on,"
                  " 'deadline', r.deadline, 'reply_on', r.reply_on, 'reply_summary', r.reply_summary, 'grade', r.grade,"
                  " 'satisfaction', r.satisfaction, 'satisfaction_on', r.satisfaction_on, 'created_at', r.created_at))"
                  " FROM (SELECT * FROM suggestion_rounds r WHERE r.suggestion_id = g.id ORDER BY r.round) r)"},
                 {"创建时间", "created_at", CellKind::Stamp, "g.created_at"},
                 {"修改时间", "updated_at", CellKind::Stamp, "g.updated_at"}},
                "suggestions g JOIN stations s ON s.id = g.station_id JOIN deputies d ON d.id = g.lead_deputy_id"
                " WHERE g.deleted_at IS NULL",
                "coalesce(g.submitted_on, g.number_year || '-01-01') >= ?1 AND coalesce(g.submitted_on, g.number_year || '-01-01') < ?2",
                "(g.lead_deputy_id = ? OR EXISTS (SELECT 1 FROM suggestion_cosigners c WHERE c.suggestion_id = g.id"
                " AND c.deputy_id = ?))",
                2,
                "g.station_id, g.number_year, g.number_seq",
                "0"};
    case Ledger::Visits:
        return {{{"标识", "uuid", CellKind::Text, "v.uuid"},
                 {"诉求编号", "appeal_number", CellKind::TextNumber, "a.number"},
                 {"诉求标识", "appeal_uuid", CellKind::Text, "a.uuid"},
                 {"建议编号", "suggestion_number", CellKind::TextNumber, "g.number"},
                 {"建议标识", "suggestion_uuid", CellKind::Text, "g.uuid"},
                 {"回访日期", "visited_on", CellKind::Date, "v.visited_on"},
                 {"回访方式", "method", CellKind::Code, "v.method", Codes::VisitMethod},
                 {"回访代表标识", "visitor_deputy_uuid", CellKind::Text, "d.uuid"},
                 {"回访代表", "visitor_deputy", CellKind::Text, "d.name"},
                 {"回访工作人员", "visitor_clerk", CellKind::Text, "v.visitor_clerk"},
                 {"被回访人", "visited_person", CellKind::Personal, "v.visited_person"},
                 {"反馈意见", "feedback", CellKind::Text, "v.feedback"},
                 {"满意度", "satisfaction", CellKind::Code, "v.satisfaction", Codes::Satisfaction},
                 {"需继续办理", "needs_more", CellKind::Bool, "v.needs_more"},
                 {"创建时间", "created_at", CellKind::Stamp, "v.created_at"},
                 {"修改时间", "updated_at", CellKind::Stamp, "v.updated_at"}},
                "follow_up_visits v LEFT JOIN appeals a ON a.id = v.appeal_id LEFT JOIN suggestions g"
                " ON g.id = v.suggestion_id LEFT JOIN deputies d ON d.id = v.visitor_deputy_id WHERE v.deleted_at IS NULL",
                "v.visited_on >= ?1 AND v.visited_on < ?2",
                "(v.visitor_deputy_id = ? OR a.deputy_id = ? OR g.lead_deputy_id = ?)",
                3,
                "v.visited_on, v.id",
                "coalesce(a.confidential, 0)"};
    case Ledger::Activities:
        return {{{"标识", "uuid", CellKind::Text, "t.uuid"},
                 {"站点标识", "station_uuid", CellKind::Text, "s.uuid"},
                 {"站点", "station", CellKind::Text, "s.name"},
                 {"活动类型", "type", CellKind::Code, "t.type", Codes::ActivityType},
                 {"活动名称", "title", CellKind::Text, "t.title"},
                 {"活动日期", "held_on", CellKind::Date, "t.held_on"},
                 {"地点", "place", CellKind::Text, "t.place"},
                 {"联合单位", "partner", CellKind::Text, "t.partner"},
                 {"参与代表", "participants", CellKind::Text,
                  "(SELECT group_concat(name, '、') FROM (SELECT d.name FROM activity_participants p JOIN deputies d"
                  " ON d.id = p.deputy_id WHERE p.activity_id = t.id ORDER BY d.id))"},
                 {"参与代表标识", "participant_uuids", CellKind::Text,
                  "(SELECT group_concat(uuid, ';') FROM (SELECT d.uuid FROM activity_participants p JOIN deputies d"
                  " ON d.id = p.deputy_id WHERE p.activity_id = t.id ORDER BY d.id))"},
                 {"覆盖人数", "people_reached", CellKind::Number, "CASE WHEN t.people_reached >= 0 THEN t.people_reached END"},
                 {"活动情况", "summary", CellKind::Text, "t.summary"},
                 {"备注", "notes", CellKind::Text, "t.notes"},
                 {"创建时间", "created_at", CellKind::Stamp, "t.created_at"},
                 {"修改时间", "updated_at", CellKind::Stamp, "t.updated_at"}},
                "activities t JOIN stations s ON s.id = t.station_id WHERE t.deleted_at IS NULL",
                "t.held_on >= ?1 AND t.held_on < ?2",
                "EXISTS (SELECT 1 FROM activity_participants p WHERE p.activity_id = t.id AND p.deputy_id = ?)",
                1,
                "t.held_on, t.id",
                "0"};
    }
    return {};
}

QString formatCell(const Col &col, const QVariant &value, bool mask, bool confidential)
{
    if (value.isNull())
        return {};
    switch (col.kind) {
    case CellKind::Code: {
        const QString code = value.toString();
        return code.isEmpty() ? code : Codes::chinese(col.codeKind, code);
    }
    case CellKind::Bool:
        return value.toInt() != 0 ? QStringLiteral("是") : QStringLiteral("否");
    case CellKind::TextNumber:
        return CsvWriter::keepAsText(value.toString());
    case CellKind::PublicPhone:
        return CsvWriter::keepAsText(value.toString());
    case CellKind::Phone:
        if (mask && confidential)
            return {};
        return CsvWriter::keepAsText(mask ? Privacy::maskPhone(value.toString()) : value.toString());
    case CellKind::Personal:
        return (mask && confidential) ? QString() : value.toString();
    case CellKind::Json: {
        const QString json = value.toString();
        // Only contact voters carry constituents' phones; other lists are written as SQLite built them.
        if (!mask || json == QLatin1String("[]") || qstrcmp(col.key, "contact_voters") != 0)
            return json;
        // Contact voters are constituents too: mask their phones inside the JSON.
        QJsonArray rows = QJsonDocument::fromJson(json.toUtf8()).array();
        for (QJsonValueRef row : rows) {
            QJsonObject o = row.toObject();
            if (o.contains(QStringLiteral("phone"))) {
                o.insert(QStringLiteral("phone"), Privacy::maskPhone(o.value(QStringLiteral("phone")).toString()));
                row = o;
            }
        }
        return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
    }
    case CellKind::Number:
    case CellKind::Text:
    case CellKind::Date:
    case CellKind::Stamp:
        break;
    }
    return value.toString();
}

/// Whether `text` is UTF-8 that SQLite's UTF-16 conversion (and so QString) carries over unchanged:
/// well-formed, shortest form, no surrogates, and neither U+FFFE nor U+FFFF (which SQLite turns into
/// U+FFFD). Anything else takes the slow path, which converts exactly as before.
bool isPlainUtf8(QByteArrayView text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const auto *end = p + text.size();
    while (p != end) {
        // Eight ASCII bytes at a time: most cells are mostly ASCII or mostly CJK.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p == end)
            break;
        const unsigned c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            if (end - p < 2 || (p[1] & 0xC0) != 0x80)
                return false;
            p += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            if (end - p < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
                return false;
            const unsigned cp = ((c & 0x0F) << 12) | (unsigned(p[1] & 0x3F) << 6) | unsigned(p[2] & 0x3F);
            if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) || cp >= 0xFFFE)
                return false;
            p += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            if (end - p < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
                return false;
            const unsigned cp = ((c & 0x07) << 18) | (unsigned(p[1] & 0x3F) << 12) | (unsigned(p[2] & 0x3F) << 6)
                | unsigned(p[3] & 0x3F);
            if (cp < 0x10000 || cp > 0x10FFFF)
                return false;
            p += 4;
        } else {
            return false;
        }
    }
    return true;
}

/// Formats the cells of one row of a ledger's query as UTF-8, straight from SQLite's own text: the
/// same cells as formatCell() (codes as their Chinese words, 是/否, text markers, masking), without a
/// QVariant or a UTF-16 copy per value. Values of an unusual storage class or text that is not plain
/// UTF-8 go through formatCell() itself, so every cell comes out exactly as formatCell() makes it.
class RowFormatter
{
public:
    RowFormatter(const Spec &spec, bool mask)
        : m_cols(spec.cols)
        , m_mask(mask)
        , m_cells(m_cols.size())
        , m_scratch(m_cols.size())
        , m_codes(m_cols.size())
    {
    }

    int size() const { return int(m_cols.size()); }

    /// The current row's cells; valid until the next row.
    const QByteArrayView *format(const SqliteStatement &q)
    {
        const int n = size();
        // The column after the ledger's columns says whether the row is confidential (保密).
        const bool confidential =
            q.type(n) == SQLITE_INTEGER ? int(q.integer(n)) != 0 : q.value(n).toInt() != 0;
        for (int i = 0; i < n; ++i)
            m_cells[i] = cell(q, i, confidential);
        return m_cells.data();
    }

private:
    QByteArrayView cell(const SqliteStatement &q, int i, bool confidential)
    {
        const Col &col = m_cols.at(i);
        const int type = q.type(i);
        if (type == SQLITE_NULL)
            return {};
        if (type == SQLITE_INTEGER && (col.kind == CellKind::Bool || col.kind == CellKind::Number)) {
            if (col.kind == CellKind::Bool)
                return int(q.integer(i)) != 0 ? QByteArrayView("是") : QByteArrayView("否");
            m_scratch[i].setNum(q.integer(i));  // as QString::number(qlonglong)
            return m_scratch[i];
        }
        if (type != SQLITE_TEXT || col.kind == CellKind::Bool)
            return slow(q, i, confidential);
        const QByteArrayView text = q.text(i);
        if (!isPlainUtf8(text))
            return slow(q, i, confidential);
        const bool hidden = m_mask && confidential;
        switch (col.kind) {
        case CellKind::Code:
            return text.isEmpty() ? text : chinese(i, text);
        case CellKind::TextNumber:
        case CellKind::PublicPhone:
            return keepAsText(i, text);
        case CellKind::Phone:
            if (hidden)
                return {};
            return m_mask ? slow(q, i, confidential) : keepAsText(i, text);
        case CellKind::Personal:
            return hidden ? QByteArrayView() : text;
        case CellKind::Json:
            // Only contact voters carry constituents' phones, masked inside the JSON (formatCell).
            if (m_mask && text != "[]" && qstrcmp(col.key, "contact_voters") == 0)
                return slow(q, i, confidential);
            return text;
        case CellKind::Bool:
        case CellKind::Number:
        case CellKind::Text:
        case CellKind::Date:
        case CellKind::Stamp:
            break;
        }
        return text;
    }

    QByteArrayView slow(const SqliteStatement &q, int i, bool confidential)
    {
        m_scratch[i] = formatCell(m_cols.at(i), q.value(i), m_mask, confidential).toUtf8();
        return m_scratch[i];
    }

    QByteArrayView keepAsText(int i, QByteArrayView text)
    {
        if (text.isEmpty())
            return text;
        QByteArray &out = m_scratch[i];
        out.resize(text.size() + 1);
        out[0] = '\t';  // CsvWriter::keepAsText
        std::memcpy(out.data() + 1, text.data(), size_t(text.size()));
        return out;
    }

    /// A code's Chinese word, encoded once per code and column.
    QByteArrayView chinese(int i, QByteArrayView code)
    {
        QList<std::pair<QByteArray, QByteArray>> &known = m_codes[i];
        for (const auto &entry : std::as_const(known)) {
            if (entry.first == code)
                return entry.second;
        }
        known.append({code.toByteArray(),
                      Codes::chinese(m_cols.at(i).codeKind, QString::fromUtf8(code)).toUtf8()});
        return known.constLast().second;
    }

    const QList<Col> m_cols;
    const bool m_mask;
    std::vector<QByteArrayView> m_cells;
    std::vector<QByteArray> m_scratch;
    std::vector<QList<std::pair<QByteArray, QByteArray>>> m_codes;
};


/// Display width of a text in Excel's character units (CJK counts double).
int displayWidth(const QString &text)
{
    int w = 0;
    for (const QChar c : text)
        w += c.unicode() >= 0x2E80 ? 2 : 1;
    return w;
}

} // namespace

LedgerExport::LedgerExport(Database &db)
    : m_db(db)
{
}

QList<ExportColumn> LedgerExport::columns(Ledger ledger)
{
    QList<ExportColumn> list;
    const Spec s = spec(ledger);
    for (const Col &c : s.cols)
        list << ExportColumn{QString::fromUtf8(c.header), QString::fromLatin1(c.key), c.kind, c.codeKind};
    return list;
}

QString LedgerExport::wholeLedgerSql(Ledger ledger)
{
    const Spec s = spec(ledger);
    QStringList exprs;
    for (const Col &c : s.cols)
        exprs << QString::fromUtf8(c.expr);
    return QStringLiteral("SELECT ") + exprs.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
        + QString::fromLatin1(s.from) + QStringLiteral(" ORDER BY ") + QString::fromLatin1(s.order);
}

Status LedgerExport::forEachRow(Ledger ledger, const ExportOptions &options,
                                const std::function<void(const QStringList &)> &sink) const
{
    QStringList cells;
    return forEachRowUtf8(ledger, options, [&](const QByteArrayView *row, int n) {
        cells.clear();
        for (int i = 0; i < n; ++i)
            cells << QString::fromUtf8(row[i]);
        sink(cells);
    });
}

Status LedgerExport::forEachRowUtf8(Ledger ledger, const ExportOptions &options,
                                    const std::function<void(const QByteArrayView *, int)> &sink) const
{
    const Spec s = spec(ledger);
    QByteArray sql = "SELECT ";
    for (const Col &c : s.cols)
        sql += QByteArray(c.expr) + ", ";
    sql += QByteArray(s.confidential) + " FROM " + s.from;
    // Values for the positional placeholders, in order: text (the year's days) or a deputy's id.
    QList<QByteArray> texts;
    QList<int> textAt;
    QList<int> deputyAt;
    int placeholders = 0;
    if (options.year > 0) {
        // ?1 / ?2 in the filters stand for the year's first day and the next year's first day; each
        // becomes a positional placeholder with its value, in order.
        const QByteArray from = Ids::dateText(QDate(options.year, 1, 1)).toLatin1();
        const QByteArray to = Ids::dateText(QDate(options.year + 1, 1, 1)).toLatin1();
        const QByteArray filter(s.yearFilter);
        QByteArray rewritten;
        for (qsizetype i = 0; i < filter.size(); ++i) {
            if (filter.at(i) == '?' && i + 1 < filter.size() && (filter.at(i + 1) == '1' || filter.at(i + 1) == '2')) {
                texts << (filter.at(i + 1) == '1' ? from : to);
                textAt << ++placeholders;
                rewritten += '?';
                ++i;
            } else {
                rewritten += filter.at(i);
            }
        }
        sql += " AND " + rewritten;
    }
    if (options.deputyId > 0) {
        sql += QByteArray(" AND ") + s.deputyFilter;
        for (int i = 0; i < s.deputyPlaceholders; ++i)
            deputyAt << ++placeholders;
    }
    sql += QByteArray(" ORDER BY ") + s.order;
    SqliteStatement q(m_db, sql);
    for (int i = 0; i < texts.size(); ++i)
        q.bindText(textAt.at(i), texts.at(i));
    for (int at : std::as_const(deputyAt))
        q.bindInt(at, options.deputyId);
    if (!q.isValid())
        return q.status();
    RowFormatter formatter(s, !options.fullPersonalData);
    while (q.next())
        sink(formatter.format(q), formatter.size());
    return q.status();
}

Status LedgerExport::writeCsvFile(Ledger ledger, const ExportOptions &options, const QString &path, qint64 *rows) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    CsvWriter writer(&file);
    QStringList headers;
    for (const ExportColumn &c : columns(ledger))
        headers << c.header;
    writer.writeRow(headers);
    if (Status s = forEachRowUtf8(ledger, options,
                                  [&](const QByteArrayView *cells, int n) { writer.writeRowUtf8(cells, n); });
        !s) {
        file.cancelWriting();
        return s;
    }
    if (!writer.flush() || !file.commit())
        return Status::failure(tr("Cannot write \"%1\": %2. Nothing was written; check the disk space.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (rows)
        *rows = writer.rowsWritten() - 1;
    return Status::ok();
}

Status LedgerExport::writeXlsxFile(const QList<Ledger> &ledgers, const ExportOptions &options, const QString &path,
                                   QList<qint64> *rows) const
{
    // libxlsxwriter writes the file itself; write to a temporary name and rename when complete.
    const QString temporary = path + QStringLiteral(".part");
    QFile::remove(temporary);
    lxw_workbook_options wbOptions = {};
    wbOptions.constant_memory = LXW_TRUE;  // rows are streamed: memory stays flat at 100,000 rows
    lxw_workbook *workbook = workbook_new_opt(QFile::encodeName(temporary).constData(), &wbOptions);
    if (!workbook)
        return Status::failure(tr("Cannot write \"%1\".").arg(QDir::toNativeSeparators(path)));
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xE8EEF4);
    format_set_border(bold, LXW_BORDER_THIN);
    lxw_format *text = workbook_add_format(workbook);
    format_set_num_format(text, "@");  // text-typed: numbers-as-text stay exactly as written
    lxw_format *wrap = workbook_add_format(workbook);
    format_set_text_wrap(wrap);
    format_set_num_format(wrap, "@");
    Status status;
    for (Ledger ledger : ledgers) {
        const QByteArray sheetName = Ledgers::chineseTitle(ledger).left(31).toUtf8();
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName.constData());
        const QList<ExportColumn> cols = columns(ledger);
        QList<int> widths;
        for (int c = 0; c < cols.size(); ++c)
            widths << std::max(8, displayWidth(cols.at(c).header) + 2);
        // With constant_memory, column widths must be set before any row is written: estimate from a
        // first pass over a sample, using the kind of each column.
        for (int c = 0; c < cols.size(); ++c) {
            const CellKind k = cols.at(c).kind;
            int w = widths.at(c);
            if (k == CellKind::Date)
                w = std::max(w, 12);
            else if (k == CellKind::Phone || k == CellKind::PublicPhone || k == CellKind::TextNumber)
                w = std::max(w, 14);
            else if (k == CellKind::Json || cols.at(c).key.contains(QLatin1String("content"))
                     || cols.at(c).key.endsWith(QLatin1String("summary")))
                w = 40;
            else if (cols.at(c).key.endsWith(QLatin1String("uuid")) || cols.at(c).key.endsWith(QLatin1String("uuids")))
                w = 38;
            else if (k == CellKind::Stamp)
                w = 25;
            else if (k == CellKind::Text || k == CellKind::Personal)
                w = std::max(w, 16);
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), w, nullptr);
        }
        for (int c = 0; c < cols.size(); ++c)
            worksheet_write_string(sheet, 0, lxw_col_t(c), cols.at(c).header.toUtf8().constData(), bold);
        worksheet_freeze_panes(sheet, 1, 0);
        lxw_row_t row = 0;
        QByteArray cell;
        status = forEachRowUtf8(ledger, options, [&](const QByteArrayView *cells, int n) {
            ++row;
            for (int c = 0; c < n; ++c) {
                QByteArrayView value = cells[c];
                if (value.startsWith('\t'))  // the CSV's text marker: .xlsx has real text cells
                    value = value.sliced(1);
                if (value.isEmpty())
                    continue;
                if (cols.at(c).kind == CellKind::Number) {
                    worksheet_write_number(sheet, row, lxw_col_t(c), QString::fromUtf8(value).toDouble(), nullptr);
                } else {
                    // Excel's cell limit is 32,767 characters (UTF-16 units, never more than the UTF-8
                    // bytes); libxlsxwriter wants the text NUL-terminated.
                    cell = value.size() > 32767 ? QString::fromUtf8(value).left(32767).toUtf8() : value.toByteArray();
                    worksheet_write_string(sheet, row, lxw_col_t(c), cell.constData(),
                                           cols.at(c).kind == CellKind::Json ? wrap : text);
                }
            }
        });
        if (!status)
            break;
        if (row > 0)
            worksheet_autofilter(sheet, 0, 0, row, lxw_col_t(cols.size() - 1));
        if (rows)
            *rows << qint64(row);
    }
    const lxw_error error = workbook_close(workbook);
    if (!status) {
        QFile::remove(temporary);
        return status;
    }
    if (error != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return Status::failure(tr("Cannot write \"%1\": %2. Nothing was written; check the disk space.")
                                   .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(error))));
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Status::failure(tr("Cannot write \"%1\".").arg(QDir::toNativeSeparators(path)));
    }
    return Status::ok();
}

Status LedgerExport::writeBundleFiles(const ExportOptions &options, const QString &folder, const QString &format,
                                      QJsonObject *manifestOut) const
{
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return Status::failure(tr("The format must be csv or xlsx, not \"%1\".").arg(format));
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return Status::failure(tr("Cannot create the folder \"%1\".").arg(QDir::toNativeSeparators(folder)));
    if (QFile::exists(dir.filePath(QStringLiteral("manifest.json"))))
        return Status::failure(tr("\"%1\" already holds a bundle; choose an empty folder.").arg(QDir::toNativeSeparators(folder)));
    QJsonArray files;
    QStringList written;
    const auto describe = [&](const QString &name, const QString &ledger, const QJsonValue &rows) -> Status {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return Status::failure(tr("Cannot read back \"%1\".").arg(name));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&f);
        files.append(QJsonObject{{QStringLiteral("name"), name},
                                 {QStringLiteral("ledger"), ledger},
                                 {QStringLiteral("rows"), rows},
                                 {QStringLiteral("bytes"), f.size()},
                                 {QStringLiteral("sha256"), QString::fromLatin1(hash.result().toHex())}});
        return Status::ok();
    };
    Status status;
    if (format == QLatin1String("csv")) {
        for (Ledger ledger : Ledgers::all()) {
            const QString name = Ledgers::name(ledger) + QStringLiteral(".csv");
            qint64 rows = 0;
            status = writeCsvFile(ledger, options, dir.filePath(name), &rows);
            if (!status)
                break;
            written << name;
            if (!(status = describe(name, Ledgers::name(ledger), rows)))
                break;
        }
    } else {
        const QString name = QStringLiteral("ledgers.xlsx");
        QList<qint64> rows;
        status = writeXlsxFile(Ledgers::all(), options, dir.filePath(name), &rows);
        if (status) {
            written << name;
            QJsonObject counts;
            for (int i = 0; i < rows.size(); ++i)
                counts.insert(Ledgers::name(Ledgers::all().at(i)), rows.at(i));
            status = describe(name, QStringLiteral("all"), counts);
        }
    }
    if (!status) {
        for (const QString &name : std::as_const(written))
            QFile::remove(dir.filePath(name));
        return status;
    }
    QJsonObject station;
    if (const auto st = StationRepository(m_db).local()) {
        station = QJsonObject{{QStringLiteral("uuid"), st->uuid},
                              {QStringLiteral("name"), st->name},
                              {QStringLiteral("street"), st->street},
                              {QStringLiteral("address"), st->address}};
    }
    QJsonArray stations;
    for (const Station &st : StationRepository(m_db).all())
        stations.append(QJsonObject{{QStringLiteral("uuid"), st.uuid},
                                    {QStringLiteral("name"), st.name},
                                    {QStringLiteral("street"), st.street},
                                    {QStringLiteral("address"), st.address}});
    const QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("liaison-ledger-bundle")},
                               {QStringLiteral("format_version"), 1},
                               {QStringLiteral("program"), QStringLiteral("liaison-ledger")},
                               {QStringLiteral("program_version"), QStringLiteral(LL_VERSION)},
                               {QStringLiteral("station"), station},
                               {QStringLiteral("stations"), stations},
                               {QStringLiteral("street"), station.value(QStringLiteral("street"))},
                               {QStringLiteral("year"), options.year},
                               {QStringLiteral("created_at"), Ids::nowStamp()},
                               {QStringLiteral("full_personal_data"), options.fullPersonalData},
                               {QStringLiteral("files"), files}};
    QSaveFile out(dir.filePath(QStringLiteral("manifest.json")));
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented)) < 0
        || !out.commit()) {
        for (const QString &name : std::as_const(written))
            QFile::remove(dir.filePath(name));
        return Status::failure(tr("Cannot write the manifest in \"%1\"; nothing was kept.").arg(QDir::toNativeSeparators(folder)));
    }
    if (manifestOut)
        *manifestOut = manifest;
    return Status::ok();
}

Status LedgerExport::recorded(const ExportOptions &options, const QString &what, const QString &path,
                              const QString &format, const std::function<Status()> &write) const
{
    if (!options.fullPersonalData || m_recording)
        return write();
    if (m_db.isReadOnly())
        return Status::failure(tr("Full personal data can only be exported from a ledger file opened for writing, "
                                  "because every such export is recorded in the file's audit trail. Close the "
                                  "other program that has the file open, or export without full personal data."));
    m_recording = true;
    const auto done = qScopeGuard([this] { m_recording = false; });
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    AuditExportRecord record;
    record.what = what;
    record.year = options.year;
    record.path = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    record.format = format;
    record.deputyId = options.deputyId;
    if (Status s = AuditTrail(m_db).recordExport(record); !s)
        return Status::failure(tr("The export was not written because it could not be recorded in the audit "
                                  "trail: %1").arg(s.message()));
    if (Status s = write(); !s)
        return s;
    return tx.commit();
}

Status LedgerExport::writeCsv(Ledger ledger, const ExportOptions &options, const QString &path, qint64 *rows) const
{
    return recorded(options, Ledgers::name(ledger), path, QStringLiteral("csv"),
                    [&] { return writeCsvFile(ledger, options, path, rows); });
}

Status LedgerExport::writeXlsx(const QList<Ledger> &ledgers, const ExportOptions &options, const QString &path,
                               QList<qint64> *rows) const
{
    QStringList names;
    for (Ledger l : ledgers)
        names << Ledgers::name(l);
    return recorded(options, names.join(QLatin1Char(',')), path, QStringLiteral("xlsx"),
                    [&] { return writeXlsxFile(ledgers, options, path, rows); });
}

Status LedgerExport::writeBundle(const ExportOptions &options, const QString &folder, const QString &format,
                                 QJsonObject *manifestOut) const
{
    return recorded(options, QStringLiteral("bundle"), folder, format,
                    [&] { return writeBundleFiles(options, folder, format, manifestOut); });
}

qint64 LedgerExport::resolveDeputy(const QString &idOrName, QString *error) const
{
    const QString text = idOrName.trimmed();
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id FROM deputies WHERE deleted_at IS NULL AND (id = ? OR uuid = ? OR name = ?) ORDER BY id"));
    QList<qint64> found;
    if (m_db.exec(q, {isNumber ? QVariant(id) : QVariant(), text, text})) {
        while (q.next())
            found << q.value(0).toLongLong();
    }
    if (found.size() == 1)
        return found.first();
    if (error)
        *error = found.isEmpty() ? tr("No deputy \"%1\": give the deputy's number, or their name as written in the ledger.").arg(text)
                                 : tr("%1 deputies are called \"%2\": give the deputy's number instead.").arg(found.size()).arg(text);
    return 0;
}
