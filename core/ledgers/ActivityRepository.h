#pragma once

#include "common/Status.h"
#include "model/Activity.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

/// Deputies' activities (履职活动) with the deputies who took part, saved together.
class ActivityRepository
{
    Q_DECLARE_TR_FUNCTIONS(ActivityRepository)
public:
    explicit ActivityRepository(Database &db);

    /// Required: type, title, date (1990 … today); participants existing, distinct and in office that day;
    /// people reached not negative.
    Status validate(const Activity &activity) const;
    /// Inserts the activity and its participants in one transaction (id, uuid unless set, the file's
    /// station unless set, time stamps).
    Status insert(Activity &activity);
    /// Saves the activity and replaces its participants with `activity.participantIds`.
    Status update(Activity &activity);
    std::optional<Activity> find(qint64 id) const;
    std::optional<Activity> findByUuid(const QString &uuid) const;
    /// Activities held in `year`, by date.
    QList<Activity> forYear(int year) const;
    /// Activities a deputy took part in during `year` (all years when 0), by date.
    QList<Activity> forDeputy(qint64 deputyId, int year = 0) const;
    QList<Activity> deleted() const;
    Status remove(qint64 id);
    Status restore(qint64 id);

private:
    QList<Activity> query(const QString &where, const QVariantList &values) const;
    Status saveParticipants(const Activity &activity);

    Database &m_db;
};
