#pragma once

#include "common/Status.h"
#include "model/Suggestion.h"
#include "model/SuggestionRound.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

/// Ledger 3, 建议记录台账: suggestions with their co-signers, source appeals and handling units, saved
/// together in one transaction. The handling (status, round, submission, deadline, reply, grade,
/// satisfaction) changes only through SuggestionWorkflow.
class SuggestionRepository
{
    Q_DECLARE_TR_FUNCTIONS(SuggestionRepository)
public:
    explicit SuggestionRepository(Database &db);

    /// Required: title, kind, a lead deputy (existing; in office on the submission date when there is
    /// one); co-signers existing, distinct and not the lead; source appeals existing; handling units
    /// named once each with a valid role; a valid contact phone.
    Status validate(const Suggestion &suggestion) const;
    /// Inserts a draft: assigns id, uuid (unless set), the file's station (unless set), the number of
    /// the year of `submittedOn` if the caller set one, else of today, and time stamps. The handling
    /// fields are not saved (status draft, round 1) — submit with SuggestionWorkflow. New units are
    /// added to the handling-unit list.
    Status insert(Suggestion &suggestion);
    /// Saves the registration fields (title, content, lead deputy, co-signers, source appeals, units,
    /// kind, contact, notes) and reloads `suggestion` from the file.
    Status update(Suggestion &suggestion);
    /// Finds a suggestion (also one in the recycle bin), with co-signers, source appeals and units.
    std::optional<Suggestion> find(qint64 id) const;
    std::optional<Suggestion> findByUuid(const QString &uuid) const;
    std::optional<Suggestion> findByNumber(const QString &number) const;
    /// Suggestions numbered in `year`, by number.
    QList<Suggestion> forYear(int year) const;
    /// Suggestions a deputy led or co-signed in `year` (all years when 0), by number.
    QList<Suggestion> forDeputy(qint64 deputyId, int year = 0) const;
    QList<Suggestion> deleted() const;
    /// Earlier handling rounds (after 不满意 → 重办), oldest first; the current round is the suggestion.
    QList<SuggestionRound> rounds(qint64 suggestionId) const;
    Status remove(qint64 id);
    Status restore(qint64 id);

    /// Replaces the handling units of `suggestionId` (inside the caller's transaction; used by the
    /// workflow on submission).
    Status saveUnits(qint64 suggestionId, const QList<HandlingUnit> &units);

private:
    QList<Suggestion> query(const QString &where, const QVariantList &values) const;
    Status saveChildren(const Suggestion &suggestion);

    Database &m_db;
};
