#pragma once

#include <QDate>
#include <QString>

/// A deputy's visit to a linked enterprise.
struct EnterpriseVisit
{
    qint64 id = 0;
    QString uuid;
    qint64 linkId = 0;
    QDate visitedOn;
    QString summary;
    QString problems;  ///< difficulties the enterprise raised
    QString createdAt;
    QString updatedAt;
};
