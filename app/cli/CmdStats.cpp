#include "CliCommand.h"

#include "common/Codes.h"
#include "common/Ids.h"
#include "stats/Statistics.h"
#include "stats/StatisticsJson.h"
#include "storage/Database.h"

#include <QJsonDocument>

namespace {

QString percent(double rate)
{
    return QStringLiteral("%1%").arg(rate * 100.0, 0, 'f', 1);
}

void row(QTextStream &out, const QString &label, const QString &value, int indent = 0)
{
    out << QString(indent * 2, QLatin1Char(' ')) << label << ": " << value << "\n";
}

void table(QTextStream &out, const YearStatistics &s)
{
    const auto n = [](int v) { return QString::number(v); };
    out << CliContext::tr("Figures of %1 — %2 %3").arg(s.year).arg(s.stationName, s.street) << "\n\n";
    row(out, CliContext::tr("Deputies"), n(s.deputiesTotal));
    row(out, CliContext::tr("Appeals received"), n(s.appealsReceived));
    row(out, CliContext::tr("accepted"), n(s.appealsAccepted), 1);
    row(out, CliContext::tr("redirected"), n(s.appealsRedirected), 1);
    row(out, CliContext::tr("merged as duplicates"), n(s.appealsMerged), 1);
    row(out, CliContext::tr("resolved"), n(s.appealsResolved), 1);
    row(out, CliContext::tr("answered"), n(s.appealsAnswered), 1);
    row(out, CliContext::tr("visited"), n(s.appealsVisited), 1);
    row(out, CliContext::tr("overdue"), n(s.appealsOverdue), 1);
    out << CliContext::tr("Appeals by category") << "\n";
    for (auto it = s.appealsByCategory.cbegin(); it != s.appealsByCategory.cend(); ++it)
        row(out, it.key(), n(it.value()), 1);
    out << CliContext::tr("Appeals by channel") << "\n";
    for (auto it = s.appealsByChannel.cbegin(); it != s.appealsByChannel.cend(); ++it)
        row(out, Codes::label(Codes::Channel, it.key()), n(it.value()), 1);
    row(out, CliContext::tr("Suggestions submitted"), n(s.suggestionsSubmitted));
    row(out, CliContext::tr("replied"), n(s.suggestionsReplied), 1);
    for (auto it = s.suggestionsByGrade.cbegin(); it != s.suggestionsByGrade.cend(); ++it)
        row(out, Codes::label(Codes::Grade, it.key()), n(it.value()), 1);
    row(out, CliContext::tr("Follow-up visits"), n(s.visitsTotal));
    row(out, CliContext::tr("Activities"), n(s.activitiesTotal));
    for (auto it = s.activitiesByType.cbegin(); it != s.activitiesByType.cend(); ++it)
        row(out, Codes::label(Codes::ActivityType, it.key()), n(it.value()), 1);
    row(out, CliContext::tr("Visits to constituencies (深入选区)"), n(s.constituencyVisits));
    row(out, CliContext::tr("\"Three visits\" with municipal deputies (三进)"), n(s.threeVisitsWithMunicipal));
    row(out, CliContext::tr("Joint-group activities (联组活动)"), n(s.jointGroupActivities));
    row(out, CliContext::tr("Group or plenary activities (分组或集中活动)"), n(s.groupOrPlenaryActivities));
    row(out, CliContext::tr("Enterprise links (一包二)"), n(s.enterpriseLinks));
    row(out, CliContext::tr("Reply rate"), percent(s.replyRate));
    row(out, CliContext::tr("Follow-up rate"), percent(s.followUpRate));
    row(out, CliContext::tr("Satisfaction rate"), percent(s.satisfactionRate));
    out << "\n" << CliContext::tr("By deputy (appeals received / resolved / answered, suggestions led, activities)") << "\n";
    for (const DeputyFigures &d : s.byDeputy)
        out << "  " << d.name << " (" << Codes::label(Codes::DeputyLevel, d.level) << "): " << d.appealsReceived << " / "
            << d.appealsResolved << " / " << d.appealsAnswered << ", " << d.suggestionsLed << ", " << d.activities << "\n";
    out.flush();
}

int runStats(CliContext &c)
{
    int year = 0;
    if (!c.intOption(QStringLiteral("year"), &year, 1990, 2100, true))
        return ExitCode::Usage;
    QDate asOf;
    if (c.parser().isSet(QStringLiteral("as-of"))) {
        asOf = Ids::parseDate(c.parser().value(QStringLiteral("as-of")));
        if (!asOf.isValid())
            return c.usageError(CliContext::tr("--as-of must be a date like 2022-12-31, not \"%1\".")
                                    .arg(c.parser().value(QStringLiteral("as-of"))));
    }
    auto db = c.openDatabase(true);
    if (!db)
        return ExitCode::Failure;
    const YearStatistics s = Statistics(*db).compute(year, asOf);
    if (c.parser().isSet(QStringLiteral("json")))
        c.out() << QJsonDocument(StatisticsJson::toJson(s)).toJson(QJsonDocument::Indented);
    else
        table(c.out(), s);
    c.out().flush();
    return ExitCode::Ok;
}

} // namespace

LL_CLI_COMMAND(
    QStringLiteral("stats"), QT_TRANSLATE_NOOP("CliCommand", "Print a year's figures for the annual work report."),
    [](CliContext &c) {
        c.parser().addOption({QStringLiteral("year"), CliContext::tr("The year (required)."), CliContext::tr("YEAR")});
        c.parser().addOption({QStringLiteral("json"), CliContext::tr("Print JSON with stable keys (see docs/STATS.md).")});
        c.parser().addOption({QStringLiteral("as-of"),
                              CliContext::tr("Judge \"overdue\" on this day (default: today, or 31 December of a past year)."),
                              CliContext::tr("DATE")});
    },
    runStats);
