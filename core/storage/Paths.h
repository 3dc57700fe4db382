#pragma once

#include <QString>

/// Where the program keeps its files, shared by the desktop program and the command line.
namespace Paths {
/// Sets the organisation and application names that QStandardPaths derives folders from.
/// Both executables call this first so they agree on the default database.
void applyApplicationIdentity();
/// The per-user default ledger file (QStandardPaths::AppDataLocation/ledger.sqlite).
/// The environment variable LIAISON_LEDGER_DB overrides it (tests, scripts).
QString defaultDatabasePath();
/// The folder holding the default database (and, by default, its backups).
QString dataFolder();
} // namespace Paths
