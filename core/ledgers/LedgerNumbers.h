#pragma once

#include <QString>

class Database;

/// The human numbers of appeals and suggestions (2022-0031): per station and year, one more than the
/// highest number ever given that year, deleted records included, so that a number is never reused.
class LedgerNumbers
{
public:
    struct Number
    {
        int year = 0;
        int sequence = 0;
        QString text; ///< Ids::ledgerNumber(year, sequence)
    };

    /// The next number of `table` ("appeals" or "suggestions") for `stationId` in `year`. Call inside the
    /// write transaction that inserts the record, so that no other writer can take the same number.
    static Number next(const Database &db, const char *table, qint64 stationId, int year);
};
