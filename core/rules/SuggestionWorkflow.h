#pragma once

#include "common/Status.h"
#include "model/FollowUpVisit.h"
#include "model/Suggestion.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

/// A suggestion's handling as an explicit state machine (docs/WORKFLOWS.md):
///
///   draft ─submit→ submitted ─reply(grade A–D)→ replied ─rate 满意/基本满意→ closed
///                    ↑  └─extendDeadline (once a round)       └─rate 不满意→ dissatisfied
///                    └──────────────── rehandle (round + 1) ─────────────────────┘
///
/// Each action runs in one transaction, checks the current state and its inputs, and either changes the
/// suggestion or refuses with a translated message and changes nothing.
class SuggestionWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(SuggestionWorkflow)
public:
    enum class Action {
        Submit,         ///< 提交办理: date, handling units, deadline
        ExtendDeadline, ///< 延期: once a round, by up to 3 months past the statutory 3 months
        Reply,          ///< the handling unit's written reply with its grade A–D
        Rate,           ///< the deputy's satisfaction with the reply
        Rehandle,       ///< 重办 after 不满意: a new round with its own deadline
        RecordVisit,    ///< a follow-up visit to the deputy (rates the reply if not yet rated)
    };

    /// Months a handling unit has for its written reply, and by how much it may be extended once.
    static constexpr int kReplyMonths = 3;
    static constexpr int kExtensionMonths = 3;

    explicit SuggestionWorkflow(Database &db);

    static QList<Action> allActions();
    /// Whether `action` may be taken in state `status` (a Codes::SuggestionStatus code). ExtendDeadline is
    /// further limited to once a round (see allowedActions()).
    static bool isAllowed(const QString &status, Action action);
    /// The actions the GUI should offer for `suggestion`.
    static QList<Action> allowedActions(const Suggestion &suggestion);
    static QString actionName(Action action);
    static QString actionCode(Action action);
    /// Whether the deadline of the current round was already extended (it lies past the 3 months).
    static bool isExtended(const Suggestion &suggestion);

    /// draft → submitted on `on`. `units` replaces the handling units when not empty; at least one main
    /// unit (主办) is needed. `deadline` defaults to `on` + 3 months and may not be later than that.
    Status submit(qint64 suggestionId, const QDate &on, const QList<HandlingUnit> &units = {},
                  const QDate &deadline = {});
    /// submitted: moves the deadline past the statutory 3 months, by at most 3 months, once a round.
    Status extendDeadline(qint64 suggestionId, const QDate &newDeadline);
    /// submitted → replied: the written reply on `on` with its summary and grade (Codes::Grade). The
    /// appeals turned into this suggestion (still in progress) are resolved by it, with event 'resolved'.
    Status reply(qint64 suggestionId, const QDate &on, const QString &summary, const QString &grade);
    /// replied → closed (满意 / 基本满意) or dissatisfied (不满意).
    Status rate(qint64 suggestionId, const QDate &on, const QString &satisfaction);
    /// dissatisfied → submitted, round + 1: the finished round is kept in suggestion_rounds; `deadline`
    /// defaults to `on` + 3 months.
    Status rehandle(qint64 suggestionId, const QDate &on, const QDate &deadline = {});
    /// replied, dissatisfied or closed: records `visit` (its suggestionId must be set). A visit to a reply
    /// not yet rated rates it with the visit's satisfaction and date.
    Status recordVisit(FollowUpVisit &visit);

private:
    Status load(qint64 suggestionId, Action action, Suggestion &suggestion) const;
    Status refuse(const Suggestion &suggestion, Action action) const;
    Status resolveSourceAppeals(const Suggestion &suggestion, const QDate &on, const QString &summary,
                                const QString &grade);
    Status applyRating(const Suggestion &suggestion, const QDate &on, const QString &satisfaction);

    Database &m_db;
};
