#pragma once

#include <QList>
#include <QMap>
#include <QString>

/// One deputy's figures for a year.
struct DeputyFigures
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString level;                 ///< Codes::DeputyLevel
    int appealsReceived = 0;       ///< appeals the deputy received
    int appealsResolved = 0;
    int appealsAnswered = 0;
    int suggestionsLed = 0;        ///< suggestions submitted as lead deputy
    int suggestionsCosigned = 0;
    int activities = 0;            ///< activities taken part in
    int visits = 0;                ///< follow-up visits made
    int enterpriseLinks = 0;
    int enterpriseVisits = 0;
};

/// Everything the annual work report needs for one year, computed by Statistics from the ledgers.
/// Appeals are counted by the year they were received; each later step counts if it happened at all
/// (an appeal received in December and answered in January counts as answered).
struct YearStatistics
{
    int year = 0;
    QString stationName;
    QString street;

    int deputiesTotal = 0;          ///< deputies in office at some point of the year
    QMap<QString, int> deputiesByLevel;

    int appealsReceived = 0;
    int appealsAccepted = 0;        ///< accepted, whatever happened after
    int appealsRedirected = 0;      ///< not accepted, redirected with a reason
    int appealsMerged = 0;          ///< merged into an earlier appeal (并案)
    int appealsResolved = 0;
    int appealsAnswered = 0;        ///< the constituent got a reply (民众反映有回复)
    int appealsVisited = 0;         ///< at least one follow-up visit
    int appealsClosed = 0;
    int appealsOverdue = 0;         ///< past deadline and not resolved, as of the statistics' date
    int appealsGroup = 0;           ///< 集体诉求
    QMap<QString, int> appealsByCategory;  ///< category → count; sums to appealsReceived
    QMap<QString, int> appealsByChannel;   ///< Codes::Channel → count; sums to appealsReceived
    QList<int> appealsByMonth;             ///< 12 entries, by month received
    QList<int> resolvedByMonth;            ///< 12 entries, by month resolved (appeals of this year)

    int suggestionsSubmitted = 0;   ///< submitted in the year
    int suggestionsReplied = 0;
    QMap<QString, int> suggestionsByGrade;         ///< "A".."D" → count (all four keys present)
    QMap<QString, int> suggestionsBySatisfaction;  ///< Codes::Satisfaction → count (all keys present)
    int suggestionsRehandled = 0;

    int visitsTotal = 0;            ///< follow-up visits made in the year
    QMap<QString, int> visitsBySatisfaction;

    int activitiesTotal = 0;
    QMap<QString, int> activitiesByType;  ///< Codes::ActivityType → count (all keys present)
    // The seed report's blanks:
    int constituencyVisits = 0;     ///< 深入基层、深入选区 N 次: 进选区 + 走访慰问 activities
    int threeVisitsWithMunicipal = 0;  ///< 市人大代表参与"三进"活动 N 次: 三进 activities with a municipal deputy
    int jointGroupActivities = 0;   ///< 联组活动 N 次
    int groupOrPlenaryActivities = 0;  ///< 分组或集中开展人大活动 N 次
    int peopleReached = 0;

    int enterpriseLinks = 0;        ///< 一包二 links in force
    int enterprisesLinkedDeputies = 0;
    int enterpriseVisits = 0;       ///< visits to linked enterprises in the year

    // Rates in 0..1; 0 when the denominator is 0.
    double replyRate = 0;           ///< answered / (received - merged)
    double followUpRate = 0;        ///< appeals visited / appeals answered
    double satisfactionRate = 0;    ///< (满意 + 基本满意) / visits with a rating, latest visit per appeal
    double resolutionRate = 0;      ///< resolved / accepted

    QList<DeputyFigures> byDeputy;  ///< every deputy of the year, by level then name
};
