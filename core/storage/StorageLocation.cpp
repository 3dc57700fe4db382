#include "storage/StorageLocation.h"

#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#elif defined(Q_OS_LINUX)
#include <sys/vfs.h>
#endif

namespace {

QString existingFolderOf(const QString &path)
{
    QFileInfo info(path);
    QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    while (!folder.isEmpty() && !QFileInfo::exists(folder)) {
        const QString parent = QFileInfo(folder).absolutePath();
        if (parent == folder)
            break;
        folder = parent;
    }
    return folder;
}

} // namespace

bool StorageLocation::isNetworkPath(const QString &path, QString *reason)
{
    const auto network = [&](const QString &kind) {
        if (reason)
            *reason = tr("The ledger is on a network folder (%1). Network folders cannot share SQLite's "
                         "write-ahead log safely, so the ledger is written in the slower rollback-journal "
                         "mode. Keep the ledger on this computer's own disk if you can.")
                          .arg(kind);
        return true;
    };
    if (qEnvironmentVariableIntValue("LIAISON_LEDGER_ASSUME_NETWORK") == 1)
        return network(QStringLiteral("test"));
    const QString folder = existingFolderOf(path);
#ifdef Q_OS_WIN
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (native.startsWith(QLatin1String("\\\\")))
        return network(QStringLiteral("UNC"));
    const QString root = native.left(3);
    if (GetDriveTypeW(reinterpret_cast<LPCWSTR>(root.utf16())) == DRIVE_REMOTE)
        return network(tr("network drive"));
#elif defined(Q_OS_LINUX)
    struct statfs fs
    {};
    if (::statfs(QFile::encodeName(folder).constData(), &fs) == 0) {
        switch (static_cast<unsigned long>(fs.f_type)) {
        case 0x6969UL:
            return network(QStringLiteral("NFS"));
        case 0x517BUL:
            return network(QStringLiteral("SMB"));
        case 0xFF534D42UL:
            return network(QStringLiteral("CIFS"));
        case 0xFE534D42UL:
            return network(QStringLiteral("SMB2"));
        case 0x65735546UL:
            return network(QStringLiteral("FUSE"));
        case 0x01021997UL:
            return network(QStringLiteral("9p"));
        case 0x73757245UL:
            return network(QStringLiteral("Coda"));
        case 0x564CUL:
            return network(QStringLiteral("NCP"));
        default:
            break;
        }
    }
#else
    Q_UNUSED(folder)
#endif
    return false;
}
