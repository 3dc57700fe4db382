#pragma once

#include <QString>

/// Days an appeal's handling unit gets by default, per disposal route (Codes::Disposal). The clerk can
/// change them in the settings ("deadlines/<disposal>"); the assign dialog proposes received + days.
namespace DeadlineDefaults {
int days(const QString &disposal);
void setDays(const QString &disposal, int days);
} // namespace DeadlineDefaults
