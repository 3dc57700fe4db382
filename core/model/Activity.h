#pragma once

#include <QDate>
#include <QList>
#include <QString>

/// A dated record of what deputies did (履职活动); the annual report counts them by type.
struct Activity
{
    qint64 id = 0;
    QString uuid;
    qint64 stationId = 0;
    QString type;            ///< Codes::ActivityType
    QString title;
    QDate heldOn;
    QString place;
    QString partner;         ///< e.g. the other street of a joint-group activity
    int peopleReached = -1;  ///< -1 when unknown
    QString summary;
    QString notes;
    QList<qint64> participantIds;
    QString createdAt;
    QString updatedAt;
};
