#pragma once

#include "storage/Database.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

/// The two shapes every repository repeats when it reads records: running a SELECT into a list of
/// entities, and taking the one record a lookup by id, uuid or number finds.
namespace Rows {

/// The first record of `list`, or nothing (lookups by a unique key find at most one).
template <typename T>
std::optional<T> first(const QList<T> &list)
{
    return list.isEmpty() ? std::nullopt : std::optional<T>(list.first());
}

/// Runs the prepared `sql` with `values` and converts each row with `read(const QSqlQuery &)`.
/// A failed query yields an empty list (as the repositories always did); callers that must tell "none" from
/// "failed" use Database::exec themselves.
template <typename T, typename Read>
QList<T> select(const Database &db, const QString &sql, const QVariantList &values, Read read)
{
    QList<T> list;
    QSqlQuery q = db.prepare(sql);
    if (!db.exec(q, values))
        return list;
    while (q.next())
        list << read(q);
    return list;
}

} // namespace Rows
