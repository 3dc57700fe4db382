#include "storage/ConsistencyCheck.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace {

struct Rule
{
    const char *description;  ///< translatable, context ConsistencyCheck; %1 = the offending records
    const char *sql;          ///< selects a label for each offending row
};

// Each rule selects the rows that break it. Statuses follow docs/WORKFLOWS.md.
const Rule kRules[] = {
    {QT_TRANSLATE_NOOP("ConsistencyCheck", "Appeals answered or closed without a reply date: %1"),
     "SELECT number FROM appeals WHERE deleted_at IS NULL AND status IN ('answered', 'closed') AND reply_on IS NULL"},
    {QT_TRANSLATE_NOOP("ConsistencyCheck", "Appeals resolved without a resolution date: %1"),
     "SELECT number FROM appeals WHERE deleted_at IS NULL AND status = 'resolved' AND resolved_on IS NULL"},
    {QT_TRANSLATE_NOOP("ConsistencyCheck", "Appeals closed without a follow-up visit: %1"),
     "SELECT number FROM appeals a WHERE deleted_at IS NULL AND status = 'closed' AND NOT EXISTS "
     "(SELECT 1 FROM follow_up_visits v WHERE v.appeal_id = a.id AND v.deleted_at IS NULL)"},
    {QT_TRANSLATE_NOOP("ConsistencyCheck", "Appeals in handling without having been accepted: %1"),
     "SELECT number FROM appeals WHERE deleted_at IS NULL AND status IN ('accepted', 'in_progress', 'resolved') "
     "AND accepted_on IS NULL"},
    {QT_TRANSLATE_NOOP("ConsistencyCheck", "Appeals whose steps are dated before their receipt: %1"),
     "SELECT number FROM appeals WHERE deleted_at IS NULL AND (accepted_on < received_on OR resolved_on < received_on "
     "OR reply_on < received_on OR deadline < received_on)"},
    {QT_TRANSLATE_NOOP("ConsistencyCheck", "Appeals with an unknown status: %1"),
     "SELECT number FROM appeals WHERE status NOT IN ('registered', 'accepted', 'redirected', 'in_progress', 'resolved', "
     "'answered', 'closed', 'merged')"},
    {QT_TRANSLATE_NOOP("ConsistencyCheck", "Merged appeals without the appeal they were merged into: %1"),
     "SELECT number FROM appeals WHERE deleted_at IS NULL AND status = 'merged' AND duplicate_of IS NULL"},
    {QT_TRANSLATE_NOOP("ConsistencyCheck", "Appeals without a timeline entry: %1"),
     "SELECT number FROM appeals a WHERE NOT EXISTS (SELECT 1 FROM appeal_events e WHERE e.appeal_id = a.id)"},
    {QT_TRANSLATE_NOOP("ConsistencyCheck", "Appeal numbers that do not match their year and sequence: %1"),
     "SELECT number FROM appeals WHERE number <> printf('%d-%04d', number_year, number_seq)"},
    {QT_TRANSLATE_NOOP("ConsistencyCheck", "Suggestions replied or closed without a reply date: %1"),
     "SELECT number FROM suggestions WHERE deleted_at IS NULL AND status IN ('replied', 'closed', 'dissatisfied') "
     "AND reply_on IS NULL"},
    {QT_TRANSLATE_NOOP("ConsistencyCheck", "Suggestions with a grade outside A–D: %1"),
     "SELECT number FROM suggestions WHERE grade NOT IN ('', 'A', 'B', 'C', 'D')"},
    {QT_TRANSLATE_NOOP("ConsistencyCheck", "Follow-up visits that belong to no appeal or suggestion: %1"),
     "SELECT uuid FROM follow_up_visits WHERE (appeal_id IS NULL) = (suggestion_id IS NULL)"},
    {QT_TRANSLATE_NOOP("ConsistencyCheck", "Deputies whose term ends before it starts: %1"),
     "SELECT name FROM deputies WHERE term_end IS NOT NULL AND term_start IS NOT NULL AND term_end < term_start"},
};

QStringList labels(const Database &db, const QString &sql, int limit, int *total)
{
    QStringList list;
    *total = 0;
    QSqlQuery q = db.prepare(sql);
    if (!db.exec(q))
        return list;
    while (q.next()) {
        if (++*total <= limit)
            list << q.value(0).toString();
    }
    return list;
}

} // namespace

ConsistencyCheck::ConsistencyCheck(Database &db)
    : m_db(db)
{
}

QStringList ConsistencyCheck::run(int limit) const
{
    QStringList problems;
    {
        QSqlQuery q = m_db.prepare(QStringLiteral("PRAGMA integrity_check"));
        if (!m_db.exec(q)) {
            problems << tr("SQLite cannot check the file: it is damaged. Restore the newest backup.");
            return problems;
        }
        QStringList messages;
        while (q.next())
            messages << q.value(0).toString();
        if (messages != QStringList{QStringLiteral("ok")})
            problems << tr("SQLite reports damage: %1. Restore the newest backup.").arg(messages.mid(0, limit).join(QStringLiteral("; ")));
    }
    {
        QSqlQuery q = m_db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
        int broken = 0;
        QStringList tables;
        if (m_db.exec(q)) {
            while (q.next()) {
                ++broken;
                if (!tables.contains(q.value(0).toString()))
                    tables << q.value(0).toString();
            }
        }
        if (broken > 0)
            problems << tr("%n record(s) point to records that do not exist (in %1).", nullptr, broken)
                            .arg(tables.join(QStringLiteral(", ")));
    }
    for (const Rule &rule : kRules) {
        int total = 0;
        const QStringList found = labels(m_db, QString::fromLatin1(rule.sql), limit, &total);
        if (total > 0) {
            QString list = found.join(QStringLiteral(", "));
            if (total > found.size())
                list += tr(" and %n more", nullptr, total - int(found.size()));
            problems << tr(rule.description).arg(list);
        }
    }
    for (const char *table : {"appeals", "suggestions"}) {
        const QString fts = QString::fromLatin1(table) + QStringLiteral("_fts");
        if (!m_db.exec(QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('integrity-check', 1)").arg(fts)))
            problems << tr("The search index of %1 is out of step with the records; rebuild it.").arg(QString::fromLatin1(table));
    }
    return problems;
}
