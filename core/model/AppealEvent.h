#pragma once

#include <QDate>
#include <QString>

/// One entry of an appeal's progress log and timeline: a transition or a push (督办).
struct AppealEvent
{
    qint64 id = 0;
    QString uuid;
    qint64 appealId = 0;
    QDate happenedOn;
    QString kind;   ///< registered, accepted, redirected, assigned, push, resolved, answered, visited, reopened, merged, converted
    QString note;
    QString actor;
    QString createdAt;
};
