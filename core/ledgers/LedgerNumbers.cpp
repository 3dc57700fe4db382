#include "ledgers/LedgerNumbers.h"

#include "common/Ids.h"
#include "storage/Database.h"

LedgerNumbers::Number LedgerNumbers::next(const Database &db, const char *table, qint64 stationId, int year)
{
    Number n;
    n.year = year;
    n.sequence =
        db.scalar(QStringLiteral("SELECT coalesce(max(number_seq), 0) + 1 FROM %1 WHERE station_id = ? AND "
                                 "number_year = ?")
                      .arg(QLatin1String(table)),
                  {stationId, year})
            .toInt();
    n.text = Ids::ledgerNumber(year, n.sequence);
    return n;
}
