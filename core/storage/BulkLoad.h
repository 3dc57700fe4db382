#pragma once

#include "common/Status.h"

#include <QList>
#include <QString>

class Database;

/// Speeds up inserting many records inside one transaction (an import, demo data). The insert triggers
/// that write into other tables row by row — the search index's (appeals, suggestions) and the audit
/// trail's (every table with an id) — are set aside, and what they would have written for the new rows
/// is written in one statement per trigger at finish(). That is several times faster: besides the
/// trigger's own work, a statement that fires a trigger keeps a statement journal, a copy of every page
/// it changes, so that it can be undone alone (docs/PERFORMANCE.md).
///
/// Use inside an open Transaction; if the transaction rolls back, the triggers come back with it. The
/// audit entries are written as the triggers would write them at finish(): with the AuditBulkScope then
/// in force, which must be the one of the inserts, and with finish()'s time. Only inserts are covered:
/// updates and deletes during the load still go through their triggers, so a row inserted during the
/// load must not be updated or deleted before finish() (see pending()).
class BulkLoad
{
public:
    explicit BulkLoad(Database &db);
    /// Drops the insert triggers, remembering them and each table's highest id so far.
    Status begin();
    /// Indexes and logs the rows inserted since begin() and restores the triggers.
    Status finish();
    /// True when the row `id` of `table` was inserted since begin() and is not indexed or logged yet:
    /// updating it now would log the change before the insert, and make the search index's update
    /// trigger remove words the index does not have (call finish() and begin() again first).
    bool pending(const QString &table, qint64 id) const;

private:
    /// One trigger set aside.
    struct Trigger
    {
        QString table;
        QString name;
        QString sql;     ///< as the file had it, to put it back
        QString catchUp; ///< writes what it would have written for the rows with an id above ?1
        qint64 maxIdBefore = 0;
    };
    Database &m_db;
    QList<Trigger> m_triggers;
};
