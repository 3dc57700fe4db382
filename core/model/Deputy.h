#pragma once

#include <QDate>
#include <QString>

/// A people's-congress deputy (人大代表). A deputy who left keeps their records (termEnd set).
struct Deputy
{
    qint64 id = 0;
    QString uuid;
    qint64 stationId = 0;
    QString name;
    QString gender;        ///< Codes::Gender
    QString level;         ///< Codes::DeputyLevel
    int term = 0;          ///< 第N届; 0 when unknown
    QString constituency;  ///< 选区
    QString employer;
    QString post;
    QString sector;        ///< 企业, 医护, 社区, 教育, ...
    QString phone;
    QDate termStart;
    QDate termEnd;         ///< null while in office
    QString notes;
    QString createdAt;
    QString updatedAt;

    bool inOfficeOn(const QDate &date) const
    {
        return (!termStart.isValid() || date >= termStart) && (!termEnd.isValid() || date <= termEnd);
    }
};
