#include "CliCommand.h"

#include "safety/BackupManager.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace {

int runBackup(CliContext &c)
{
    const QString out = c.parser().value(QStringLiteral("out"));
    if (out.isEmpty())
        return c.usageError(CliContext::tr("--out FILE is required; see --help."));
    if (QFileInfo::exists(out) && !c.parser().isSet(QStringLiteral("overwrite")))
        return c.fail(CliContext::tr("\"%1\" already exists; choose another file or add --overwrite.")
                          .arg(QDir::toNativeSeparators(out)));
    auto db = c.openDatabase(true);
    if (!db)
        return ExitCode::Failure;
    QElapsedTimer timer;
    timer.start();
    if (Status s = BackupManager::backupTo(*db, out); !s)
        return c.fail(s.message());
    c.out() << CliContext::tr("Backed up %1 to %2 (verified, %3 ms)")
                   .arg(QDir::toNativeSeparators(db->path()),
                        QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
                   .arg(timer.elapsed())
            << Qt::endl;
    return ExitCode::Ok;
}

} // namespace

LL_CLI_COMMAND(
    QStringLiteral("backup"),
    QT_TRANSLATE_NOOP("CliCommand",
                      "Write a verified copy of the ledger to a file (safe while the ledger is in use)."),
    [](CliContext &c) {
        c.parser().addOption(
            {QStringLiteral("out"), CliContext::tr("The backup file to write."), CliContext::tr("FILE")});
        c.parser().addOption(
            {QStringLiteral("overwrite"), CliContext::tr("Replace --out if it already exists.")});
    },
    runBackup);
