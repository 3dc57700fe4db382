#include "CliCommand.h"

#include "storage/ConsistencyCheck.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

namespace {

int runCheck(CliContext &c)
{
    const QString path = c.databasePath();
    if (!QFileInfo::exists(path))
        return c.fail(CliContext::tr("The ledger file \"%1\" does not exist.").arg(QDir::toNativeSeparators(path)));
    if (QFileInfo(path).size() == 0)
        return c.fail(CliContext::tr("\"%1\" is empty: it is not a ledger file.").arg(QDir::toNativeSeparators(path)));
    auto db = c.openDatabase();
    if (!db)
        return ExitCode::Failure;
    const QStringList problems = ConsistencyCheck(*db).run();
    if (problems.isEmpty()) {
        c.out() << CliContext::tr("%1: no problems found.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return ExitCode::Ok;
    }
    for (const QString &p : problems)
        c.out() << "- " << p << Qt::endl;
    return c.fail(CliContext::tr("%n problem(s) found; the first: %1", nullptr, int(problems.size())).arg(problems.first()));
}

} // namespace

LL_CLI_COMMAND(QStringLiteral("check"),
               QT_TRANSLATE_NOOP("CliCommand", "Check a ledger file's integrity and the ledgers' consistency."),
               nullptr, runCheck);
