#include "ledgers/ReportNarrativeRepository.h"

#include "common/Ids.h"
#include "rules/Validation.h"
#include "rules/Validator.h"
#include "storage/Database.h"

ReportNarrativeRepository::ReportNarrativeRepository(Database &db)
    : m_db(db)
{}

Status ReportNarrativeRepository::validate(const ReportNarrative &narrative) const
{
    Validator v;
    if (narrative.year < Validation::earliestDate().year() || narrative.year > v.today().year() + 1)
        v.add(QStringLiteral("year"), tr("Year: must be from %1 to %2.")
                                          .arg(Validation::earliestDate().year())
                                          .arg(v.today().year() + 1));
    v.text(QStringLiteral("shortcomings"), tr("Shortcomings"), narrative.shortcomings,
           Validation::kLongTextLimit, true);
    v.text(QStringLiteral("next_year_plan"), tr("Plans for next year"), narrative.nextYearPlan,
           Validation::kLongTextLimit, true);
    return v.status();
}

Status ReportNarrativeRepository::save(ReportNarrative &narrative)
{
    if (narrative.stationId <= 0)
        narrative.stationId = m_db.localStationId();
    if (Status s = validate(narrative); !s)
        return s;
    if (narrative.stationId <= 0)
        return Status::failure(tr("Create the station first: the report belongs to a liaison station."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    const QString now = Ids::nowStamp();
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO report_narratives(station_id, year, shortcomings, "
                                              "next_year_plan, updated_at) VALUES (?, ?, ?, ?, "
                                              "?) ON CONFLICT(station_id, year) DO UPDATE SET shortcomings = "
                                              "excluded.shortcomings, next_year_plan = "
                                              "excluded.next_year_plan, updated_at = excluded.updated_at"));
    if (Status s = m_db.exec(
            q, {narrative.stationId, narrative.year, narrative.shortcomings, narrative.nextYearPlan, now});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    narrative.updatedAt = now;
    return Status::ok();
}

std::optional<ReportNarrative> ReportNarrativeRepository::find(int year, qint64 stationId) const
{
    if (stationId <= 0)
        stationId = m_db.localStationId();
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT shortcomings, next_year_plan, updated_at FROM report_narratives "
                                    "WHERE station_id = ? AND year = ?"));
    if (!m_db.exec(q, {stationId, year}) || !q.next())
        return std::nullopt;
    ReportNarrative n;
    n.stationId = stationId;
    n.year = year;
    n.shortcomings = q.value(0).toString();
    n.nextYearPlan = q.value(1).toString();
    n.updatedAt = q.value(2).toString();
    return n;
}
