#pragma once

#include "common/Status.h"

#include <QCoreApplication>

class Database;

/// "Save a copy": a consistent copy of an open ledger file, made by SQLite itself (VACUUM INTO), so a
/// copy taken while the program works is never half-written. The copy is written beside the target and
/// renamed over it only when complete.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
public:
    static Status write(const Database &db, const QString &targetPath);
};
