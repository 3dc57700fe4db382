#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

/// Identity and time stamps shared by every record.
namespace Ids {
/// A new random UUID without braces, the stable key used when files of several stations are merged.
QString newUuid();
/// Now, in UTC, as stored in created_at / updated_at (ISO 8601 with milliseconds and 'Z').
QString nowStamp();
/// A date as stored: yyyy-MM-dd, or an empty string for a null date.
QString dateText(const QDate &date);
QDate parseDate(const QString &text);
/// A date as a bound SQL value: its text, or NULL (an invalid QVariant) for a null date.
QVariant dateValue(const QDate &date);
/// An id as a bound SQL value: NULL for 0 (no link).
QVariant idValue(qint64 id);
/// The ledgers' human number, e.g. 2022-0031.
QString ledgerNumber(int year, int sequence);
} // namespace Ids
