#include "lists/DeputyListModel.h"

#include "common/Ids.h"

namespace {
// Appeals that still need the station's work: not yet resolved.
const char *const kOpenAppeals =
    "(SELECT COUNT(*) FROM appeals a WHERE a.deputy_id = deputies.id "
    "AND a.deleted_at IS NULL AND a.status IN ('registered', 'accepted', 'in_progress'))";
} // namespace

DeputyListModel::DeputyListModel(const Database &db, QObject *parent)
    : SqlListModel(db, parent)
{
    setToday(QDate::currentDate());
}

void DeputyListModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    const bool first = !m_today.isValid();
    m_today = today;
    // The overdue count uses DailyQueues' rule; its date is the only value bound in a select, so it is
    // written as a literal ISO date of today, which is not user text.
    const SqlCondition overdue = DailyQueues::condition(DailyQueue::Overdue, today);
    QString overdueSql = overdue.sql;
    overdueSql.replace(QLatin1Char('?'),
                       QLatin1Char('\'') + overdue.values.value(0).toString() + QLatin1Char('\''));
    const QString overdueCount =
        QStringLiteral("(SELECT COUNT(*) FROM appeals WHERE appeals.deputy_id = deputies.id AND ") +
        overdueSql + QLatin1Char(')');
    setTable(QStringLiteral("deputies"),
             {
                 {QT_TRANSLATE_NOOP("SqlListModel", "Name"),
                  QStringLiteral("name"),
                  {},
                  ListColumn::Display::Text},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Level"), QStringLiteral("level"),
                  QStringList{QStringLiteral("CASE level WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 "
                                             "WHEN 'municipal' THEN 3 WHEN 'district' THEN 4 ELSE 5 END"),
                              QStringLiteral("name")},
                  ListColumn::Display::Code, Codes::DeputyLevel},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Open"),
                  QString::fromLatin1(kOpenAppeals),
                  {},
                  ListColumn::Display::Number},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Overdue"), overdueCount, {}, ListColumn::Display::Count},
             },
             first ? int(LevelColumn) : sortColumn(), first ? Qt::AscendingOrder : sortOrder());
}

QList<SqlCondition> DeputyListModel::conditions(const ListFilter &f) const
{
    QList<SqlCondition> result;
    if (!f.level.isEmpty())
        result.append({QStringLiteral("level = ?"), {f.level}});
    if (!f.includeFormer)
        result.append(
            {QStringLiteral("term_end IS NULL OR term_end >= ?"), {Ids::dateText(f.effectiveToday())}});
    result.append(searchCondition(f.search, {}, {QStringLiteral("name"), QStringLiteral("employer")}));
    return result;
}
