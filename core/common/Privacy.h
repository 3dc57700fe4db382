#pragma once

#include <QString>

/// The masking rules for constituents' personal data (PIPL): the one place they are defined.
namespace Privacy {
/// 13812345678 → 138****5678; landlines keep area code and last four (027-****5678); anything
/// shorter than 7 digits is fully masked. Empty stays empty.
QString maskPhone(const QString &phone);
/// 张三丰 → 张**; keeps the first character of a name.
QString maskName(const QString &name);
/// Keeps the first six characters of an address (district, street) and masks the rest.
QString maskAddress(const QString &address);
} // namespace Privacy
