#include "stats/StatisticsJson.h"

#include <QJsonArray>

namespace {

QJsonObject counts(const QMap<QString, int> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonArray list(const QList<int> &values)
{
    QJsonArray a;
    for (int v : values)
        a.append(v);
    return a;
}

} // namespace

namespace StatisticsJson {

QJsonObject toJson(const YearStatistics &s)
{
    QJsonObject root;
    root.insert(QStringLiteral("year"), s.year);
    root.insert(QStringLiteral("station"), QJsonObject{{QStringLiteral("name"), s.stationName},
                                                       {QStringLiteral("street"), s.street}});
    root.insert(QStringLiteral("deputies"), QJsonObject{{QStringLiteral("total"), s.deputiesTotal},
                                                        {QStringLiteral("by_level"), counts(s.deputiesByLevel)}});
    root.insert(QStringLiteral("appeals"),
                QJsonObject{{QStringLiteral("received"), s.appealsReceived},
                            {QStringLiteral("accepted"), s.appealsAccepted},
                            {QStringLiteral("redirected"), s.appealsRedirected},
                            {QStringLiteral("merged"), s.appealsMerged},
                            {QStringLiteral("resolved"), s.appealsResolved},
                            {QStringLiteral("answered"), s.appealsAnswered},
                            {QStringLiteral("visited"), s.appealsVisited},
                            {QStringLiteral("closed"), s.appealsClosed},
                            {QStringLiteral("overdue"), s.appealsOverdue},
                            {QStringLiteral("group"), s.appealsGroup},
                            {QStringLiteral("by_category"), counts(s.appealsByCategory)},
                            {QStringLiteral("by_channel"), counts(s.appealsByChannel)},
                            {QStringLiteral("by_month"), list(s.appealsByMonth)},
                            {QStringLiteral("resolved_by_month"), list(s.resolvedByMonth)}});
    root.insert(QStringLiteral("suggestions"),
                QJsonObject{{QStringLiteral("submitted"), s.suggestionsSubmitted},
                            {QStringLiteral("replied"), s.suggestionsReplied},
                            {QStringLiteral("rehandled"), s.suggestionsRehandled},
                            {QStringLiteral("by_grade"), counts(s.suggestionsByGrade)},
                            {QStringLiteral("by_satisfaction"), counts(s.suggestionsBySatisfaction)}});
    root.insert(QStringLiteral("visits"), QJsonObject{{QStringLiteral("total"), s.visitsTotal},
                                                      {QStringLiteral("by_satisfaction"), counts(s.visitsBySatisfaction)}});
    root.insert(QStringLiteral("activities"),
                QJsonObject{{QStringLiteral("total"), s.activitiesTotal},
                            {QStringLiteral("by_type"), counts(s.activitiesByType)},
                            {QStringLiteral("constituency_visits"), s.constituencyVisits},
                            {QStringLiteral("three_visits_with_municipal_deputies"), s.threeVisitsWithMunicipal},
                            {QStringLiteral("joint_group"), s.jointGroupActivities},
                            {QStringLiteral("group_or_plenary"), s.groupOrPlenaryActivities},
                            {QStringLiteral("people_reached"), s.peopleReached}});
    root.insert(QStringLiteral("enterprises"), QJsonObject{{QStringLiteral("links"), s.enterpriseLinks},
                                                           {QStringLiteral("deputies_linked"), s.enterprisesLinkedDeputies},
                                                           {QStringLiteral("visits"), s.enterpriseVisits}});
    root.insert(QStringLiteral("rates"), QJsonObject{{QStringLiteral("reply"), s.replyRate},
                                                     {QStringLiteral("follow_up"), s.followUpRate},
                                                     {QStringLiteral("satisfaction"), s.satisfactionRate},
                                                     {QStringLiteral("resolution"), s.resolutionRate}});
    QJsonArray deputies;
    for (const DeputyFigures &d : s.byDeputy) {
        deputies.append(QJsonObject{{QStringLiteral("id"), d.id},
                                    {QStringLiteral("uuid"), d.uuid},
                                    {QStringLiteral("name"), d.name},
                                    {QStringLiteral("level"), d.level},
                                    {QStringLiteral("appeals_received"), d.appealsReceived},
                                    {QStringLiteral("appeals_resolved"), d.appealsResolved},
                                    {QStringLiteral("appeals_answered"), d.appealsAnswered},
                                    {QStringLiteral("suggestions_led"), d.suggestionsLed},
                                    {QStringLiteral("suggestions_cosigned"), d.suggestionsCosigned},
                                    {QStringLiteral("activities"), d.activities},
                                    {QStringLiteral("visits"), d.visits},
                                    {QStringLiteral("enterprise_links"), d.enterpriseLinks},
                                    {QStringLiteral("enterprise_visits"), d.enterpriseVisits}});
    }
    root.insert(QStringLiteral("by_deputy"), deputies);
    return root;
}

} // namespace StatisticsJson
