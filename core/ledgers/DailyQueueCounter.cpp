#include "ledgers/DailyQueueCounter.h"

#include "storage/Database.h"

DailyQueueCounter::DailyQueueCounter(const Database &db)
    : m_db(db)
{}

int DailyQueueCounter::count(DailyQueue queue, const QDate &today) const
{
    const SqlCondition c = DailyQueues::condition(queue, today);
    return m_db
        .scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(DailyQueues::table(queue), c.sql),
                c.values)
        .toInt();
}

QMap<DailyQueue, int> DailyQueueCounter::counts(const QDate &today) const
{
    QMap<DailyQueue, int> result;
    for (DailyQueue q : DailyQueues::all())
        result.insert(q, count(q, today));
    return result;
}

QList<qint64> DailyQueueCounter::ids(DailyQueue queue, const QDate &today) const
{
    QList<qint64> list;
    const SqlCondition c = DailyQueues::condition(queue, today);
    // Rows without a deadline come last; then by number, the order the clerk registered them.
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 ORDER BY deadline IS NULL, deadline, "
                                    "number_year, number_seq")
                         .arg(DailyQueues::table(queue), c.sql));
    if (!m_db.exec(q, c.values))
        return list;
    while (q.next())
        list << q.value(0).toLongLong();
    return list;
}
