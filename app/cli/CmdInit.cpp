#include "CliCommand.h"

#include "ledgers/StationRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

namespace {

int runInit(CliContext &c)
{
    const QString path = c.databasePath();
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        // Refuse to touch anything that already holds data, ours or not.
        if (Status s = Database::inspect(path); !s)
            return c.fail(s.message());
        auto opened = Database::open(path, Database::Mode::ReadOnly);
        const bool hasData = !opened.status
            || opened.database->scalar(QStringLiteral("SELECT (SELECT count(*) FROM stations) + "
                                                      "(SELECT count(*) FROM deputies)"))
                       .toInt()
                   > 0;
        if (hasData)
            return c.fail(CliContext::tr("\"%1\" already holds a ledger; it was not changed. Choose another "
                                         "file with --db.")
                              .arg(QDir::toNativeSeparators(path)));
    }
    auto db = c.openDatabase();
    if (!db)
        return ExitCode::Failure;
    if (!StationRepository(*db).local()) {
        Station station;
        station.name = c.parser().value(QStringLiteral("station"));
        station.street = c.parser().value(QStringLiteral("street"));
        station.address = c.parser().value(QStringLiteral("address"));
        if (Status s = StationRepository(*db).insert(station); !s)
            return c.fail(s.message());
    }
    c.out() << CliContext::tr("Created the ledger file %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
          << Qt::endl;
    return ExitCode::Ok;
}

} // namespace

LL_CLI_COMMAND(
    QStringLiteral("init"), QT_TRANSLATE_NOOP("CliCommand", "Create an empty ledger file (never overwrites one)."),
    [](CliContext &c) {
        c.parser().addOption({QStringLiteral("station"), CliContext::tr("The liaison station's name."),
                              CliContext::tr("NAME"), CliContext::tr("Liaison station")});
        c.parser().addOption({QStringLiteral("street"), CliContext::tr("The street (街道) it belongs to."),
                              CliContext::tr("NAME")});
        c.parser().addOption({QStringLiteral("address"), CliContext::tr("The station's address."),
                              CliContext::tr("TEXT")});
    },
    runInit);
