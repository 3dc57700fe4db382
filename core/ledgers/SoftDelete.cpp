#include "ledgers/SoftDelete.h"

#include "common/Ids.h"
#include "storage/Database.h"

Status SoftDelete::remove(Database &db, const char *table, qint64 id)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.status();
    QSqlQuery q = db.prepare(QStringLiteral("UPDATE %1 SET deleted_at = ?, updated_at = ? WHERE id = ? AND "
                                            "deleted_at IS NULL")
                                 .arg(QLatin1String(table)));
    const QString now = Ids::nowStamp();
    if (Status s = db.exec(q, {now, now, id}); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The record no longer exists or is already in the recycle bin."));
    return tx.commit();
}

Status SoftDelete::restore(Database &db, const char *table, qint64 id)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.status();
    QSqlQuery q =
        db.prepare(QStringLiteral("UPDATE %1 SET deleted_at = NULL, updated_at = ? WHERE id = ? AND "
                                  "deleted_at IS NOT NULL")
                       .arg(QLatin1String(table)));
    if (Status s = db.exec(q, {Ids::nowStamp(), id}); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The record is not in the recycle bin, so there is nothing to restore."));
    return tx.commit();
}

bool SoftDelete::isLive(const Database &db, const char *table, qint64 id)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE id = ? AND deleted_at IS NULL")
                         .arg(QLatin1String(table)),
                     {id})
               .toInt() == 1;
}
