#include "CliCommand.h"

#include "safety/BackupManager.h"

#include <QDir>
#include <QFileInfo>

namespace {

int runRestore(CliContext &c)
{
    const QString from = c.parser().value(QStringLiteral("from"));
    if (from.isEmpty())
        return c.usageError(CliContext::tr("--from FILE is required; see --help."));
    const QString path = c.databasePath();
    QString kept;
    if (Status s = BackupManager::restore(from, path, &kept); !s)
        return c.fail(s.message());
    c.out() << CliContext::tr("Restored %1 from %2.")
                   .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(from))
            << Qt::endl;
    if (!kept.isEmpty())
        c.out()
            << CliContext::tr("The ledger it replaced was kept as %1.").arg(QDir::toNativeSeparators(kept))
            << Qt::endl;
    return ExitCode::Ok;
}

} // namespace

LL_CLI_COMMAND(
    QStringLiteral("restore"),
    QT_TRANSLATE_NOOP(
        "CliCommand",
        "Replace the ledger by a backup (checked first; the replaced ledger is kept in the backup folder)."),
    [](CliContext &c) {
        c.parser().addOption(
            {QStringLiteral("from"), CliContext::tr("The backup file to restore."), CliContext::tr("FILE")});
    },
    runRestore);
