#include "ledgers/DailyQueue.h"

#include "common/Ids.h"

QList<DailyQueue> DailyQueues::all()
{
    return {DailyQueue::Overdue, DailyQueue::DueSoon, DailyQueue::ResolvedNotAnswered,
            DailyQueue::AnsweredNotVisited, DailyQueue::SuggestionsWithoutReply};
}

QString DailyQueues::table(DailyQueue queue)
{
    return queue == DailyQueue::SuggestionsWithoutReply ? QStringLiteral("suggestions") : QStringLiteral("appeals");
}

SqlCondition DailyQueues::condition(DailyQueue queue, const QDate &today)
{
    // Dates are ISO text, so string comparison is date comparison (and uses the partial index appeals_live_status).
    switch (queue) {
    case DailyQueue::Overdue:
        return {QStringLiteral("deleted_at IS NULL AND status IN ('accepted', 'in_progress') AND deadline < ?"),
                {Ids::dateText(today)}};
    case DailyQueue::DueSoon:
        return {QStringLiteral("deleted_at IS NULL AND status IN ('accepted', 'in_progress') "
                               "AND deadline >= ? AND deadline <= ?"),
                {Ids::dateText(today), Ids::dateText(today.addDays(kDueSoonDays))}};
    case DailyQueue::ResolvedNotAnswered:
        return {QStringLiteral("deleted_at IS NULL AND status = 'resolved'"), {}};
    case DailyQueue::AnsweredNotVisited:
        return {QStringLiteral("deleted_at IS NULL AND status = 'answered'"), {}};
    case DailyQueue::SuggestionsWithoutReply:
        return {QStringLiteral("deleted_at IS NULL AND status = 'submitted'"), {}};
    }
    return {QStringLiteral("0"), {}};
}

QString DailyQueues::title(DailyQueue queue)
{
    switch (queue) {
    case DailyQueue::Overdue: return tr("Overdue");
    case DailyQueue::DueSoon: return tr("Due within 7 days");
    case DailyQueue::ResolvedNotAnswered: return tr("Resolved, not yet answered");
    case DailyQueue::AnsweredNotVisited: return tr("Answered, not yet visited");
    case DailyQueue::SuggestionsWithoutReply: return tr("Suggestions without a reply");
    }
    return {};
}

QString DailyQueues::description(DailyQueue queue)
{
    switch (queue) {
    case DailyQueue::Overdue: return tr("Past their deadline and not resolved: push the handling unit (督办).");
    case DailyQueue::DueSoon: return tr("Their deadline falls within the next seven days.");
    case DailyQueue::ResolvedNotAnswered: return tr("Every appeal must end answered: tell the constituent the result.");
    case DailyQueue::AnsweredNotVisited: return tr("Go back to the constituent and record their satisfaction.");
    case DailyQueue::SuggestionsWithoutReply:
        return tr("Submitted suggestions still waiting for the handling unit's written reply.");
    }
    return {};
}
