#pragma once

#include "common/Status.h"
#include "model/EnterpriseLink.h"
#include "model/EnterpriseVisit.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

/// "One deputy, two enterprises" (一包二): the enterprises a deputy keeps contact with, and the visits.
class EnterpriseLinkRepository
{
    Q_DECLARE_TR_FUNCTIONS(EnterpriseLinkRepository)
public:
    explicit EnterpriseLinkRepository(Database &db);

    /// Required: a deputy that exists, the enterprise's name; checked: phone, "since" not in the future.
    Status validate(const EnterpriseLink &link) const;
    Status insert(EnterpriseLink &link);
    Status update(EnterpriseLink &link);
    std::optional<EnterpriseLink> find(qint64 id) const;
    std::optional<EnterpriseLink> findByUuid(const QString &uuid) const;
    /// A deputy's links, by date.
    QList<EnterpriseLink> forDeputy(qint64 deputyId) const;
    /// Every link not in the recycle bin.
    QList<EnterpriseLink> all() const;
    Status remove(qint64 id);
    Status restore(qint64 id);

    /// Required: a link not in the recycle bin, a date (not in the future, not before the link began).
    Status validateVisit(const EnterpriseVisit &visit) const;
    Status insertVisit(EnterpriseVisit &visit);
    Status updateVisit(EnterpriseVisit &visit);
    std::optional<EnterpriseVisit> findVisit(qint64 id) const;
    /// Visits of one link, by date.
    QList<EnterpriseVisit> visits(qint64 linkId) const;
    /// Visits of a deputy's links during `year`, by date.
    QList<EnterpriseVisit> visitsOfDeputy(qint64 deputyId, int year) const;
    Status removeVisit(qint64 id);
    Status restoreVisit(qint64 id);

private:
    QList<EnterpriseLink> query(const QString &where, const QVariantList &values) const;
    QList<EnterpriseVisit> queryVisits(const QString &where, const QVariantList &values) const;

    Database &m_db;
};
