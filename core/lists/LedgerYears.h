#pragma once

#include <QList>

class Database;

/// The years the file has records of (appeals, suggestions, activities), newest first: the choices of
/// the lists' year filter.
class LedgerYears
{
public:
    static QList<int> of(const Database &db);
};
