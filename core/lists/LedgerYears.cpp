#include "lists/LedgerYears.h"

#include "storage/Database.h"

#include <QSqlQuery>

QList<int> LedgerYears::of(const Database &db)
{
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT number_year FROM appeals WHERE deleted_at IS NULL "
        "UNION SELECT number_year FROM suggestions WHERE deleted_at IS NULL "
        "UNION SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM activities WHERE deleted_at IS NULL "
        "ORDER BY 1 DESC"));
    QList<int> years;
    if (!db.exec(query).isOk())
        return years;
    while (query.next()) {
        const int year = query.value(0).toInt();
        if (year > 0)
            years << year;
    }
    return years;
}
