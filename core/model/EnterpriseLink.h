#pragma once

#include <QDate>
#include <QString>

/// "One deputy, two enterprises" (一包二): an enterprise a deputy keeps contact with.
struct EnterpriseLink
{
    qint64 id = 0;
    QString uuid;
    qint64 deputyId = 0;
    QString enterprise;
    QString contactPerson;
    QString phone;
    QString address;
    QDate since;
    QString notes;
    QString createdAt;
    QString updatedAt;
};
