#pragma once

#include "common/Status.h"
#include "model/Appeal.h"
#include "model/AppealEvent.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

/// Ledger 2, 诉求记录台账. This class saves what was registered (who, what, when, how); the handling
/// (status, dates of each step, unit, deadline, result, reply, duplicates) changes only through
/// AppealWorkflow, which uses addEvent() for the progress log.
class AppealRepository
{
    Q_DECLARE_TR_FUNCTIONS(AppealRepository)
public:
    explicit AppealRepository(Database &db);

    /// The registration rules: date received (1990 … today), channel, receiving deputy in office on that
    /// day (if any), a name or phone of the constituent, a valid phone, group size > 1 for a group matter,
    /// the content (≤ 20,000 characters), category, urgency.
    Status validate(const Appeal &appeal) const;
    /// Registers a new appeal: assigns id, uuid (unless set), the file's station (unless set), the number
    /// of its year (year received) and time stamps, sets the status to registered (the handling fields
    /// are cleared — use AppealWorkflow), adds a new category to the list, and writes the 'registered'
    /// event — all in one transaction.
    Status insert(Appeal &appeal);
    /// Saves the registration fields only (date received, channel, deputy, activity, person, group,
    /// content, category, urgency, confidentiality, notes). The date received may not move after the
    /// appeal's first handling step. On success `appeal` is reloaded from the file.
    Status update(Appeal &appeal);
    /// Finds an appeal, also one in the recycle bin.
    std::optional<Appeal> find(qint64 id) const;
    std::optional<Appeal> findByUuid(const QString &uuid) const;
    /// The appeal numbered `number` (e.g. 2022-0031) of the file's own station.
    std::optional<Appeal> findByNumber(const QString &number) const;
    /// Appeals received in `year`, by number.
    QList<Appeal> forYear(int year) const;
    /// Appeals a deputy received in `year` (all years when `year` is 0), by number.
    QList<Appeal> forDeputy(qint64 deputyId, int year = 0) const;
    /// Appeals an activity produced (e.g. a voter-contact activity), by number.
    QList<Appeal> forActivity(qint64 activityId) const;
    /// Appeals merged into `appealId` (并案).
    QList<Appeal> duplicatesOf(qint64 appealId) const;
    /// Appeals that became (or fed) suggestion `suggestionId`.
    QList<Appeal> forSuggestion(qint64 suggestionId) const;
    /// Appeals in the recycle bin.
    QList<Appeal> deleted() const;
    /// The progress log and timeline, oldest first.
    QList<AppealEvent> events(qint64 appealId) const;
    /// Appends to an appeal's progress log (the workflow calls this inside its own transaction).
    Status addEvent(AppealEvent &event);
    Status remove(qint64 id);
    Status restore(qint64 id);

private:
    QList<Appeal> query(const QString &where, const QVariantList &values) const;

    Database &m_db;
};
