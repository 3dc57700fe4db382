#include "lists/DeputyListModel.h"

#include "common/Ids.h"

namespace {
// Appeals that still need the station's work: not yet resolved.
const char *const kOpenCondition = "deleted_at IS NULL AND status IN ('registered', 'accepted', 'in_progress')";

/// The number of appeals meeting `condition` of the row's deputy. The appeals are counted once per
/// statement for all deputies, grouped (through the index on the live appeals' status; SQLite keeps
/// the grouped rows with an automatic index), instead of once per deputy through every appeal of theirs
/// (256 deputies with 100,000 appeals: 3 ms instead of 200 ms, which the window waited for on open).
QString countPerDeputy(const QString &condition)
{
    return QStringLiteral("coalesce((SELECT c.n FROM (SELECT deputy_id, COUNT(*) AS n FROM appeals WHERE ") +
           condition + QStringLiteral(" GROUP BY deputy_id) AS c WHERE c.deputy_id = deputies.id), 0)");
}
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
    const QString overdueCount = countPerDeputy(overdueSql);
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
                  countPerDeputy(QString::fromLatin1(kOpenCondition)),
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
