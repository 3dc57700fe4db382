#pragma once

#include <QCoreApplication>
#include <QStringList>

class Database;

/// Checks a ledger file: SQLite's own integrity and foreign keys, then the ledgers' rules (numbers
/// unique, each status consistent with the dates of its steps, timelines present, the search index in
/// step with the records). Reads only.
class ConsistencyCheck
{
    Q_DECLARE_TR_FUNCTIONS(ConsistencyCheck)
public:
    explicit ConsistencyCheck(Database &db);

    /// Translated descriptions of every problem found (at most `limit` per rule); empty when the file is sound.
    QStringList run(int limit = 5) const;

private:
    Database &m_db;
};
