#pragma once

#include "common/Status.h"
#include "model/ReportNarrative.h"

#include <QCoreApplication>
#include <optional>

class Database;

/// The annual report's written sections, one per station and year.
class ReportNarrativeRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReportNarrativeRepository)
public:
    explicit ReportNarrativeRepository(Database &db);

    /// Texts of at most 20,000 characters each, a year from 1990 to next year.
    Status validate(const ReportNarrative &narrative) const;
    /// Inserts or replaces the texts of the station (the file's own unless set) and year.
    Status save(ReportNarrative &narrative);
    /// The texts of `year` for `stationId` (0: the file's own station), if written.
    std::optional<ReportNarrative> find(int year, qint64 stationId = 0) const;

private:
    Database &m_db;
};
