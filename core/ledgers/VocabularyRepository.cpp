#include "ledgers/VocabularyRepository.h"

#include "rules/Validator.h"
#include "storage/Database.h"

VocabularyRepository::VocabularyRepository(Database &db)
    : m_db(db)
{}

QStringList VocabularyRepository::values(const QString &kind) const
{
    QStringList list;
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT value FROM vocabulary WHERE kind = ? ORDER BY sort_order, value"));
    if (!m_db.exec(q, {kind}))
        return list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

bool VocabularyRepository::contains(const QString &kind, const QString &value) const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM vocabulary WHERE kind = ? AND value = ?"),
                       {kind, value.trimmed()})
               .toInt() > 0;
}

Status VocabularyRepository::validate(const QString &kind, const QString &value) const
{
    Validator v;
    const QString name = kind == unit() ? tr("Handling unit") : tr("Category");
    if (kind != category() && kind != unit())
        v.add(QStringLiteral("kind"), tr("Only categories and handling units can be added to."));
    v.requiredText(QStringLiteral("value"), name, value, 50);
    return v.status();
}

Status VocabularyRepository::add(const QString &kind, const QString &value)
{
    if (Status s = validate(kind, value); !s)
        return s;
    if (contains(kind, value))
        return Status::ok();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    QSqlQuery q =
        m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO vocabulary(kind, value, sort_order) VALUES "
                                    "(?, ?, (SELECT coalesce(max(sort_order), 0) + 1 FROM vocabulary "
                                    "WHERE kind = ?))"));
    if (Status s = m_db.exec(q, {kind, value.trimmed(), kind}); !s)
        return s;
    return tx.commit();
}

Status VocabularyRepository::remove(const QString &kind, const QString &value)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM vocabulary WHERE kind = ? AND value = ?"));
    if (Status s = m_db.exec(q, {kind, value.trimmed()}); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("\"%1\" is not on the list.").arg(value));
    return tx.commit();
}
