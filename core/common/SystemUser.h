#pragma once

#include <QString>

/// The operating-system account running the program, as the audit trail and the lock file name it.
namespace SystemUser {
/// USERNAME (Windows), USER or LOGNAME, and on Unix the password database when none is set (services,
/// containers and some remote sessions run without them); empty only when nothing knows the account.
QString name();
} // namespace SystemUser
