#include "CliCommand.h"

#include "ledgers/ReportNarrativeRepository.h"
#include "storage/Database.h"

#include <QFile>
#include <QStringDecoder>

namespace {

// Reads a UTF-8 text file; "-" is not supported so that both texts can be given at once.
bool readText(CliContext &c, const QString &path, QString *text, int *exitCode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *exitCode = c.fail(CliContext::tr("Could not read \"%1\": %2.").arg(path, file.errorString()));
        return false;
    }
    // Strict: a file in another encoding (GB18030 from Notepad) would otherwise be stored as garbage.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(file.readAll());
    if (decoder.hasError()) {
        *exitCode = c.fail(CliContext::tr("\"%1\" is not UTF-8 text; nothing was saved. Save it as UTF-8 (in "
                                          "Notepad: Save as, Encoding UTF-8) and try again.")
                               .arg(path));
        return false;
    }
    *text = decoded.trimmed();
    return true;
}

int runNarrative(CliContext &c)
{
    QCommandLineParser &p = c.parser();
    int year = 0;
    if (!c.intOption(QStringLiteral("year"), &year, 1990, 2100, true))
        return ExitCode::Usage;
    const bool setShort = p.isSet(QStringLiteral("shortcomings-file"));
    const bool setPlan = p.isSet(QStringLiteral("plan-file"));
    auto db = c.openDatabase(!setShort && !setPlan);
    if (!db)
        return ExitCode::Failure;
    ReportNarrativeRepository repo(*db);
    ReportNarrative n = repo.find(year).value_or(ReportNarrative());
    n.year = year;
    if (!setShort && !setPlan) {
        // Show what is stored.
        c.out() << QStringLiteral("二、存在不足") << "\n"
                << (n.shortcomings.isEmpty() ? CliContext::tr("(not written yet)") : n.shortcomings) << "\n\n"
                << QStringLiteral("三、%1年工作思路").arg(year + 1) << "\n"
                << (n.nextYearPlan.isEmpty() ? CliContext::tr("(not written yet)") : n.nextYearPlan)
                << Qt::endl;
        return ExitCode::Ok;
    }
    int exitCode = ExitCode::Ok;
    if (setShort && !readText(c, p.value(QStringLiteral("shortcomings-file")), &n.shortcomings, &exitCode))
        return exitCode;
    if (setPlan && !readText(c, p.value(QStringLiteral("plan-file")), &n.nextYearPlan, &exitCode))
        return exitCode;
    if (Status s = repo.save(n); !s)
        return c.fail(s.message());
    c.out() << CliContext::tr("Saved the written sections of the %1 work report.").arg(year) << Qt::endl;
    return ExitCode::Ok;
}

} // namespace

LL_CLI_COMMAND(
    QStringLiteral("narrative"),
    QT_TRANSLATE_NOOP(
        "CliCommand",
        "Show or set the annual report's written sections (存在不足, 下一年工作思路) of a year."),
    [](CliContext &c) {
        c.parser().addOption(
            {QStringLiteral("year"), CliContext::tr("The year of the report."), CliContext::tr("YEAR")});
        c.parser().addOption({QStringLiteral("shortcomings-file"),
                              CliContext::tr("A UTF-8 text file with the shortcomings (二、存在不足)."),
                              CliContext::tr("FILE")});
        c.parser().addOption({QStringLiteral("plan-file"),
                              CliContext::tr("A UTF-8 text file with next year's plan (三、下一年工作思路)."),
                              CliContext::tr("FILE")});
    },
    runNarrative);
