#include "CliCommand.h"

#include "reports/AnnualReport.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace {

int runReport(CliContext &c)
{
    int year = 0;
    if (!c.intOption(QStringLiteral("year"), &year, 1990, 2100, true))
        return ExitCode::Usage;
    const QString out = c.parser().value(QStringLiteral("out"));
    if (out.isEmpty())
        return c.usageError(CliContext::tr("Give the file to write with --out (.pdf, .odt or .html)."));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt") && suffix != QLatin1String("html") &&
        suffix != QLatin1String("htm"))
        return c.usageError(CliContext::tr("--out must end in .pdf, .odt or .html."));
    auto db = c.openDatabase(true);
    if (!db)
        return ExitCode::Failure;
    QElapsedTimer timer;
    timer.start();
    if (Status s = AnnualReport(*db).write(year, out); !s)
        return c.fail(s.message());
    c.out() << CliContext::tr("Wrote the %1 work report to %2 in %3 s.")
                   .arg(year)
                   .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
            << Qt::endl;
    return ExitCode::Ok;
}

} // namespace

LL_CLI_COMMAND(
    QStringLiteral("report"),
    QT_TRANSLATE_NOOP("CliCommand",
                      "Write the annual work-report summary (年度工作总结) as PDF, ODT or HTML."),
    [](CliContext &c) {
        c.parser().addOption({QStringLiteral("year"), CliContext::tr("The year."), CliContext::tr("YEAR")});
        c.parser().addOption({QStringLiteral("out"),
                              CliContext::tr("The file to write: .pdf, .odt or .html."),
                              CliContext::tr("FILE")});
    },
    runReport);
