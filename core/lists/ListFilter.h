#pragma once

#include "ledgers/DailyQueue.h"

#include <QDate>
#include <QString>

#include <optional>

/// What a list shows: every field is optional (0 / empty = no restriction). The list models turn it into
/// a WHERE clause with bound values, so the same filter always means the same rows.
struct ListFilter
{
    int year = 0;                    ///< the ledger year (number year, or the record's date year)
    qint64 deputyId = 0;             ///< records of this deputy
    QString status;                  ///< a Codes::AppealStatus / SuggestionStatus code
    QString category;                ///< an appeal category (vocabulary value)
    QString channel;                 ///< a Codes::Channel code
    bool overdueOnly = false;        ///< past the deadline and not resolved / replied
    std::optional<DailyQueue> queue; ///< one of the clerk's daily queues
    QString search;                  ///< substring of content, names, units or numbers
    QString level;                   ///< deputies: a Codes::DeputyLevel code
    bool includeFormer = false;      ///< deputies: also those whose mandate has ended
    QDate today;                     ///< the day "overdue" is judged on; invalid = the current date

    QDate effectiveToday() const { return today.isValid() ? today : QDate::currentDate(); }
};
