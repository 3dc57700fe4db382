#pragma once

#include <QString>

/// One of a deputy's fixed-contact voters (联系选民), kept in the constituency profile.
struct ContactVoter
{
    qint64 id = 0;
    QString uuid;
    qint64 profileId = 0;
    QString name;
    QString phone;
    QString address;
    QString notes;
};
