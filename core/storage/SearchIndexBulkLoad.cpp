#include "storage/SearchIndexBulkLoad.h"

#include "storage/Database.h"

SearchIndexBulkLoad::SearchIndexBulkLoad(Database &db)
    : m_db(db)
{
}

Status SearchIndexBulkLoad::begin()
{
    m_tables.clear();
    // The indexed columns of each table, as declared in the migration that created its FTS table.
    const QList<QPair<QString, QString>> tables = {
        {QStringLiteral("appeals"), QStringLiteral("number, person_name, person_address, content, category, "
                                                   "handling_unit, result, reply_content")},
        {QStringLiteral("suggestions"), QStringLiteral("number, title, content, reply_summary, contact_person")}};
    for (const auto &[table, columns] : tables) {
        Table t;
        t.table = table;
        t.trigger = table + QStringLiteral("_fts_insert");
        t.columns = columns;
        t.triggerSql = m_db.scalar(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?"),
                                   {t.trigger})
                           .toString();
        if (t.triggerSql.isEmpty())
            continue;  // already set aside, or a schema without the index
        t.maxIdBefore = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM ") + table).toLongLong();
        if (Status s = m_db.exec(QStringLiteral("DROP TRIGGER ") + t.trigger); !s)
            return s;
        m_tables << t;
    }
    return Status::ok();
}

Status SearchIndexBulkLoad::finish()
{
    for (const Table &t : std::as_const(m_tables)) {
        // Table and column names are our own constants above, never user text.
        QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO %1_fts(rowid, %2) SELECT id, %2 FROM %1_fts_source WHERE id > ?")
                                       .arg(t.table, t.columns));
        if (Status s = m_db.exec(q, {t.maxIdBefore}); !s)
            return s;
        if (Status s = m_db.exec(t.triggerSql); !s)
            return s;
    }
    m_tables.clear();
    return Status::ok();
}

bool SearchIndexBulkLoad::pending(const QString &table, qint64 id) const
{
    for (const Table &t : m_tables) {
        if (t.table == table)
            return id > t.maxIdBefore;
    }
    return false;
}
