#include "storage/Paths.h"

#include "Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace Paths {

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral(LL_ORG_NAME));
    QCoreApplication::setApplicationName(QStringLiteral(LL_APP_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(LL_VERSION));
}

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString defaultDatabasePath()
{
    const QString overridden = qEnvironmentVariable("LIAISON_LEDGER_DB");
    if (!overridden.isEmpty())
        return overridden;
    return QDir(dataFolder()).filePath(QStringLiteral("ledger.sqlite"));
}

} // namespace Paths
