#pragma once

#include <QString>

/// The clerk's own words for a year's work report: 二、存在不足 and 三、下一年工作思路.
struct ReportNarrative
{
    qint64 stationId = 0;
    int year = 0;
    QString shortcomings; ///< 存在不足
    QString nextYearPlan; ///< 下一年工作思路
    QString updatedAt;
};
