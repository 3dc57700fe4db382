#include "CliCommand.h"

#include "io/LedgerImport.h"
#include "storage/Database.h"

#include <QDir>

namespace {

int runImport(CliContext &c)
{
    const QString in = c.parser().value(QStringLiteral("in"));
    if (in.isEmpty())
        return c.usageError(CliContext::tr("--in is required: the CSV file or bundle folder to import."));
    ImportOptions options;
    const QString ledgerName = c.parser().value(QStringLiteral("ledger"));
    if (!ledgerName.isEmpty()) {
        options.ledger = Ledgers::fromName(ledgerName);
        if (!options.ledger)
            return c.usageError(
                CliContext::tr("Unknown ledger \"%1\": use deputies, enterprises, profiles, appeals, "
                               "suggestions, visits or activities.")
                    .arg(ledgerName));
    }
    options.dryRun = c.parser().isSet(QStringLiteral("dry-run"));
    options.allOrNothing = c.parser().isSet(QStringLiteral("all-or-nothing"));
    options.createMissingDeputies = c.parser().isSet(QStringLiteral("create-missing-deputies"));
    options.rejectFile = c.parser().value(QStringLiteral("reject-file"));

    auto db = c.openDatabase();
    if (!db)
        return ExitCode::Failure;
    ImportResult result;
    const Status s = LedgerImport(*db).run(in, options, &result);
    if (!s)
        return c.fail(s.message());
    for (const QString &f : std::as_const(result.files))
        c.out() << CliContext::tr("Read %1").arg(f) << Qt::endl;
    for (const ImportProblem &p : std::as_const(result.problems)) {
        const QString where =
            p.column.isEmpty()
                ? CliContext::tr("%1, line %2").arg(QDir::toNativeSeparators(p.file)).arg(p.line)
                : CliContext::tr("%1, line %2, column %3")
                      .arg(QDir::toNativeSeparators(p.file))
                      .arg(p.line)
                      .arg(p.column);
        c.out() << where << QStringLiteral(": ") << p.reason << Qt::endl;
    }
    if (!options.createMissingDeputies && !result.missingDeputies.isEmpty())
        c.out() << CliContext::tr("Unknown deputies: %1. Add --create-missing-deputies to create them.")
                       .arg(result.missingDeputies.join(QStringLiteral("、")))
                << Qt::endl;
    const QString counts = CliContext::tr("inserted %1, updated %2, unchanged %3, rejected %4")
                               .arg(result.inserted)
                               .arg(result.updated)
                               .arg(result.unchanged)
                               .arg(result.rejected);
    if (options.dryRun)
        c.out() << CliContext::tr("Dry run, nothing was written: %1").arg(counts) << Qt::endl;
    else if (!result.written)
        c.out() << CliContext::tr("Nothing was written (--all-or-nothing and some rows were rejected): %1")
                       .arg(counts)
                << Qt::endl;
    else
        c.out() << CliContext::tr("Imported: %1").arg(counts) << Qt::endl;
    if (!options.rejectFile.isEmpty() && result.rejected > 0)
        c.out() << CliContext::tr("Rejected rows and their reasons: %1")
                       .arg(QDir::toNativeSeparators(options.rejectFile))
                << Qt::endl;
    return result.rejected > 0 ? ExitCode::PartlyRejected : ExitCode::Ok;
}

} // namespace

LL_CLI_COMMAND(
    QStringLiteral("import"),
    QT_TRANSLATE_NOOP("CliCommand",
                      "Import a ledger CSV file, a bundle or a folder of bundles, all or nothing."),
    [](CliContext &c) {
        c.parser().addOption({QStringLiteral("in"),
                              CliContext::tr("The CSV file, bundle folder or folder of bundles."),
                              CliContext::tr("FILE|DIR")});
        c.parser().addOption(
            {QStringLiteral("ledger"),
             CliContext::tr("The ledger the file holds (recognised from its header when left out)."),
             CliContext::tr("NAME")});
        c.parser().addOption({QStringLiteral("dry-run"),
                              CliContext::tr("Check every row and list the problems; write nothing.")});
        c.parser().addOption(
            {QStringLiteral("all-or-nothing"), CliContext::tr("Write nothing when any row is rejected.")});
        c.parser().addOption({QStringLiteral("reject-file"),
                              CliContext::tr("Write the rejected rows with their reasons to this CSV file."),
                              CliContext::tr("FILE")});
        c.parser().addOption(
            {QStringLiteral("create-missing-deputies"),
             CliContext::tr("Create the deputies a hand-made ledger names but the file does not know.")});
    },
    runImport);
