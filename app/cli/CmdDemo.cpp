#include "CliCommand.h"

#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QElapsedTimer>

namespace {

int runDemo(CliContext &c)
{
    DemoOptions o;
    int seed = 1;
    if (!c.intOption(QStringLiteral("deputies"), &o.deputies, 1, 10000, false)
        || !c.intOption(QStringLiteral("appeals"), &o.appeals, 0, 5000000, false)
        || !c.intOption(QStringLiteral("year"), &o.year, 1990, QDate::currentDate().year(), false)
        || !c.intOption(QStringLiteral("seed"), &seed, 0, 2147483647, false))
        return ExitCode::Usage;
    if (o.year == 0)
        o.year = QDate::currentDate().year();
    o.seed = quint32(seed);
    auto db = c.openDatabase();
    if (!db)
        return ExitCode::Failure;
    QElapsedTimer timer;
    timer.start();
    DemoSummary made;
    if (Status s = DemoGenerator(*db).generate(o, &made); !s)
        return c.fail(s.message());
    c.out() << CliContext::tr("Made demo data for %1 in %2 s: %3 deputies, %4 enterprise links, %5 constituency "
                              "profiles, %6 appeals (%7 timeline entries), %8 suggestions, %9 follow-up visits, %10 "
                              "activities.")
                   .arg(o.year)
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                   .arg(made.deputies)
                   .arg(made.enterpriseLinks)
                   .arg(made.profiles)
                   .arg(made.appeals)
                   .arg(made.events)
                   .arg(made.suggestions)
                   .arg(made.visits)
                   .arg(made.activities)
            << Qt::endl;
    return ExitCode::Ok;
}

} // namespace

LL_CLI_COMMAND(
    QStringLiteral("demo"),
    QT_TRANSLATE_NOOP("CliCommand", "Fill the ledger file with realistic, deterministic demo data for one year."),
    [](CliContext &c) {
        c.parser().addOption({QStringLiteral("deputies"), CliContext::tr("How many deputies (default 30)."),
                              CliContext::tr("N"), QStringLiteral("30")});
        c.parser().addOption({QStringLiteral("appeals"), CliContext::tr("How many appeals (default 2000)."),
                              CliContext::tr("N"), QStringLiteral("2000")});
        c.parser().addOption({QStringLiteral("year"), CliContext::tr("The year the records belong to (default: this year)."),
                              CliContext::tr("YEAR")});
        c.parser().addOption({QStringLiteral("seed"), CliContext::tr("Random seed: the same seed gives the same data."),
                              CliContext::tr("S"), QStringLiteral("1")});
    },
    runDemo);
