#include "rules/SuggestionWorkflow.h"

#include "common/Codes.h"
#include "common/Ids.h"
#include "ledgers/AppealRepository.h"
#include "ledgers/FollowUpVisitRepository.h"
#include "ledgers/SuggestionRepository.h"
#include "model/AppealEvent.h"
#include "rules/Validation.h"
#include "rules/Validator.h"
#include "storage/Database.h"

#include <QPair>

SuggestionWorkflow::SuggestionWorkflow(Database &db)
    : m_db(db)
{}

QList<SuggestionWorkflow::Action> SuggestionWorkflow::allActions()
{
    return {Action::Submit, Action::ExtendDeadline, Action::Reply,
            Action::Rate,   Action::Rehandle,       Action::RecordVisit};
}

bool SuggestionWorkflow::isAllowed(const QString &status, Action action)
{
    switch (action) {
    case Action::Submit:
        return status == QLatin1String("draft");
    case Action::ExtendDeadline:
    case Action::Reply:
        return status == QLatin1String("submitted");
    case Action::Rate:
        return status == QLatin1String("replied");
    case Action::Rehandle:
        return status == QLatin1String("dissatisfied");
    case Action::RecordVisit:
        return status == QLatin1String("replied") || status == QLatin1String("dissatisfied") ||
               status == QLatin1String("closed");
    }
    return false;
}

bool SuggestionWorkflow::isExtended(const Suggestion &suggestion)
{
    return suggestion.submittedOn.isValid() && suggestion.deadline.isValid() &&
           suggestion.deadline > suggestion.submittedOn.addMonths(kReplyMonths);
}

QList<SuggestionWorkflow::Action> SuggestionWorkflow::allowedActions(const Suggestion &suggestion)
{
    QList<Action> list;
    for (Action a : allActions()) {
        if (!isAllowed(suggestion.status, a))
            continue;
        if (a == Action::ExtendDeadline && isExtended(suggestion))
            continue;
        list << a;
    }
    return list;
}

QString SuggestionWorkflow::actionName(Action action)
{
    switch (action) {
    case Action::Submit:
        return tr("Submit for handling");
    case Action::ExtendDeadline:
        return tr("Extend the deadline");
    case Action::Reply:
        return tr("Record the reply");
    case Action::Rate:
        return tr("Record the deputy's satisfaction");
    case Action::Rehandle:
        return tr("Send back for re-handling");
    case Action::RecordVisit:
        return tr("Record a follow-up visit");
    }
    return {};
}

QString SuggestionWorkflow::actionCode(Action action)
{
    switch (action) {
    case Action::Submit:
        return QStringLiteral("submit");
    case Action::ExtendDeadline:
        return QStringLiteral("extend");
    case Action::Reply:
        return QStringLiteral("reply");
    case Action::Rate:
        return QStringLiteral("rate");
    case Action::Rehandle:
        return QStringLiteral("rehandle");
    case Action::RecordVisit:
        return QStringLiteral("visit");
    }
    return {};
}

Status SuggestionWorkflow::refuse(const Suggestion &suggestion, Action action) const
{
    return Status::failure(
        tr("Suggestion %1 is \"%2\": \"%3\" is not possible in that state. Nothing was changed.")
            .arg(suggestion.number, Codes::label(Codes::SuggestionStatus, suggestion.status),
                 actionName(action)));
}

Status SuggestionWorkflow::load(qint64 suggestionId, Action action, Suggestion &suggestion) const
{
    const std::optional<Suggestion> found = SuggestionRepository(m_db).find(suggestionId);
    if (!found)
        return Status::failure(tr("The suggestion no longer exists."));
    if (m_db.scalar(QStringLiteral("SELECT deleted_at IS NOT NULL FROM suggestions WHERE id = ?"),
                    {suggestionId})
            .toBool())
        return Status::failure(
            tr("Suggestion %1 is in the recycle bin; restore it first.").arg(found->number));
    suggestion = *found;
    if (!isAllowed(suggestion.status, action))
        return refuse(suggestion, action);
    return Status::ok();
}

namespace {

// A round's deadline: by rule a written reply within three months of submission.
void checkDeadline(Validator &v, const QDate &on, const QDate &deadline)
{
    const QString name = SuggestionWorkflow::tr("Deadline");
    v.date(QStringLiteral("deadline"), name, deadline, true, false);
    v.notBefore(QStringLiteral("deadline"), name, deadline, on, SuggestionWorkflow::tr("the date submitted"));
    if (deadline.isValid() && on.isValid() && deadline > on.addMonths(SuggestionWorkflow::kReplyMonths))
        v.add(QStringLiteral("deadline"),
              SuggestionWorkflow::tr("Deadline: at most %1 months after submission (%2); "
                                     "extend it later if the unit needs more time.")
                  .arg(SuggestionWorkflow::kReplyMonths)
                  .arg(Ids::dateText(on.addMonths(SuggestionWorkflow::kReplyMonths))));
}

} // namespace

Status SuggestionWorkflow::submit(qint64 suggestionId, const QDate &on, const QList<HandlingUnit> &units,
                                  const QDate &deadline)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    Suggestion s;
    if (Status st = load(suggestionId, Action::Submit, s); !st)
        return st;
    Validator v;
    v.date(QStringLiteral("submitted_on"), tr("Date submitted"), on, true);
    // A suggestion cannot be submitted before the appeals it came from were received.
    const QDate latestSource = Ids::parseDate(
        m_db.scalar(QStringLiteral("SELECT max(a.received_on) FROM suggestion_appeals sa JOIN appeals a ON "
                                   "a.id = sa.appeal_id WHERE sa.suggestion_id = ?"),
                    {suggestionId})
            .toString());
    v.notBefore(QStringLiteral("submitted_on"), tr("Date submitted"), on, latestSource,
                tr("the date its source appeal was received"));
    Suggestion checked = s;
    checked.submittedOn = on;
    if (!units.isEmpty())
        checked.units = units;
    const Status fields = SuggestionRepository(m_db).validate(checked);
    for (const FieldError &e : fields.fieldErrors())
        v.add(e.field, e.message);
    bool hasMain = false;
    for (const HandlingUnit &u : std::as_const(checked.units))
        hasMain = hasMain || u.role == QLatin1String("main");
    if (!hasMain)
        v.add(QStringLiteral("units"),
              tr("Handling units: name the main handling unit (主办) before submitting."));
    const QDate due = deadline.isValid() ? deadline : on.addMonths(kReplyMonths);
    if (on.isValid())
        checkDeadline(v, on, due);
    if (!v.isOk())
        return v.status();
    if (!units.isEmpty()) {
        if (Status st = SuggestionRepository(m_db).saveUnits(suggestionId, units); !st)
            return st;
    }
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE suggestions SET status = 'submitted', submitted_on = ?, "
                                    "deadline = ?, updated_at = ? WHERE id = ? AND status = 'draft'"));
    if (Status st = m_db.exec(q, {Ids::dateValue(on), Ids::dateValue(due), Ids::nowStamp(), suggestionId});
        !st)
        return st;
    return tx.commit();
}

Status SuggestionWorkflow::extendDeadline(qint64 suggestionId, const QDate &newDeadline)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    Suggestion s;
    if (Status st = load(suggestionId, Action::ExtendDeadline, s); !st)
        return st;
    if (isExtended(s))
        return Status::failure(
            tr("The deadline of suggestion %1 was already extended once this round (to %2); it "
               "cannot be extended again.")
                .arg(s.number, Ids::dateText(s.deadline)));
    Validator v;
    const QString name = tr("New deadline");
    const QString field = QStringLiteral("deadline");
    const QDate statutory = s.submittedOn.addMonths(kReplyMonths);
    const QDate latest = std::min(s.deadline.addMonths(kExtensionMonths),
                                  s.submittedOn.addMonths(kReplyMonths + kExtensionMonths));
    if (!newDeadline.isValid())
        v.add(field, tr("%1: required; enter a date.").arg(name));
    else if (newDeadline <= statutory)
        v.add(field, tr("%1: an extension must go past %2, the end of the three months.")
                         .arg(name, Ids::dateText(statutory)));
    else if (newDeadline > latest)
        v.add(field,
              tr("%1: can be extended by at most three months, to %2.").arg(name, Ids::dateText(latest)));
    if (!v.isOk())
        return v.status();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE suggestions SET deadline = ?, updated_at = ? WHERE id = ? AND status = 'submitted'"));
    if (Status st = m_db.exec(q, {Ids::dateValue(newDeadline), Ids::nowStamp(), suggestionId}); !st)
        return st;
    return tx.commit();
}

Status SuggestionWorkflow::reply(qint64 suggestionId, const QDate &on, const QString &summary,
                                 const QString &grade)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    Suggestion s;
    if (Status st = load(suggestionId, Action::Reply, s); !st)
        return st;
    Validator v;
    v.date(QStringLiteral("reply_on"), tr("Date of the reply"), on, true);
    v.notBefore(QStringLiteral("reply_on"), tr("Date of the reply"), on, s.submittedOn,
                tr("the date submitted"));
    v.requiredText(QStringLiteral("reply_summary"), tr("Summary of the reply"), summary,
                   Validation::kLongTextLimit, true);
    v.code(QStringLiteral("grade"), tr("Outcome grade"), Codes::Grade, grade, true);
    if (!v.isOk())
        return v.status();
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE suggestions SET status = 'replied', reply_on = ?, reply_summary = "
                       "?, grade = ?, updated_at = ? WHERE id = ? AND status = 'submitted'"));
    if (Status st =
            m_db.exec(q, {Ids::dateValue(on), summary.trimmed(), grade, Ids::nowStamp(), suggestionId});
        !st)
        return st;
    if (Status st = resolveSourceAppeals(s, on, summary.trimmed(), grade); !st)
        return st;
    return tx.commit();
}

Status SuggestionWorkflow::resolveSourceAppeals(const Suggestion &suggestion, const QDate &on,
                                                const QString &summary, const QString &grade)
{
    // The appeals handled through this suggestion are resolved by its reply; they then wait in the
    // "resolved, not yet answered" queue until the clerk tells each constituent.
    QSqlQuery find = m_db.prepare(QStringLiteral(
        "SELECT a.id, (SELECT max(happened_on) FROM appeal_events e WHERE e.appeal_id = a.id) FROM appeals a "
        "WHERE a.suggestion_id = ? AND a.status = 'in_progress' AND a.disposal = 'suggestion' AND "
        "a.deleted_at IS NULL"));
    if (Status st = m_db.exec(find, {suggestion.id}); !st)
        return st;
    QList<QPair<qint64, QDate>> appeals;
    while (find.next())
        appeals << qMakePair(find.value(0).toLongLong(), Ids::parseDate(find.value(1).toString()));
    const QString result =
        QStringLiteral("代表建议%1已答复（%2）：%3").arg(suggestion.number, grade, summary);
    const QString now = Ids::nowStamp();
    for (const auto &[appealId, lastStep] : std::as_const(appeals)) {
        // Never date a step before the appeal's previous one (it may have been linked after submission).
        const QDate when = lastStep.isValid() && lastStep > on ? lastStep : on;
        QSqlQuery q = m_db.prepare(
            QStringLiteral("UPDATE appeals SET status = 'resolved', resolved_on = ?, "
                           "result = ?, updated_at = ? WHERE id = ? AND status = 'in_progress'"));
        if (Status st = m_db.exec(q, {Ids::dateValue(when), result, now, appealId}); !st)
            return st;
        AppealEvent e;
        e.appealId = appealId;
        e.happenedOn = when;
        e.kind = QStringLiteral("resolved");
        e.note = result;
        if (Status st = AppealRepository(m_db).addEvent(e); !st)
            return st;
    }
    return Status::ok();
}

Status SuggestionWorkflow::applyRating(const Suggestion &s, const QDate &on, const QString &satisfaction)
{
    const QString next = satisfaction == QLatin1String("unsatisfied") ? QStringLiteral("dissatisfied")
                                                                      : QStringLiteral("closed");
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE suggestions SET status = ?, satisfaction = ?, satisfaction_on = ?, "
                       "updated_at = ? WHERE id = ? AND status = 'replied'"));
    return m_db.exec(q, {next, satisfaction, Ids::dateValue(on), Ids::nowStamp(), s.id});
}

Status SuggestionWorkflow::rate(qint64 suggestionId, const QDate &on, const QString &satisfaction)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    Suggestion s;
    if (Status st = load(suggestionId, Action::Rate, s); !st)
        return st;
    Validator v;
    v.date(QStringLiteral("satisfaction_on"), tr("Date rated"), on, true);
    v.notBefore(QStringLiteral("satisfaction_on"), tr("Date rated"), on, s.replyOn,
                tr("the date of the reply"));
    v.code(QStringLiteral("satisfaction"), tr("Satisfaction"), Codes::Satisfaction, satisfaction, true);
    if (!v.isOk())
        return v.status();
    if (Status st = applyRating(s, on, satisfaction); !st)
        return st;
    return tx.commit();
}

Status SuggestionWorkflow::rehandle(qint64 suggestionId, const QDate &on, const QDate &deadline)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    Suggestion s;
    if (Status st = load(suggestionId, Action::Rehandle, s); !st)
        return st;
    Validator v;
    v.date(QStringLiteral("submitted_on"), tr("Date sent back"), on, true);
    v.notBefore(QStringLiteral("submitted_on"), tr("Date sent back"), on, s.satisfactionOn,
                tr("the date the deputy rated the reply"));
    const QDate due = deadline.isValid() ? deadline : on.addMonths(kReplyMonths);
    if (on.isValid())
        checkDeadline(v, on, due);
    if (!v.isOk())
        return v.status();
    const QString now = Ids::nowStamp();
    QSqlQuery keep = m_db.prepare(QStringLiteral(
        "INSERT INTO suggestion_rounds(uuid, suggestion_id, round, submitted_on, deadline, reply_on, "
        "reply_summary, "
        "grade, satisfaction, satisfaction_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (Status st = m_db.exec(keep, {Ids::newUuid(), s.id, s.round, Ids::dateValue(s.submittedOn),
                                     Ids::dateValue(s.deadline), Ids::dateValue(s.replyOn), s.replySummary,
                                     s.grade, s.satisfaction, Ids::dateValue(s.satisfactionOn), now});
        !st)
        return st;
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE suggestions SET status = 'submitted', round = round + "
                                              "1, submitted_on = ?, deadline = ?, reply_on = "
                                              "NULL, reply_summary = '', grade = '', satisfaction = '', "
                                              "satisfaction_on = NULL, updated_at = ? WHERE id = ? "
                                              "AND status = 'dissatisfied'"));
    if (Status st = m_db.exec(q, {Ids::dateValue(on), Ids::dateValue(due), now, s.id}); !st)
        return st;
    return tx.commit();
}

Status SuggestionWorkflow::recordVisit(FollowUpVisit &visit)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    if (visit.appealId > 0)
        return Status::failure(tr("This visit belongs to an appeal; record it on the appeal."));
    Suggestion s;
    if (Status st = load(visit.suggestionId, Action::RecordVisit, s); !st)
        return st;
    FollowUpVisitRepository visits(m_db);
    Validator v;
    const Status fields = visits.validate(visit);
    for (const FieldError &e : fields.fieldErrors())
        v.add(e.field, e.message);
    v.notBefore(QStringLiteral("visited_on"), tr("Visit date"), visit.visitedOn, s.replyOn,
                tr("the date of the reply"));
    if (!v.isOk())
        return v.status();
    FollowUpVisit saved = visit;
    saved.id = 0;
    if (Status st = visits.insert(saved); !st)
        return st;
    if (s.status == QLatin1String("replied")) {
        if (Status st = applyRating(s, saved.visitedOn, saved.satisfaction); !st)
            return st;
    }
    if (Status st = tx.commit(); !st)
        return st;
    visit = saved;
    return Status::ok();
}
