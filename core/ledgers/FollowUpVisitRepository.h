#pragma once

#include "common/Status.h"
#include "model/FollowUpVisit.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

/// Ledger 4, 民意诉求回访台账. Record a new visit with AppealWorkflow::recordVisit or
/// SuggestionWorkflow::recordVisit, which also move the appeal or suggestion on (closing or reopening
/// it); insert() alone only writes the row (the workflows and importers use it).
class FollowUpVisitRepository
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpVisitRepository)
public:
    explicit FollowUpVisitRepository(Database &db);

    /// Required: exactly one appeal or suggestion that exists, the date (not before the appeal was
    /// received, not in the future), the method, a visiting deputy (in office that day) or clerk, the
    /// satisfaction.
    Status validate(const FollowUpVisit &visit) const;
    /// Writes the row (assigning id, uuid unless set, time stamps). Does not change the appeal.
    Status insert(FollowUpVisit &visit);
    /// Saves the date, method, visitors, visited person and feedback. The satisfaction, "needs more
    /// work" and the record visited are kept: they decided the appeal's course when the visit was recorded.
    Status update(FollowUpVisit &visit);
    std::optional<FollowUpVisit> find(qint64 id) const;
    std::optional<FollowUpVisit> findByUuid(const QString &uuid) const;
    QList<FollowUpVisit> forAppeal(qint64 appealId) const;
    QList<FollowUpVisit> forSuggestion(qint64 suggestionId) const;
    /// Visits made in `year`, by date.
    QList<FollowUpVisit> forYear(int year) const;
    /// Visits in `year` of appeals the deputy received or suggestions they led, or that they made.
    QList<FollowUpVisit> forDeputy(qint64 deputyId, int year) const;
    QList<FollowUpVisit> deleted() const;
    Status remove(qint64 id);
    Status restore(qint64 id);

private:
    QList<FollowUpVisit> query(const QString &where, const QVariantList &values) const;

    Database &m_db;
};
