#include "rules/AppealWorkflow.h"

#include "common/Codes.h"
#include "common/Ids.h"
#include "ledgers/AppealRepository.h"
#include "ledgers/FollowUpVisitRepository.h"
#include "ledgers/SuggestionRepository.h"
#include "ledgers/VocabularyRepository.h"
#include "model/AppealEvent.h"
#include "rules/Validation.h"
#include "rules/Validator.h"
#include "storage/Database.h"

#include <QSet>

namespace {

bool in(const QString &status, std::initializer_list<const char *> states)
{
    for (const char *s : states) {
        if (status == QLatin1String(s))
            return true;
    }
    return false;
}

} // namespace

AppealWorkflow::AppealWorkflow(Database &db)
    : m_db(db)
{}

QList<AppealWorkflow::Action> AppealWorkflow::allActions()
{
    return {Action::Accept,      Action::Redirect,      Action::Assign,
            Action::Push,        Action::Resolve,       Action::Answer,
            Action::RecordVisit, Action::MarkDuplicate, Action::ConvertToSuggestion};
}

bool AppealWorkflow::isAllowed(const QString &status, Action action)
{
    switch (action) {
    case Action::Accept:
    case Action::Redirect:
        return in(status, {"registered"});
    case Action::Assign:
        return in(status, {"accepted", "in_progress"});
    case Action::Push:
        return in(status, {"in_progress"});
    case Action::Resolve:
        return in(status, {"accepted", "in_progress"});
    case Action::Answer:
        return in(status, {"resolved", "redirected"});
    case Action::RecordVisit:
        return in(status, {"answered", "closed"});
    case Action::MarkDuplicate:
    case Action::ConvertToSuggestion:
        return in(status, {"registered", "accepted"});
    }
    return false;
}

QList<AppealWorkflow::Action> AppealWorkflow::allowedActions(const Appeal &appeal)
{
    QList<Action> list;
    for (Action a : allActions()) {
        if (isAllowed(appeal.status, a))
            list << a;
    }
    return list;
}

QString AppealWorkflow::actionName(Action action)
{
    switch (action) {
    case Action::Accept:
        return tr("Accept");
    case Action::Redirect:
        return tr("Redirect");
    case Action::Assign:
        return tr("Assign");
    case Action::Push:
        return tr("Push");
    case Action::Resolve:
        return tr("Resolve");
    case Action::Answer:
        return tr("Answer the constituent");
    case Action::RecordVisit:
        return tr("Record a follow-up visit");
    case Action::MarkDuplicate:
        return tr("Merge as duplicate");
    case Action::ConvertToSuggestion:
        return tr("Turn into a suggestion");
    }
    return {};
}

QString AppealWorkflow::actionCode(Action action)
{
    switch (action) {
    case Action::Accept:
        return QStringLiteral("accept");
    case Action::Redirect:
        return QStringLiteral("redirect");
    case Action::Assign:
        return QStringLiteral("assign");
    case Action::Push:
        return QStringLiteral("push");
    case Action::Resolve:
        return QStringLiteral("resolve");
    case Action::Answer:
        return QStringLiteral("answer");
    case Action::RecordVisit:
        return QStringLiteral("visit");
    case Action::MarkDuplicate:
        return QStringLiteral("merge");
    case Action::ConvertToSuggestion:
        return QStringLiteral("convert");
    }
    return {};
}

namespace {

struct EventKind
{
    const char *kind;
    const char *english;
    const char *chinese;
};

const EventKind kEventKinds[] = {
    {"registered", QT_TRANSLATE_NOOP("AppealWorkflow", "Registered"), "登记"},
    {"accepted", QT_TRANSLATE_NOOP("AppealWorkflow", "Accepted"), "受理"},
    {"redirected", QT_TRANSLATE_NOOP("AppealWorkflow", "Not accepted, redirected"), "不予受理并转交"},
    {"assigned", QT_TRANSLATE_NOOP("AppealWorkflow", "Assigned"), "交办"},
    {"push", QT_TRANSLATE_NOOP("AppealWorkflow", "Pushed"), "督办"},
    {"resolved", QT_TRANSLATE_NOOP("AppealWorkflow", "Resolved"), "办结"},
    {"answered", QT_TRANSLATE_NOOP("AppealWorkflow", "Constituent answered"), "答复群众"},
    {"visited", QT_TRANSLATE_NOOP("AppealWorkflow", "Follow-up visit"), "回访"},
    {"reopened", QT_TRANSLATE_NOOP("AppealWorkflow", "Reopened"), "重新办理"},
    {"merged", QT_TRANSLATE_NOOP("AppealWorkflow", "Merged as duplicate"), "并案"},
    {"converted", QT_TRANSLATE_NOOP("AppealWorkflow", "Turned into a suggestion"), "转为代表建议"},
};

const EventKind *findEvent(const QString &kind)
{
    for (const EventKind &e : kEventKinds) {
        if (kind == QLatin1String(e.kind))
            return &e;
    }
    return nullptr;
}

} // namespace

QStringList AppealWorkflow::eventKinds()
{
    QStringList list;
    for (const EventKind &e : kEventKinds)
        list << QLatin1String(e.kind);
    return list;
}

QString AppealWorkflow::eventName(const QString &kind)
{
    const EventKind *e = findEvent(kind);
    return e ? tr(e->english) : kind;
}

QString AppealWorkflow::eventChinese(const QString &kind)
{
    const EventKind *e = findEvent(kind);
    return e ? QString::fromUtf8(e->chinese) : kind;
}

Status AppealWorkflow::refuse(const Appeal &appeal, Action action) const
{
    return Status::failure(
        tr("Appeal %1 is \"%2\": \"%3\" is not possible in that state. Nothing was changed.")
            .arg(appeal.number, Codes::label(Codes::AppealStatus, appeal.status), actionName(action)));
}

Status AppealWorkflow::load(qint64 appealId, Action action, Appeal &appeal) const
{
    const std::optional<Appeal> found = AppealRepository(m_db).find(appealId);
    if (!found)
        return Status::failure(tr("The appeal no longer exists."));
    const bool deleted =
        m_db.scalar(QStringLiteral("SELECT deleted_at IS NOT NULL FROM appeals WHERE id = ?"), {appealId})
            .toBool();
    if (deleted)
        return Status::failure(tr("Appeal %1 is in the recycle bin; restore it first.").arg(found->number));
    appeal = *found;
    if (!isAllowed(appeal.status, action))
        return refuse(appeal, action);
    return Status::ok();
}

QDate AppealWorkflow::lastStepDate(qint64 appealId) const
{
    return Ids::parseDate(
        m_db.scalar(QStringLiteral("SELECT max(happened_on) FROM appeal_events WHERE appeal_id = ?"),
                    {appealId})
            .toString());
}

Status AppealWorkflow::addEvent(qint64 appealId, const QDate &on, const QString &kind, const QString &note)
{
    AppealEvent e;
    e.appealId = appealId;
    e.happenedOn = on;
    e.kind = kind;
    e.note = note;
    e.actor = m_actor;
    return AppealRepository(m_db).addEvent(e);
}

namespace {

// The date of a step: required, not in the future, not before the appeal was received nor before the
// step that came before it.
void checkStepDate(Validator &v, const QString &field, const QString &name, const QDate &on,
                   const Appeal &appeal, const QDate &lastStep)
{
    v.date(field, name, on, true);
    v.notBefore(field, name, on, appeal.receivedOn, AppealWorkflow::tr("the date received"));
    v.notBefore(field, name, on, lastStep, AppealWorkflow::tr("the previous step"));
}

} // namespace

Status AppealWorkflow::accept(qint64 appealId, const QDate &on, const QString &note)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    Appeal a;
    if (Status s = load(appealId, Action::Accept, a); !s)
        return s;
    Validator v;
    checkStepDate(v, QStringLiteral("accepted_on"), tr("Date accepted"), on, a, lastStepDate(appealId));
    v.text(QStringLiteral("note"), tr("Note"), note, Validation::kLongTextLimit, true);
    if (!v.isOk())
        return v.status();
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE appeals SET status = 'accepted', accepted_on = ?, "
                                              "updated_at = ? WHERE id = ? AND status = ?"));
    if (Status s = m_db.exec(q, {Ids::dateValue(on), Ids::nowStamp(), appealId, a.status}); !s)
        return s;
    if (Status s = addEvent(appealId, on, QStringLiteral("accepted"), note); !s)
        return s;
    return tx.commit();
}

Status AppealWorkflow::redirect(qint64 appealId, const QDate &on, const QString &reason, const QString &to)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    Appeal a;
    if (Status s = load(appealId, Action::Redirect, a); !s)
        return s;
    Validator v;
    checkStepDate(v, QStringLiteral("redirected_on"), tr("Date redirected"), on, a, lastStepDate(appealId));
    v.requiredText(QStringLiteral("redirect_reason"), tr("Reason for not accepting"), reason,
                   Validation::kLongTextLimit, true);
    v.requiredText(QStringLiteral("redirect_to"), tr("Redirected to"), to, Validation::kShortTextLimit);
    if (!v.isOk())
        return v.status();
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE appeals SET status = 'redirected', redirect_reason = ?, "
                                    "redirect_to = ?, updated_at = ? WHERE id = ? AND status = ?"));
    if (Status s = m_db.exec(q, {reason.trimmed(), to.trimmed(), Ids::nowStamp(), appealId, a.status}); !s)
        return s;
    if (Status s = addEvent(appealId, on, QStringLiteral("redirected"),
                            to.trimmed() + QStringLiteral(": ") + reason.trimmed());
        !s)
        return s;
    return tx.commit();
}

Status AppealWorkflow::assign(qint64 appealId, const QDate &on, const QString &disposal, const QString &unit,
                              const QDate &deadline)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    Appeal a;
    if (Status s = load(appealId, Action::Assign, a); !s)
        return s;
    Validator v;
    checkStepDate(v, QStringLiteral("assigned_on"), tr("Date assigned"), on, a, lastStepDate(appealId));
    v.code(QStringLiteral("disposal"), tr("Disposal"), Codes::Disposal, disposal, true);
    if (disposal == QLatin1String("suggestion"))
        v.add(QStringLiteral("disposal"),
              tr("Disposal: to make the appeal a deputy's suggestion, use \"Turn into a "
                 "suggestion\"."));
    if (disposal == QLatin1String("on_spot"))
        v.text(QStringLiteral("handling_unit"), tr("Handling unit"), unit, 50);
    else
        v.requiredText(QStringLiteral("handling_unit"), tr("Handling unit"), unit, 50);
    v.date(QStringLiteral("deadline"), tr("Deadline"), deadline, true, false);
    v.notBefore(QStringLiteral("deadline"), tr("Deadline"), deadline, a.receivedOn, tr("the date received"));
    v.notBefore(QStringLiteral("deadline"), tr("Deadline"), deadline, on, tr("the date assigned"));
    if (!v.isOk())
        return v.status();
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE appeals SET status = 'in_progress', disposal = ?, "
                                    "handling_unit = ?, deadline = ?, updated_at = ? WHERE id = ? AND "
                                    "status = ?"));
    if (Status s = m_db.exec(
            q, {disposal, unit.trimmed(), Ids::dateValue(deadline), Ids::nowStamp(), appealId, a.status});
        !s)
        return s;
    if (!unit.trimmed().isEmpty()) {
        if (Status s = VocabularyRepository(m_db).add(VocabularyRepository::unit(), unit); !s)
            return s;
    }
    // Event notes are data printed in the Chinese ledger, so they use the fixed Chinese words.
    const QString note =
        QStringLiteral("%1；%2；办理期限 %3")
            .arg(Codes::chinese(Codes::Disposal, disposal), unit.trimmed(), Ids::dateText(deadline));
    if (Status s = addEvent(appealId, on, QStringLiteral("assigned"), note); !s)
        return s;
    return tx.commit();
}

Status AppealWorkflow::push(qint64 appealId, const QDate &on, const QString &note)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    Appeal a;
    if (Status s = load(appealId, Action::Push, a); !s)
        return s;
    Validator v;
    checkStepDate(v, QStringLiteral("happened_on"), tr("Date of the push"), on, a, lastStepDate(appealId));
    v.requiredText(QStringLiteral("note"), tr("What was pushed"), note, Validation::kLongTextLimit, true);
    if (!v.isOk())
        return v.status();
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE appeals SET updated_at = ? WHERE id = ?"));
    if (Status s = m_db.exec(q, {Ids::nowStamp(), appealId}); !s)
        return s;
    if (Status s = addEvent(appealId, on, QStringLiteral("push"), note.trimmed()); !s)
        return s;
    return tx.commit();
}

Status AppealWorkflow::resolve(qint64 appealId, const QDate &on, const QString &result)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    Appeal a;
    if (Status s = load(appealId, Action::Resolve, a); !s)
        return s;
    Validator v;
    checkStepDate(v, QStringLiteral("resolved_on"), tr("Date resolved"), on, a, lastStepDate(appealId));
    v.requiredText(QStringLiteral("result"), tr("Result"), result, Validation::kLongTextLimit, true);
    if (!v.isOk())
        return v.status();
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE appeals SET status = 'resolved', resolved_on = ?, result = ?, "
                                    "updated_at = ? WHERE id = ? AND status = ?"));
    if (Status s = m_db.exec(q, {Ids::dateValue(on), result.trimmed(), Ids::nowStamp(), appealId, a.status});
        !s)
        return s;
    if (Status s = addEvent(appealId, on, QStringLiteral("resolved"), result.trimmed()); !s)
        return s;
    return tx.commit();
}

Status AppealWorkflow::answer(qint64 appealId, const QDate &on, const QString &method, const QString &content)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    Appeal a;
    if (Status s = load(appealId, Action::Answer, a); !s)
        return s;
    Validator v;
    checkStepDate(v, QStringLiteral("reply_on"), tr("Date answered"), on, a, lastStepDate(appealId));
    v.code(QStringLiteral("reply_method"), tr("How the constituent was answered"), Codes::VisitMethod, method,
           true);
    v.requiredText(QStringLiteral("reply_content"), tr("What the constituent was told"), content,
                   Validation::kLongTextLimit, true);
    if (!v.isOk())
        return v.status();
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE appeals SET status = 'answered', reply_on = ?, reply_method = ?, "
                                    "reply_content = ?, updated_at = ? WHERE id = ? AND status = ?"));
    if (Status s = m_db.exec(
            q, {Ids::dateValue(on), method, content.trimmed(), Ids::nowStamp(), appealId, a.status});
        !s)
        return s;
    if (Status s = addEvent(appealId, on, QStringLiteral("answered"), content.trimmed()); !s)
        return s;
    return tx.commit();
}

Status AppealWorkflow::recordVisit(FollowUpVisit &visit)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    if (visit.suggestionId > 0)
        return Status::failure(tr("This visit belongs to a suggestion; record it on the suggestion."));
    Appeal a;
    if (Status s = load(visit.appealId, Action::RecordVisit, a); !s)
        return s;
    FollowUpVisitRepository visits(m_db);
    Validator v;
    const Status fields = visits.validate(visit);
    for (const FieldError &e : fields.fieldErrors())
        v.add(e.field, e.message);
    if (!v.hasError(QStringLiteral("visited_on"))) {
        v.notBefore(QStringLiteral("visited_on"), tr("Visit date"), visit.visitedOn, a.replyOn,
                    tr("the date the constituent was answered"));
        v.notBefore(QStringLiteral("visited_on"), tr("Visit date"), visit.visitedOn, lastStepDate(a.id),
                    tr("the previous step"));
    }
    if (!v.isOk())
        return v.status();
    FollowUpVisit saved = visit;
    saved.id = 0;
    if (Status s = visits.insert(saved); !s)
        return s;
    const QString verdict = Codes::chinese(Codes::Satisfaction, saved.satisfaction);
    if (Status s = addEvent(a.id, saved.visitedOn, QStringLiteral("visited"),
                            saved.feedback.trimmed().isEmpty()
                                ? verdict
                                : verdict + QStringLiteral("；") + saved.feedback.trimmed());
        !s)
        return s;
    const bool reopen = saved.satisfaction == QLatin1String("unsatisfied") || saved.needsMore;
    const QString now = Ids::nowStamp();
    if (reopen) {
        // Back to work: the old result and reply stay readable in the events, the appeal shows open again.
        const QString back =
            a.acceptedOn.isValid() ? QStringLiteral("in_progress") : QStringLiteral("registered");
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "UPDATE appeals SET status = ?, reopen_count = reopen_count + 1, resolved_on = NULL, result = "
            "'', "
            "reply_on = NULL, reply_method = '', reply_content = '', closed_on = NULL, redirect_reason = '', "
            "redirect_to = '', updated_at = ? WHERE id = ? AND status = ?"));
        if (Status s = m_db.exec(q, {back, now, a.id, a.status}); !s)
            return s;
        const QString why = saved.needsMore && saved.satisfaction != QLatin1String("unsatisfied")
                                ? QStringLiteral("需继续办理")
                                : QStringLiteral("群众不满意，重新办理");
        if (Status s = addEvent(a.id, saved.visitedOn, QStringLiteral("reopened"), why); !s)
            return s;
    } else if (a.status == QLatin1String("answered")) {
        QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE appeals SET status = 'closed', closed_on = ?, "
                                                  "updated_at = ? WHERE id = ? AND status = ?"));
        if (Status s = m_db.exec(q, {Ids::dateValue(saved.visitedOn), now, a.id, a.status}); !s)
            return s;
    } else {
        QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE appeals SET updated_at = ? WHERE id = ?"));
        if (Status s = m_db.exec(q, {now, a.id}); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    visit = saved;
    return Status::ok();
}

Status AppealWorkflow::markDuplicate(qint64 appealId, qint64 originalId, const QDate &on)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    Appeal a;
    if (Status s = load(appealId, Action::MarkDuplicate, a); !s)
        return s;
    Validator v;
    checkStepDate(v, QStringLiteral("merged_on"), tr("Date merged"), on, a, lastStepDate(appealId));
    AppealRepository repo(m_db);
    const std::optional<Appeal> original = repo.find(originalId);
    const QString field = QStringLiteral("duplicate_of");
    if (originalId == appealId) {
        v.add(field, tr("Merge into: an appeal cannot be merged into itself."));
    } else if (!original ||
               m_db.scalar(QStringLiteral("SELECT deleted_at IS NOT NULL FROM appeals WHERE id = ?"),
                           {originalId})
                   .toBool()) {
        v.add(field, tr("Merge into: the chosen appeal does not exist or is in the recycle bin."));
    } else if (original->status == QLatin1String("merged")) {
        v.add(field,
              tr("Merge into: appeal %1 is itself merged into another; merge into that first appeal instead.")
                  .arg(original->number));
    } else {
        // Follow the chain from the original: it must never lead back here.
        QSet<qint64> seen{appealId};
        qint64 next = original->id;
        while (next > 0) {
            if (seen.contains(next)) {
                v.add(field, tr("Merge into: that would link the appeals in a circle."));
                break;
            }
            seen.insert(next);
            next = m_db.scalar(QStringLiteral("SELECT duplicate_of FROM appeals WHERE id = ?"), {next})
                       .toLongLong();
        }
    }
    if (!v.isOk())
        return v.status();
    const QString now = Ids::nowStamp();
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE appeals SET status = 'merged', duplicate_of = ?, "
                                              "updated_at = ? WHERE id = ? AND status = ?"));
    if (Status s = m_db.exec(q, {originalId, now, appealId, a.status}); !s)
        return s;
    // Appeals already merged into this one now point at the first appeal of the matter.
    QSqlQuery follow = m_db.prepare(
        QStringLiteral("UPDATE appeals SET duplicate_of = ?, updated_at = ? WHERE duplicate_of = ?"));
    if (Status s = m_db.exec(follow, {originalId, now, appealId}); !s)
        return s;
    if (Status s =
            addEvent(appealId, on, QStringLiteral("merged"), QStringLiteral("并入 %1").arg(original->number));
        !s)
        return s;
    return tx.commit();
}

Status AppealWorkflow::convertToSuggestion(qint64 appealId, const QDate &on, Suggestion &suggestion)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    Appeal a;
    if (Status s = load(appealId, Action::ConvertToSuggestion, a); !s)
        return s;
    Validator v;
    checkStepDate(v, QStringLiteral("accepted_on"), tr("Date turned into a suggestion"), on, a,
                  lastStepDate(appealId));
    if (!v.isOk())
        return v.status();
    SuggestionRepository suggestions(m_db);
    Suggestion saved = suggestion;
    if (saved.id > 0) {
        const std::optional<Suggestion> existing = suggestions.find(saved.id);
        const bool live =
            existing &&
            !m_db.scalar(QStringLiteral("SELECT deleted_at IS NOT NULL FROM suggestions WHERE id = ?"),
                         {saved.id})
                 .toBool();
        if (!live)
            return Status::invalid(
                {FieldError{QStringLiteral("suggestion_id"),
                            tr("Suggestion: it does not exist or is in the recycle bin.")}});
        if (existing->status != QLatin1String("draft") && existing->status != QLatin1String("submitted"))
            return Status::invalid(
                {FieldError{QStringLiteral("suggestion_id"),
                            tr("Suggestion: %1 has already been answered; choose a suggestion "
                               "that is still a draft or being handled.")
                                .arg(existing->number)}});
        saved = *existing;
        QSqlQuery link = m_db.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO suggestion_appeals(suggestion_id, appeal_id) VALUES (?, ?)"));
        if (Status s = m_db.exec(link, {saved.id, appealId}); !s)
            return s;
        if (!saved.sourceAppealIds.contains(appealId))
            saved.sourceAppealIds << appealId;
    } else {
        if (!saved.sourceAppealIds.contains(appealId))
            saved.sourceAppealIds << appealId;
        if (!saved.submittedOn.isValid())
            saved.submittedOn = on; // numbers the suggestion in the year of the conversion
        if (Status s = suggestions.insert(saved); !s)
            return s;
    }
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE appeals SET status = 'in_progress', accepted_on = "
                                    "coalesce(accepted_on, ?), disposal = 'suggestion', "
                                    "suggestion_id = ?, updated_at = ? WHERE id = ? AND status = ?"));
    if (Status s = m_db.exec(q, {Ids::dateValue(on), saved.id, Ids::nowStamp(), appealId, a.status}); !s)
        return s;
    if (Status s = addEvent(appealId, on, QStringLiteral("converted"),
                            QStringLiteral("转为代表建议 %1：%2").arg(saved.number, saved.title));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    suggestion = saved;
    return Status::ok();
}
