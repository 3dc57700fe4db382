#pragma once

#include <QStringList>

/// Numbered schema migrations. Migration N takes a file from user_version N-1 to N; Database applies
/// the missing ones in order, each inside the same IMMEDIATE transaction, then sets user_version.
namespace Migrations {
/// The schema version this build writes; a file with a higher user_version is refused.
int latestVersion();
/// The SQL statements of migration `version` (1-based).
QStringList statements(int version);
} // namespace Migrations
