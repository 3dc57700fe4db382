#pragma once

#include "ledgers/DailyQueue.h"

#include <QDate>
#include <QList>
#include <QMap>

class Database;

/// Counts and lists the clerk's daily queues, using DailyQueues::condition so that the Today view's
/// numbers and the lists behind them always agree.
class DailyQueueCounter
{
public:
    explicit DailyQueueCounter(const Database &db);

    /// Rows in `queue` as of `today`.
    int count(DailyQueue queue, const QDate &today = QDate::currentDate()) const;
    /// Every queue's count as of `today`.
    QMap<DailyQueue, int> counts(const QDate &today = QDate::currentDate()) const;
    /// Ids of the rows in `queue` (appeals or suggestions, see DailyQueues::table), earliest deadline first.
    QList<qint64> ids(DailyQueue queue, const QDate &today = QDate::currentDate()) const;

private:
    const Database &m_db;
};
