#include "storage/BulkLoad.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QHash>

BulkLoad::BulkLoad(Database &db)
    : m_db(db)
{}

Status BulkLoad::begin()
{
    m_triggers.clear();
    // The search index: the indexed columns of each table, as declared in the migration that created its
    // FTS table. Table and column names here are our own constants, never user text.
    QList<Trigger> wanted;
    const QList<QPair<QString, QString>> indexed = {
        {QStringLiteral("appeals"), QStringLiteral("number, person_name, person_address, content, category, "
                                                   "handling_unit, result, reply_content")},
        {QStringLiteral("suggestions"),
         QStringLiteral("number, title, content, reply_summary, contact_person")}};
    for (const auto &[table, columns] : indexed)
        wanted << Trigger{
            table, table + QStringLiteral("_fts_insert"), QString(),
            QStringLiteral("INSERT INTO %1_fts(rowid, %2) SELECT id, %2 FROM %1_fts_source WHERE id > ?")
                .arg(table, columns),
            0};
    // The audit trail.
    for (const Migrations::AuditedInsert &a : Migrations::auditedInserts())
        wanted << Trigger{a.table, a.trigger, QString(), a.logSql, 0};

    QHash<QString, qint64> maxIds;
    for (Trigger &t : wanted) {
        t.sql =
            m_db.scalar(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?"),
                        {t.name})
                .toString();
        if (t.sql.isEmpty())
            continue; // already set aside, or a schema without it
        auto max = maxIds.constFind(t.table);
        if (max == maxIds.constEnd())
            max = maxIds.insert(
                t.table,
                m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM ") + t.table).toLongLong());
        t.maxIdBefore = *max;
        if (Status s = m_db.exec(QStringLiteral("DROP TRIGGER ") + t.name); !s)
            return s;
        m_triggers << t;
    }
    return Status::ok();
}

Status BulkLoad::finish()
{
    for (const Trigger &t : std::as_const(m_triggers)) {
        QSqlQuery q = m_db.prepare(t.catchUp);
        if (Status s = m_db.exec(q, {t.maxIdBefore}); !s)
            return s;
        if (Status s = m_db.exec(t.sql); !s)
            return s;
    }
    m_triggers.clear();
    return Status::ok();
}

bool BulkLoad::pending(const QString &table, qint64 id) const
{
    for (const Trigger &t : m_triggers) {
        if (t.table == table)
            return id > t.maxIdBefore;
    }
    return false;
}
