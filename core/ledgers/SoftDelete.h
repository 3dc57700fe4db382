#pragma once

#include "common/Status.h"

#include <QCoreApplication>
#include <QString>

class Database;

/// The recycle bin of one ledger table: deleting sets deleted_at, restoring clears it. Used by every
/// repository so that all ledgers behave the same way.
class SoftDelete
{
    Q_DECLARE_TR_FUNCTIONS(SoftDelete)
public:
    /// Moves row `id` of `table` (a fixed table name, never user text) to the recycle bin, in its own
    /// transaction. Fails when the row does not exist or is already deleted.
    static Status remove(Database &db, const char *table, qint64 id);
    /// Takes row `id` of `table` out of the recycle bin. Fails when it is not in the recycle bin.
    static Status restore(Database &db, const char *table, qint64 id);
    /// Whether row `id` of `table` exists and is not deleted.
    static bool isLive(const Database &db, const char *table, qint64 id);
};
