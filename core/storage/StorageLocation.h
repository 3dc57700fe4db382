#pragma once

#include <QCoreApplication>
#include <QString>

/// Where a ledger file lives, as far as durability is concerned.
class StorageLocation
{
    Q_DECLARE_TR_FUNCTIONS(StorageLocation)
public:
    /// Whether `path` (or its folder, when the file does not exist yet) is on a network file system
    /// (NFS, SMB/CIFS, FUSE such as sshfs; on Windows a UNC path or a mapped network drive).
    /// SQLite's WAL mode needs shared memory between the programs using a file, which network file
    /// systems do not provide, so such files are opened with journal_mode=DELETE instead.
    /// `reason` receives a sentence for the user. The environment variable
    /// LIAISON_LEDGER_ASSUME_NETWORK=1 makes every path count as a network one (tests).
    static bool isNetworkPath(const QString &path, QString *reason = nullptr);
};
