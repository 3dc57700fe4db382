#pragma once

#include "ledgers/DailyQueue.h"

#include <QMap>
#include <QWidget>

class Database;
class QLabel;
class QPushButton;

/// Today: the clerk's five daily queues with their counts; clicking one opens the matching list.
class TodayView : public QWidget
{
    Q_OBJECT
public:
    explicit TodayView(const Database &db, QWidget *parent = nullptr);

    /// Counts again (after a change, or when the day changed).
    void refresh();
    /// The count shown for `queue`.
    int count(DailyQueue queue) const { return m_counts.value(queue); }

signals:
    void queueActivated(DailyQueue queue);

private:
    const Database &m_db;
    QLabel *m_date;
    QMap<DailyQueue, QPushButton *> m_buttons;
    QMap<DailyQueue, int> m_counts;
};
