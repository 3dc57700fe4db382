#include "editors/DeadlineDefaults.h"

#include <QSettings>

namespace DeadlineDefaults {

namespace {
// Common practice: matters for the community or street within 15 days, departments within a month.
int builtIn(const QString &disposal)
{
    if (disposal == QLatin1String("on_spot"))
        return 0;
    if (disposal == QLatin1String("community") || disposal == QLatin1String("street_committee"))
        return 15;
    return 30;
}
} // namespace

int days(const QString &disposal)
{
    return QSettings().value(QStringLiteral("deadlines/") + disposal, builtIn(disposal)).toInt();
}

void setDays(const QString &disposal, int value)
{
    QSettings().setValue(QStringLiteral("deadlines/") + disposal, value);
}

} // namespace DeadlineDefaults
