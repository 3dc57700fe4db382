#include "stats/Statistics.h"

#include "common/Codes.h"
#include "common/Ids.h"
#include "ledgers/StationRepository.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QHash>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <vector>

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

/// Counts of a text column by value, kept by the value's bytes while reading (no QString per row; a
/// column like this has a handful of distinct values); each distinct value is converted once, as
/// QSqlQuery would have given it.
class TextCounts
{
public:
    explicit TextCounts(int column)
        : m_column(column)
    {
    }

    void add(const SqliteStatement &q)
    {
        const QByteArrayView bytes = q.text(m_column);
        for (Entry &e : m_entries) {
            if (e.bytes == bytes) {
                ++e.count;
                return;
            }
        }
        m_entries.push_back({bytes.toByteArray(), q.value(m_column).toString(), 1});
    }

    /// Adds the counts to `map`, keyed as QSqlQuery::value().toString() gives the values.
    void addTo(QMap<QString, int> &map) const
    {
        for (const Entry &e : m_entries)
            map[e.text] += e.count;
    }

private:
    struct Entry
    {
        QByteArray bytes;
        QString text;
        int count = 0;
    };
    int m_column;
    std::vector<Entry> m_entries;
};

/// The month of a `substr(date, 6, 2)` column: 1–12, or 0 for anything else (NULL, "00", "1-", …),
/// as the keys "01" … "12" matched before.
int monthOf(QByteArrayView twoDigits)
{
    if (twoDigits.size() != 2 || twoDigits[0] < '0' || twoDigits[0] > '9' || twoDigits[1] < '0'
        || twoDigits[1] > '9')
        return 0;
    const int m = (twoDigits[0] - '0') * 10 + (twoDigits[1] - '0');
    return m >= 1 && m <= 12 ? m : 0;
}

/// An appeal's latest follow-up visit with a verdict: the greatest (visited_on, id), compared as SQLite
/// orders them (visited_on is text, or a BLOB, which sorts after all text; bytes compare as memcmp).
struct LatestVisit
{
    bool found = false;
    bool blob = false;
    QByteArray date;
    qint64 id = 0;
    bool satisfied = false;

    void offer(bool isBlob, QByteArrayView visitedOn, qint64 visitId, QByteArrayView rating)
    {
        if (found) {
            int order = int(isBlob) - int(blob);
            if (order == 0)
                order = compareBytes(visitedOn, date);
            if (order < 0 || (order == 0 && visitId < id))
                return;
        }
        found = true;
        blob = isBlob;
        date = visitedOn.toByteArray();
        id = visitId;
        satisfied = rating == "satisfied" || rating == "basic";
    }

    static int compareBytes(QByteArrayView a, QByteArrayView b)
    {
        const qsizetype n = std::min(a.size(), b.size());
        const int c = n > 0 ? std::memcmp(a.data(), b.data(), size_t(n)) : 0;
        if (c != 0)
            return c;
        return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
    }
};

/// Row ids → positions 0, 1, 2, … in the order they were added, for looking up tens of thousands of
/// ids quickly: a plain array over the ids' range when they lie close together (as ids of one year
/// usually do), else a sorted list searched by halves. (A QHash cost a tenth of the statistics.)
class IdIndex
{
public:
    void add(qint64 id) { m_ids.push_back(id); }

    /// Call once after the last add().
    void finish()
    {
        if (m_ids.empty())
            return;
        const auto [lo, hi] = std::minmax_element(m_ids.begin(), m_ids.end());
        m_min = *lo;
        m_max = *hi;
        const quint64 span = quint64(*hi) - quint64(*lo) + 1;
        if (span <= 4 * quint64(m_ids.size()) + 4096) {
            m_dense.assign(size_t(span), -1);
            for (size_t i = 0; i < m_ids.size(); ++i)
                m_dense[size_t(m_ids[i] - m_min)] = qint32(i);
        } else {
            m_sorted.reserve(m_ids.size());
            for (size_t i = 0; i < m_ids.size(); ++i)
                m_sorted.push_back({m_ids[i], qint32(i)});
            std::sort(m_sorted.begin(), m_sorted.end());
        }
    }

    bool isEmpty() const { return m_ids.empty(); }
    /// The smallest and the largest id added (after finish()).
    qint64 min() const { return m_min; }
    qint64 max() const { return m_max; }

    /// The position of `id`, or -1 when it was not added.
    qint32 find(qint64 id) const
    {
        if (!m_dense.empty()) {
            const quint64 offset = quint64(id) - quint64(m_min);
            return offset < m_dense.size() ? m_dense[size_t(offset)] : -1;
        }
        const auto it = std::lower_bound(m_sorted.begin(), m_sorted.end(), std::pair<qint64, qint32>(id, -1));
        return it != m_sorted.end() && it->first == id ? it->second : -1;
    }

private:
    std::vector<qint64> m_ids;
    qint64 m_min = 0;
    qint64 m_max = 0;
    std::vector<qint32> m_dense;
    std::vector<std::pair<qint64, qint32>> m_sorted;
};

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

    // Appeals of the year: one lean scan (appeals_live_received), every figure counted here in C++
    // (docs/PERFORMANCE.md). The tests that decide what counts stay SQL expressions in the SELECT, so
    // they compare exactly as before (text dates, NULLs).
    QHash<qint64, int> received;
    QHash<qint64, int> resolved;
    QHash<qint64, int> answered;
    // Each appeal of the year's follow-up state, filled in by the pass over the visits below.
    struct AppealVisits
    {
        bool answered = false;
        bool visited = false;
        LatestVisit latest;
    };
    std::vector<AppealVisits> appealVisits;
    IdIndex appealIndex;
    {
        SqliteStatement q(m_db, QByteArrayLiteral(
            "SELECT a.id, coalesce(a.deputy_id, 0),"
            " CASE WHEN a.category = '' THEN '其他' ELSE a.category END, a.channel, substr(a.received_on, 6, 2),"
            " a.accepted_on IS NOT NULL,"
            " a.accepted_on IS NULL AND (a.redirect_reason <> '' OR a.status = 'redirected'),"
            " a.duplicate_of IS NOT NULL, a.resolved_on IS NOT NULL, a.reply_on IS NOT NULL, a.status = 'closed',"
            " a.accepted_on IS NOT NULL AND a.duplicate_of IS NULL AND a.deadline < ?3"
            "   AND (a.resolved_on IS NULL OR a.resolved_on > ?3) AND a.accepted_on <= ?3,"
            " a.is_group <> 0,"
            " CASE WHEN a.resolved_on >= ?1 AND a.resolved_on < ?2 THEN substr(a.resolved_on, 6, 2) END"
            " FROM appeals a WHERE a.deleted_at IS NULL AND a.received_on >= ?1 AND a.received_on < ?2"));
        q.bindString(1, r.from);
        q.bindString(2, r.to);
        q.bindString(3, asOfText);
        TextCounts categories(2);
        TextCounts channels(3);
        int byMonth[12] = {};
        int resolvedByMonth[12] = {};
        while (q.next()) {
            const qint64 deputy = q.integer(1);
            const bool isResolved = q.integer(8) != 0;
            const bool isAnswered = q.integer(9) != 0;
            appealIndex.add(q.integer(0));
            appealVisits.push_back({isAnswered, false, {}});
            ++s.appealsReceived;
            categories.add(q);
            channels.add(q);
            if (const int m = monthOf(q.text(4)))
                ++byMonth[m - 1];
            s.appealsAccepted += int(q.integer(5));
            s.appealsRedirected += int(q.integer(6));
            s.appealsMerged += int(q.integer(7));
            s.appealsResolved += isResolved ? 1 : 0;
            s.appealsAnswered += isAnswered ? 1 : 0;
            s.appealsClosed += int(q.integer(10));
            s.appealsOverdue += int(q.integer(11));
            s.appealsGroup += int(q.integer(12));
            if (const int m = monthOf(q.text(13)))
                ++resolvedByMonth[m - 1];
            if (deputy > 0) {
                ++received[deputy];
                resolved[deputy] += isResolved ? 1 : 0;
                answered[deputy] += isAnswered ? 1 : 0;
            }
        }
        if (!q.status())
            qWarning("Statistics: %s", qPrintable(q.status().message()));
        appealIndex.finish();
        categories.addTo(s.appealsByCategory);
        channels.addTo(s.appealsByChannel);
        fillKeys(s.appealsByChannel, Codes::Channel);
        for (int m = 0; m < 12; ++m) {
            s.appealsByMonth << byMonth[m];
            s.resolvedByMonth << resolvedByMonth[m];
        }
    }

    // Follow-up visits, in one pass over the live visits: the visits made in the year by verdict and by
    // visiting deputy, and for each appeal of the year whether it was visited and its latest verdict,
    // whenever the visit was made. A plain scan of the table (NOT INDEXED) that skips, inside SQLite,
    // the visits of other years whose appeal's id is outside the year's range of appeal ids: reading
    // the table in order costs less than looking up the year's visits one by one through the date
    // index and the year's appeals' visits through the appeal index (100k file: ~19 against ~39 ms),
    // as long as the file holds less than about ten years of visits (docs/PERFORMANCE.md).
    QHash<qint64, int> visits;
    {
        SqliteStatement q(m_db, QByteArrayLiteral(
            "SELECT v.appeal_id, v.id, v.visited_on, v.satisfaction, v.visitor_deputy_id,"
            " v.visited_on >= ?1 AND v.visited_on < ?2 FROM follow_up_visits v NOT INDEXED"
            " WHERE v.deleted_at IS NULL AND (v.visited_on >= ?1 AND v.visited_on < ?2 OR v.appeal_id BETWEEN ?3 AND ?4)"));
        q.bindString(1, r.from);
        q.bindString(2, r.to);
        if (appealIndex.isEmpty()) {
            q.bindNull(3);
            q.bindNull(4);
        } else {
            q.bindInt(3, appealIndex.min());
            q.bindInt(4, appealIndex.max());
        }
        TextCounts verdicts(3);
        while (q.next()) {
            if (q.integer(5) != 0) {
                ++s.visitsTotal;
                verdicts.add(q);
                if (!q.isNull(4))
                    ++visits[q.integer(4)];
            }
            if (q.isNull(0))
                continue;  // a suggestion's visit
            const qint32 at = appealIndex.find(q.integer(0));
            if (at < 0)
                continue;  // not an appeal of the year
            AppealVisits &appeal = appealVisits[size_t(at)];
            appeal.visited = true;
            const QByteArrayView rating = q.text(3);
            if (!rating.isEmpty())
                appeal.latest.offer(q.type(2) == SQLITE_BLOB, q.text(2), q.integer(1), rating);
        }
        if (!q.status())
            qWarning("Statistics: %s", qPrintable(q.status().message()));
        verdicts.addTo(s.visitsBySatisfaction);
    }
    fillKeys(s.visitsBySatisfaction, Codes::Satisfaction);
    s.visitsBySatisfaction.remove(QString());
    {
        int followedUp = 0;
        int satisfied = 0;
        int rated = 0;
        for (const AppealVisits &appeal : appealVisits) {
            if (appeal.visited) {
                ++s.appealsVisited;
                followedUp += appeal.answered ? 1 : 0;
            }
            if (appeal.latest.found) {
                ++rated;
                satisfied += appeal.latest.satisfied ? 1 : 0;
            }
        }
        s.satisfactionRate = ratio(satisfied, rated);
        s.followUpRate = ratio(followedUp, s.appealsAnswered);
    }

    // Suggestions submitted in the year: one scan for every count (each used to read the year's rows
    // again), then their co-signers, counted for the suggestions of the year.
    QHash<qint64, int> led;
    QHash<qint64, int> cosigned;
    {
        SqliteStatement q(m_db, QByteArrayLiteral("SELECT g.id, g.reply_on IS NOT NULL, g.round > 1, g.grade, g.grade <> '',"
                                                  " g.satisfaction, g.satisfaction <> '', g.lead_deputy_id FROM suggestions g"
                                                  " WHERE g.deleted_at IS NULL AND g.submitted_on >= ?1 AND g.submitted_on < ?2"));
        q.bindString(1, r.from);
        q.bindString(2, r.to);
        QSet<qint64> ofYear;
        TextCounts grades(3);
        TextCounts satisfaction(5);
        while (q.next()) {
            ofYear.insert(q.integer(0));
            ++s.suggestionsSubmitted;
            s.suggestionsReplied += int(q.integer(1));
            s.suggestionsRehandled += int(q.integer(2));
            if (q.integer(4) != 0)
                grades.add(q);
            if (q.integer(6) != 0)
                satisfaction.add(q);
            ++led[q.integer(7)];
        }
        if (!q.status())
            qWarning("Statistics: %s", qPrintable(q.status().message()));
        grades.addTo(s.suggestionsByGrade);
        satisfaction.addTo(s.suggestionsBySatisfaction);
        if (!ofYear.isEmpty()) {
            SqliteStatement c(m_db, QByteArrayLiteral("SELECT c.suggestion_id, c.deputy_id FROM suggestion_cosigners c"));
            while (c.next()) {
                if (ofYear.contains(c.integer(0)))
                    ++cosigned[c.integer(1)];
            }
            if (!c.status())
                qWarning("Statistics: %s", qPrintable(c.status().message()));
        }
    }
    fillKeys(s.suggestionsByGrade, Codes::Grade);
    fillKeys(s.suggestionsBySatisfaction, Codes::Satisfaction);

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
    const auto activities = countsById(
        m_db,
        QStringLiteral("SELECT p.deputy_id, count(*) FROM activity_participants p JOIN activities t ON t.id = p.activity_id"
                       " WHERE t.deleted_at IS NULL AND t.held_on >= ? AND t.held_on < ? GROUP BY 1"),
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
