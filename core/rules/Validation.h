#pragma once

#include <QDate>
#include <QString>

/// Pure checks on single values, shared by every record's rules (see Validator) and by importers.
namespace Validation {

/// The earliest date a ledger accepts: older dates are typing mistakes (liaison stations are recent).
QDate earliestDate();
/// Longest free text kept in a ledger field (an appeal's content in the person's own words).
constexpr int kLongTextLimit = 20000;
/// Longest one-line value (names, units, addresses).
constexpr int kShortTextLimit = 200;

/// Mainland mobile number: 11 digits starting 1[3-9], optionally +86 / 0086 / 86 in front, with spaces
/// or dashes between digits (138 1234 5678, +86-138-1234-5678). Full-width characters count as their
/// ASCII forms, as typed by Chinese input methods.
bool isMobilePhone(const QString &phone);
/// Landline: area code 0xx or 0xxx, then 7 or 8 digits, separated by a dash, a space or nothing,
/// optionally with the area code in parentheses and an extension (转 123, ext. 123, -123 after 8 digits).
bool isLandlinePhone(const QString &phone);
/// Either form. An empty string is not a phone number (whether a phone is required is the caller's rule).
bool isPhone(const QString &phone);
/// Control characters other than newline, carriage return and tab (pasted from other programs,
/// they break CSV files and printing), and broken characters (unpaired UTF-16 surrogates).
bool hasControlCharacters(const QString &text, bool allowLineBreaks = true);

} // namespace Validation
