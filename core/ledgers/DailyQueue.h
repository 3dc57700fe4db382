#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

/// The clerk's daily queues (DOMAIN.md "The loop the ledgers close"). Each is a condition on one table,
/// defined here once so that Today's counts and the lists they open always agree.
enum class DailyQueue {
    Overdue,                  ///< appeals past their deadline and not resolved
    DueSoon,                  ///< appeals due within the next 7 days, not resolved
    ResolvedNotAnswered,      ///< resolved, the constituent not yet answered
    AnsweredNotVisited,       ///< answered, no follow-up visit yet
    SuggestionsWithoutReply,  ///< suggestions submitted and still waiting for the written reply
};

/// An SQL condition with its bound values, ready to be ANDed into a WHERE clause.
struct SqlCondition
{
    QString sql;
    QVariantList values;
};

class DailyQueues
{
    Q_DECLARE_TR_FUNCTIONS(DailyQueues)
public:
    static QList<DailyQueue> all();
    /// "appeals" or "suggestions": the table whose rows the queue lists.
    static QString table(DailyQueue queue);
    /// The condition on that table (unqualified column names), judged on `today`.
    static SqlCondition condition(DailyQueue queue, const QDate &today);
    /// Translated title, e.g. "Overdue".
    static QString title(DailyQueue queue);
    /// Translated one-line explanation shown beside the count.
    static QString description(DailyQueue queue);
    /// Days ahead counted as "due soon".
    static constexpr int kDueSoonDays = 7;
};
