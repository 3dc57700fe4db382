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

    // Appeals of the year. Each pass over them costs a table lookup per appeal (the rows are wide), so
    // everything is counted in three passes instead of one per figure (docs/PERFORMANCE.md):
    // 1. per deputy, every step count; the year's totals are the sums over the deputies,
    // 2. per category, channel and month received,
    // 3. per month resolved.
    const QString appealsOfYear =
        QStringLiteral(" FROM appeals a WHERE a.deleted_at IS NULL AND a.received_on >= ? AND a.received_on < ?");
    QHash<qint64, int> received;
    QHash<qint64, int> resolved;
    QHash<qint64, int> answered;
    {
        // The follow-up visit test and the latest rating are sub-queries per appeal: the materialised
        // view computes each once per row although the sums use them twice.
        QSqlQuery q = m_db.prepare(
            QStringLiteral("WITH y AS MATERIALIZED (SELECT a.deputy_id, a.accepted_on, a.redirect_reason, a.status,"
                           " a.duplicate_of, a.resolved_on, a.reply_on, a.deadline, a.is_group,"
                           " EXISTS (SELECT 1 FROM follow_up_visits v WHERE v.appeal_id = a.id AND v.deleted_at IS NULL)"
                           "   AS visited,"
                           " (SELECT v2.satisfaction FROM follow_up_visits v2 WHERE v2.appeal_id = a.id"
                           "   AND v2.deleted_at IS NULL AND v2.satisfaction <> ''"
                           "   ORDER BY v2.visited_on DESC, v2.id DESC LIMIT 1) AS rating")
            + appealsOfYear
            + QStringLiteral(")"
                             " SELECT coalesce(deputy_id, 0), count(*),"
                             " count(accepted_on),"
                             " sum(accepted_on IS NULL AND (redirect_reason <> '' OR status = 'redirected')),"
                             " sum(duplicate_of IS NOT NULL),"
                             " count(resolved_on),"
                             " count(reply_on),"
                             " sum(visited),"
                             " sum(status = 'closed'),"
                             " sum(accepted_on IS NOT NULL AND duplicate_of IS NULL AND deadline < ?"
                             "     AND (resolved_on IS NULL OR resolved_on > ?) AND accepted_on <= ?),"
                             " sum(is_group <> 0),"
                             " sum(reply_on IS NOT NULL AND visited),"
                             " sum(rating IN ('satisfied', 'basic')),"
                             " count(rating)"
                             " FROM y GROUP BY 1"));
        int followedUp = 0;
        int satisfied = 0;
        int rated = 0;
        if (m_db.exec(q, {r.from, r.to, asOfText, asOfText, asOfText})) {
            while (q.next()) {
                const qint64 deputy = q.value(0).toLongLong();
                const int n = q.value(1).toInt();
                s.appealsReceived += n;
                s.appealsAccepted += q.value(2).toInt();
                s.appealsRedirected += q.value(3).toInt();
                s.appealsMerged += q.value(4).toInt();
                s.appealsResolved += q.value(5).toInt();
                s.appealsAnswered += q.value(6).toInt();
                s.appealsVisited += q.value(7).toInt();
                s.appealsClosed += q.value(8).toInt();
                s.appealsOverdue += q.value(9).toInt();
                s.appealsGroup += q.value(10).toInt();
                followedUp += q.value(11).toInt();
                satisfied += q.value(12).toInt();
                rated += q.value(13).toInt();
                if (deputy > 0) {
                    received.insert(deputy, n);
                    resolved.insert(deputy, q.value(5).toInt());
                    answered.insert(deputy, q.value(6).toInt());
                }
            }
        }
        s.satisfactionRate = ratio(satisfied, rated);
        s.followUpRate = ratio(followedUp, s.appealsAnswered);
    }
    {
        QMap<QString, int> byMonth;
        QSqlQuery q = m_db.prepare(
            QStringLiteral("SELECT CASE WHEN a.category = '' THEN '其他' ELSE a.category END, a.channel,"
                           " substr(a.received_on, 6, 2), count(*)")
            + appealsOfYear + QStringLiteral(" GROUP BY 1, 2, 3"));
        if (m_db.exec(q, {r.from, r.to})) {
            while (q.next()) {
                const int n = q.value(3).toInt();
                s.appealsByCategory[q.value(0).toString()] += n;
                s.appealsByChannel[q.value(1).toString()] += n;
                byMonth[q.value(2).toString()] += n;
            }
        }
        fillKeys(s.appealsByChannel, Codes::Channel);
        const QMap<QString, int> resolvedByMonth = groupCounts(
            m_db,
            QStringLiteral("SELECT substr(a.resolved_on, 6, 2), count(*)") + appealsOfYear
                + QStringLiteral(" AND a.resolved_on >= ? AND a.resolved_on < ? GROUP BY 1"),
            {r.from, r.to, r.from, r.to});
        for (int m = 1; m <= 12; ++m) {
            const QString key = QStringLiteral("%1").arg(m, 2, 10, QLatin1Char('0'));
            s.appealsByMonth << byMonth.value(key);
            s.resolvedByMonth << resolvedByMonth.value(key);
        }
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
    s.resolutionRate = ratio(s.appealsResolved, s.appealsAccepted);

    // Per deputy.
    const QVariantList yearValues = {r.from, r.to};
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
