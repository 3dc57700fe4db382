#pragma once

#include "common/Status.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

/// The editable lists the clerk extends by typing a new value: appeal categories and handling units.
class VocabularyRepository
{
    Q_DECLARE_TR_FUNCTIONS(VocabularyRepository)
public:
    /// Kinds of list.
    static QString category() { return QStringLiteral("category"); }
    static QString unit() { return QStringLiteral("unit"); }

    explicit VocabularyRepository(Database &db);

    /// The values of `kind` in their order (the seeded ones first, then in the order they were added).
    QStringList values(const QString &kind) const;
    bool contains(const QString &kind, const QString &value) const;
    /// A value must be one line of at most 50 characters; the kind must be category or unit.
    Status validate(const QString &kind, const QString &value) const;
    /// Adds `value` (trimmed) at the end of the list; a value already there is left as it is.
    Status add(const QString &kind, const QString &value);
    /// Takes a value off the list offered for new records; records that use it keep it.
    Status remove(const QString &kind, const QString &value);

private:
    Database &m_db;
};
