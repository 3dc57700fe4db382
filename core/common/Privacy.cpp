#include "common/Privacy.h"

namespace Privacy {

QString maskPhone(const QString &phone)
{
    const QString p = phone.trimmed();
    if (p.isEmpty())
        return p;
    int digits = 0;
    for (const QChar c : p)
        digits += c.isDigit() ? 1 : 0;
    if (digits < 7)
        return QString(p.size(), QLatin1Char('*'));
    // Keep the first three characters (mobile prefix or area code) and the last four.
    const int dash = p.indexOf(QLatin1Char('-'));
    const int keepFront = (dash > 0 && dash <= 4) ? dash + 1 : 3;
    const int keepBack = 4;
    if (p.size() <= keepFront + keepBack)
        return p.left(keepFront) + QString(p.size() - keepFront, QLatin1Char('*'));
    return p.left(keepFront) + QStringLiteral("****") + p.right(keepBack);
}

QString maskName(const QString &name)
{
    const QString n = name.trimmed();
    if (n.size() <= 1)
        return n.isEmpty() ? n : QStringLiteral("*");
    return n.left(1) + QString(n.size() - 1, QLatin1Char('*'));
}

QString maskAddress(const QString &address)
{
    const QString a = address.trimmed();
    if (a.size() <= 6)
        return QString(a.size(), QLatin1Char('*'));
    return a.left(6) + QStringLiteral("****");
}

} // namespace Privacy
