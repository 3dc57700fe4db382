#include "stats/Statistics.h"

#include "common/Codes.h"
#include "common/Ids.h"
#include "ledgers/StationRepository.h"
#include "storage/Database.h"

#include <QHash>

namespace {

// Every query takes the year's first day and the next year's first day as its first two values:
// ISO date text compares like dates, and the half-open range uses the date indexes.
struct YearRange
{
    QString from;
    QString to;
};

QMap<QString, int> groupCounts(const Database &db, const QString &sql, const QVariantList &values)
{
    QMap<QString, int> counts;
    QSqlQuery q = db.prepare(sql);
    if (!db.exec(q, values))
        return counts;
    while (q.next())
        counts[q.value(0).toString()] += q.value(1).toInt();
    return counts;
}

QHash<qint64, int> countsById(const Database &db, const QString &sql, const QVariantList &values)
{
    QHash<qint64, int> counts;
    QSqlQuery q = db.prepare(sql);
    if (!db.exec(q, values))
        return counts;
    while (q.next())
        counts[q.value(0).toLongLong()] = q.value(1).toInt();
    return counts;
}

/// Makes sure every code of a vocabulary is a key, so reports and JSON always list all of them.
void fillKeys(QMap<QString, int> &map, Codes::Kind kind)
{
    const QStringList codes = Codes::codes(kind);
    for (const QString &code : codes)
        map.insert(code, map.value(code));
}

double ratio(int numerator, int denominator)
{
    return denominator > 0 ? double(numerator) / double(denominator) : 0.0;
}

} // namespace

Statistics::Statistics(Database &db)
    : m_db(db)
{
}

YearStatistics Statistics::compute(int year, const QDate &asOfDate) const
{
    YearStatistics s;
    s.year = year;
    const QDate today = QDate::currentDate();
    QDate asOf = asOfDate;
    if (!asOf.isValid())
        asOf = year < today.year() ? QDate(year, 12, 31) : today;
    const YearRange r{Ids::dateText(QDate(year, 1, 1)), Ids::dateText(QDate(year + 1, 1, 1))};
    const QString asOfText = Ids::dateText(asOf);
    const QString yearEnd = Ids::dateText(QDate(year, 12, 31));

    if (const auto station = StationRepository(m_db).local()) {
        s.stationName = station->name;
        s.street = station->street;
    }

    // Deputies in office at some point of the year.
    const QString deputyInYear = QStringLiteral(
        "d.deleted_at IS NULL AND (d.term_start IS NULL OR d.term_start <= ?) AND (d.term_end IS NULL OR d.term_end >= ?)");
    s.deputiesByLevel = groupCounts(
        m_db, QStringLiteral("SELECT d.level, count(*) FROM deputies d WHERE ") + deputyInYear + QStringLiteral(" GROUP BY d.level"),
        {yearEnd, r.from});
    fillKeys(s.deputiesByLevel, Codes::DeputyLevel);
    for (int n : std::as_const(s.deputiesByLevel))
        s.deputiesTotal += n;

    // Appeals of the year: one pass for the step counts.
    const QString appealsOfYear =
        QStringLiteral(" FROM appeals a WHERE a.deleted_at IS NULL AND a.received_on >= ? AND a.received_on < ?");
    {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("SELECT count(*),"
                           " count(a.accepted_on),"
                           " sum(a.accepted_on IS NULL AND (a.redirect_reason <> '' OR a.status = 'redirected')),"
                           " sum(a.duplicate_of IS NOT NULL),"
                           " count(a.resolved_on),"
                           " count(a.reply_on),"
                           " sum(EXISTS (SELECT 1 FROM follow_up_visits v WHERE v.appeal_id = a.id AND v.deleted_at IS NULL)),"
                           " sum(a.status = 'closed'),"
                           " sum(a.accepted_on IS NOT NULL AND a.duplicate_of IS NULL AND a.deadline < ?"
                           "     AND (a.resolved_on IS NULL OR a.resolved_on > ?) AND a.accepted_on <= ?),"
                           " sum(a.is_group <> 0)")
            + appealsOfYear);
        if (m_db.exec(q, {asOfText, asOfText, asOfText, r.from, r.to}) && q.next()) {
            s.appealsReceived = q.value(0).toInt();
            s.appealsAccepted = q.value(1).toInt();
            s.appealsRedirected = q.value(2).toInt();
            s.appealsMerged = q.value(3).toInt();
            s.appealsResolved = q.value(4).toInt();
            s.appealsAnswered = q.value(5).toInt();
            s.appealsVisited = q.value(6).toInt();
            s.appealsClosed = q.value(7).toInt();
            s.appealsOverdue = q.value(8).toInt();
            s.appealsGroup = q.value(9).toInt();
        }
    }
    s.appealsByCategory = groupCounts(
        m_db, QStringLiteral("SELECT CASE WHEN a.category = '' THEN '其他' ELSE a.category END, count(*)") + appealsOfYear
                  + QStringLiteral(" GROUP BY 1"),
        {r.from, r.to});
    s.appealsByChannel =
        groupCounts(m_db, QStringLiteral("SELECT a.channel, count(*)") + appealsOfYear + QStringLiteral(" GROUP BY 1"),
                    {r.from, r.to});
    fillKeys(s.appealsByChannel, Codes::Channel);
    {
        const QMap<QString, int> received = groupCounts(
            m_db, QStringLiteral("SELECT substr(a.received_on, 6, 2), count(*)") + appealsOfYear + QStringLiteral(" GROUP BY 1"),
            {r.from, r.to});
        const QMap<QString, int> resolved = groupCounts(
            m_db,
            QStringLiteral("SELECT substr(a.resolved_on, 6, 2), count(*)") + appealsOfYear
                + QStringLiteral(" AND a.resolved_on >= ? AND a.resolved_on < ? GROUP BY 1"),
            {r.from, r.to, r.from, r.to});
        for (int m = 1; m <= 12; ++m) {
            const QString key = QStringLiteral("%1").arg(m, 2, 10, QLatin1Char('0'));
            s.appealsByMonth << received.value(key);
            s.resolvedByMonth << resolved.value(key);
        }
    }
    // Satisfaction: the latest rated visit of each appeal of the year.
    {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("SELECT sum(v.satisfaction IN ('satisfied', 'basic')), count(*)"
                           " FROM appeals a JOIN follow_up_visits v ON v.id = ("
                           "   SELECT v2.id FROM follow_up_visits v2 WHERE v2.appeal_id = a.id AND v2.deleted_at IS NULL"
                           "   AND v2.satisfaction <> '' ORDER BY v2.visited_on DESC, v2.id DESC LIMIT 1)"
                           " WHERE a.deleted_at IS NULL AND a.received_on >= ? AND a.received_on < ?"));
        if (m_db.exec(q, {r.from, r.to}) && q.next())
            s.satisfactionRate = ratio(q.value(0).toInt(), q.value(1).toInt());
    }

    // Suggestions submitted in the year.
    const QString suggestionsOfYear = QStringLiteral(
        " FROM suggestions g WHERE g.deleted_at IS NULL AND g.submitted_on >= ? AND g.submitted_on < ?");
    {
        QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*), count(g.reply_on), sum(g.round > 1)") + suggestionsOfYear);
        if (m_db.exec(q, {r.from, r.to}) && q.next()) {
            s.suggestionsSubmitted = q.value(0).toInt();
            s.suggestionsReplied = q.value(1).toInt();
            s.suggestionsRehandled = q.value(2).toInt();
        }
    }
    s.suggestionsByGrade = groupCounts(
        m_db, QStringLiteral("SELECT g.grade, count(*)") + suggestionsOfYear + QStringLiteral(" AND g.grade <> '' GROUP BY 1"),
        {r.from, r.to});
    fillKeys(s.suggestionsByGrade, Codes::Grade);
    s.suggestionsBySatisfaction = groupCounts(
        m_db,
        QStringLiteral("SELECT g.satisfaction, count(*)") + suggestionsOfYear
            + QStringLiteral(" AND g.satisfaction <> '' GROUP BY 1"),
        {r.from, r.to});
    fillKeys(s.suggestionsBySatisfaction, Codes::Satisfaction);

    // Follow-up visits made in the year (appeals and suggestions).
    s.visitsBySatisfaction = groupCounts(
        m_db,
        QStringLiteral("SELECT v.satisfaction, count(*) FROM follow_up_visits v"
                       " WHERE v.deleted_at IS NULL AND v.visited_on >= ? AND v.visited_on < ? GROUP BY 1"),
        {r.from, r.to});
    for (int n : std::as_const(s.visitsBySatisfaction))
        s.visitsTotal += n;
    fillKeys(s.visitsBySatisfaction, Codes::Satisfaction);
    s.visitsBySatisfaction.remove(QString());

    // Activities held in the year, and the seed report's blanks.
    const QString activitiesOfYear =
        QStringLiteral(" FROM activities t WHERE t.deleted_at IS NULL AND t.held_on >= ? AND t.held_on < ?");
    s.activitiesByType =
        groupCounts(m_db, QStringLiteral("SELECT t.type, count(*)") + activitiesOfYear + QStringLiteral(" GROUP BY 1"),
                    {r.from, r.to});
    fillKeys(s.activitiesByType, Codes::ActivityType);
    for (int n : std::as_const(s.activitiesByType))
        s.activitiesTotal += n;
    s.constituencyVisits = s.activitiesByType.value(QStringLiteral("visit_constituency"))
        + s.activitiesByType.value(QStringLiteral("condolence"));
    s.jointGroupActivities = s.activitiesByType.value(QStringLiteral("joint_group"));
    s.groupOrPlenaryActivities =
        s.activitiesByType.value(QStringLiteral("plenary")) + s.activitiesByType.value(QStringLiteral("group"));
    s.threeVisitsWithMunicipal =
        m_db.scalar(QStringLiteral("SELECT count(*)") + activitiesOfYear
                        + QStringLiteral(" AND t.type IN ('visit_station', 'visit_enterprise', 'visit_constituency')"
                                         " AND EXISTS (SELECT 1 FROM activity_participants p JOIN deputies d"
                                         " ON d.id = p.deputy_id WHERE p.activity_id = t.id AND d.level = 'municipal')"),
                    {r.from, r.to})
            .toInt();
    s.peopleReached =
        m_db.scalar(QStringLiteral("SELECT coalesce(sum(max(t.people_reached, 0)), 0)") + activitiesOfYear, {r.from, r.to})
            .toInt();

    // One deputy, two enterprises (一包二).
    {
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "SELECT count(*), count(DISTINCT e.deputy_id) FROM enterprise_links e JOIN deputies d ON d.id = e.deputy_id"
            " WHERE e.deleted_at IS NULL AND d.deleted_at IS NULL AND (e.since IS NULL OR e.since <= ?)"));
        if (m_db.exec(q, {yearEnd}) && q.next()) {
            s.enterpriseLinks = q.value(0).toInt();
            s.enterprisesLinkedDeputies = q.value(1).toInt();
        }
    }
    s.enterpriseVisits =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM enterprise_visits w JOIN enterprise_links e ON e.id = w.link_id"
                                   " WHERE w.deleted_at IS NULL AND e.deleted_at IS NULL AND w.visited_on >= ?"
                                   " AND w.visited_on < ?"),
                    {r.from, r.to})
            .toInt();

    // Rates.
    s.replyRate = ratio(s.appealsAnswered, s.appealsReceived - s.appealsMerged);
    s.followUpRate = ratio(
        m_db.scalar(QStringLiteral("SELECT count(*)") + appealsOfYear
                        + QStringLiteral(" AND a.reply_on IS NOT NULL AND EXISTS (SELECT 1 FROM follow_up_visits v"
                                         " WHERE v.appeal_id = a.id AND v.deleted_at IS NULL)"),
                    {r.from, r.to})
            .toInt(),
        s.appealsAnswered);
    s.resolutionRate = ratio(s.appealsResolved, s.appealsAccepted);

    // Per deputy.
    const QVariantList yearValues = {r.from, r.to};
    const auto received = countsById(m_db, QStringLiteral("SELECT a.deputy_id, count(*)") + appealsOfYear + QStringLiteral(" GROUP BY 1"), yearValues);
    const auto resolved = countsById(m_db, QStringLiteral("SELECT a.deputy_id, count(a.resolved_on)") + appealsOfYear + QStringLiteral(" GROUP BY 1"), yearValues);
    const auto answered = countsById(m_db, QStringLiteral("SELECT a.deputy_id, count(a.reply_on)") + appealsOfYear + QStringLiteral(" GROUP BY 1"), yearValues);
    const auto led = countsById(m_db, QStringLiteral("SELECT g.lead_deputy_id, count(*)") + suggestionsOfYear + QStringLiteral(" GROUP BY 1"), yearValues);
    const auto cosigned = countsById(
        m_db,
        QStringLiteral("SELECT c.deputy_id, count(*) FROM suggestion_cosigners c JOIN suggestions g ON g.id = c.suggestion_id"
                       " WHERE g.deleted_at IS NULL AND g.submitted_on >= ? AND g.submitted_on < ? GROUP BY 1"),
        yearValues);
    const auto activities = countsById(
        m_db,
        QStringLiteral("SELECT p.deputy_id, count(*) FROM activity_participants p JOIN activities t ON t.id = p.activity_id"
                       " WHERE t.deleted_at IS NULL AND t.held_on >= ? AND t.held_on < ? GROUP BY 1"),
        yearValues);
    const auto visits = countsById(
        m_db,
        QStringLiteral("SELECT v.visitor_deputy_id, count(*) FROM follow_up_visits v WHERE v.deleted_at IS NULL"
                       " AND v.visited_on >= ? AND v.visited_on < ? AND v.visitor_deputy_id IS NOT NULL GROUP BY 1"),
        yearValues);
    const auto links = countsById(
        m_db,
        QStringLiteral("SELECT e.deputy_id, count(*) FROM enterprise_links e WHERE e.deleted_at IS NULL"
                       " AND (e.since IS NULL OR e.since <= ?) GROUP BY 1"),
        {yearEnd});
    const auto linkVisits = countsById(
        m_db,
        QStringLiteral("SELECT e.deputy_id, count(*) FROM enterprise_visits w JOIN enterprise_links e ON e.id = w.link_id"
                       " WHERE w.deleted_at IS NULL AND e.deleted_at IS NULL AND w.visited_on >= ? AND w.visited_on < ?"
                       " GROUP BY 1"),
        yearValues);
    {
        // National first, district last; then by name in Chinese collation order of the code points.
        QSqlQuery q = m_db.prepare(
            QStringLiteral("SELECT d.id, d.uuid, d.name, d.level FROM deputies d WHERE ") + deputyInYear
            + QStringLiteral(" ORDER BY CASE d.level WHEN 'national' THEN 0 WHEN 'provincial' THEN 1"
                             " WHEN 'municipal' THEN 2 ELSE 3 END, d.name, d.id"));
        if (m_db.exec(q, {yearEnd, r.from})) {
            while (q.next()) {
                DeputyFigures f;
                f.id = q.value(0).toLongLong();
                f.uuid = q.value(1).toString();
                f.name = q.value(2).toString();
                f.level = q.value(3).toString();
                f.appealsReceived = received.value(f.id);
                f.appealsResolved = resolved.value(f.id);
                f.appealsAnswered = answered.value(f.id);
                f.suggestionsLed = led.value(f.id);
                f.suggestionsCosigned = cosigned.value(f.id);
                f.activities = activities.value(f.id);
                f.visits = visits.value(f.id);
                f.enterpriseLinks = links.value(f.id);
                f.enterpriseVisits = linkVisits.value(f.id);
                s.byDeputy << f;
            }
        }
    }
    return s;
}
