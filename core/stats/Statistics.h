#pragma once

#include "stats/YearStatistics.h"

#include <QCoreApplication>
#include <QDate>

class Database;

/// Computes a year's figures from the ledgers: the one place the annual report, `stats` and the
/// desktop program get their numbers from.
class Statistics
{
    Q_DECLARE_TR_FUNCTIONS(Statistics)
public:
    explicit Statistics(Database &db);

    /// The figures of `year` for the file's stations. `asOf` is the day "overdue" is judged on
    /// (default: today, or 31 December for a past year).
    YearStatistics compute(int year, const QDate &asOf = {}) const;

private:
    Database &m_db;
};
