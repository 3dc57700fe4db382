#pragma once

#include <QString>

/// A liaison station (联络站 / 联络点). A file belongs to one station; a district's merged file holds many.
struct Station
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString street;   ///< 街道
    QString address;
    QString createdAt;
    QString updatedAt;
};
