#pragma once

#include "common/Status.h"
#include "model/Appeal.h"
#include "model/FollowUpVisit.h"
#include "model/Suggestion.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

/// The appeal's handling as an explicit state machine (docs/WORKFLOWS.md):
///
///   registered ─accept→ accepted ─assign→ in_progress ─resolve→ resolved ─answer→ answered ─visit→ closed
///        │                  └──────────────resolve───────────────┘                    ↑        │
///        ├─redirect→ redirected ─answer→ answered                                      └─ 不满意 / needs
///        more: ├─markDuplicate→ merged                                                         back to
///        in_progress └─convertToSuggestion→ in_progress (disposal 'suggestion')
///
/// Every action runs in one transaction: it checks that the action is allowed in the appeal's current
/// state and that its inputs make sense, updates the appeal and writes an appeal_events row — or refuses
/// with a translated message and changes nothing.
class AppealWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(AppealWorkflow)
public:
    enum class Action {
        Accept,              ///< 受理
        Redirect,            ///< 不予受理, redirected elsewhere with a reason
        Assign,              ///< disposal route, handling unit and deadline (again: reassign)
        Push,                ///< 督办: a note in the progress log
        Resolve,             ///< 办结, with the result
        Answer,              ///< the reply to the constituent
        RecordVisit,         ///< follow-up visit: closes, or reopens on 不满意 / needs more work
        MarkDuplicate,       ///< 并案 into an earlier appeal
        ConvertToSuggestion, ///< 转为代表建议
    };

    explicit AppealWorkflow(Database &db);

    /// Who acts (written to the events' actor column), e.g. the clerk's name.
    void setActor(const QString &actor) { m_actor = actor; }

    static QList<Action> allActions();
    /// Whether `action` may be taken in state `status` (a Codes::AppealStatus code).
    static bool isAllowed(const QString &status, Action action);
    /// The actions the GUI should offer for `appeal` (none for one in the recycle bin or merged).
    static QList<Action> allowedActions(const Appeal &appeal);
    /// Translated name of an action, e.g. "Accept".
    static QString actionName(Action action);
    /// Stable English code of an action, e.g. "accept" (CLI, logs).
    static QString actionCode(Action action);
    /// The kinds of appeal_events rows the workflow writes, in the order they usually happen.
    static QStringList eventKinds();
    /// Translated name of an event kind for the timeline, e.g. "push" → "Pushed (督办)"; the kind itself
    /// when unknown.
    static QString eventName(const QString &kind);
    /// The fixed Chinese word of an event kind for printed ledgers and exports, e.g. "push" → "督办".
    static QString eventChinese(const QString &kind);

    /// registered → accepted, on `on` (not before receipt, not after today).
    Status accept(qint64 appealId, const QDate &on, const QString &note = {});
    /// registered → redirected: not accepted, with the reason and where it was sent (e.g. 信访).
    Status redirect(qint64 appealId, const QDate &on, const QString &reason, const QString &to);
    /// accepted or in_progress → in_progress: the disposal route (Codes::Disposal, not 'suggestion'),
    /// the handling unit (required unless handled on the spot; new units join the list) and the deadline
    /// (not before receipt nor before `on`).
    Status assign(qint64 appealId, const QDate &on, const QString &disposal, const QString &unit,
                  const QDate &deadline);
    /// in_progress: a push (督办) with a note in the progress log.
    Status push(qint64 appealId, const QDate &on, const QString &note);
    /// accepted or in_progress → resolved, with the result.
    Status resolve(qint64 appealId, const QDate &on, const QString &result);
    /// resolved or redirected → answered: how (Codes::VisitMethod) and what the constituent was told.
    Status answer(qint64 appealId, const QDate &on, const QString &method, const QString &content);
    /// answered or closed: records `visit` (its appealId must be this appeal). Satisfied or basically
    /// satisfied without more work → closed; 不满意 or needsMore → reopened: back to in_progress (to
    /// registered if it was never accepted), reopen count + 1, the result and reply cleared (they stay in
    /// the events). On success `visit` has its id.
    Status recordVisit(FollowUpVisit &visit);
    /// registered or accepted → merged into `originalId` (并案). Refused for itself, for an appeal that is
    /// itself merged, in the recycle bin, or would make a cycle. Appeals merged into this one follow it.
    Status markDuplicate(qint64 appealId, qint64 originalId, const QDate &on);
    /// registered or accepted → in_progress with disposal 'suggestion': links the appeal to `suggestion`
    /// — an existing one (id set, still draft or submitted) or a new draft inserted here with the appeal as
    /// a source. On success `suggestion` holds the saved suggestion.
    Status convertToSuggestion(qint64 appealId, const QDate &on, Suggestion &suggestion);

private:
    Status load(qint64 appealId, Action action, Appeal &appeal) const;
    QDate lastStepDate(qint64 appealId) const;
    Status addEvent(qint64 appealId, const QDate &on, const QString &kind, const QString &note);
    Status refuse(const Appeal &appeal, Action action) const;

    Database &m_db;
    QString m_actor;
};
