#include "lists/AppealListModel.h"

#include "common/Ids.h"

AppealListModel::AppealListModel(const Database &db, QObject *parent)
    : SqlListModel(db, parent)
{
    setTable(QStringLiteral("appeals"),
             {
                 {QT_TRANSLATE_NOOP("SqlListModel", "Number"), QStringLiteral("number"),
                  QStringList{QStringLiteral("number_year"), QStringLiteral("number_seq")},
                  ListColumn::Display::Text},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Received"),
                  QStringLiteral("received_on"),
                  {},
                  ListColumn::Display::Date},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Deputy"),
                  deputyName(QStringLiteral("deputy_id")),
                  {},
                  ListColumn::Display::Text},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Channel"),
                  QStringLiteral("channel"),
                  {},
                  ListColumn::Display::Code,
                  Codes::Channel},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Constituent"),
                  QStringLiteral("person_name"),
                  {},
                  ListColumn::Display::Text},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Phone"),
                  QStringLiteral("person_phone"),
                  {},
                  ListColumn::Display::Phone},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Category"),
                  QStringLiteral("category"),
                  {},
                  ListColumn::Display::Text},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Status"),
                  QStringLiteral("status"),
                  {},
                  ListColumn::Display::Code,
                  Codes::AppealStatus},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Handling unit"),
                  QStringLiteral("handling_unit"),
                  {},
                  ListColumn::Display::Text},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Deadline"),
                  QStringLiteral("deadline"),
                  {},
                  ListColumn::Display::Date},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Content"), QStringLiteral("substr(content, 1, 120)"),
                  QStringList{QStringLiteral("content")}, ListColumn::Display::Text},
             },
             1, Qt::DescendingOrder);
}

QList<SqlCondition> AppealListModel::conditions(const ListFilter &f) const
{
    QList<SqlCondition> result;
    if (f.year)
        result.append({QStringLiteral("number_year = ?"), {f.year}});
    if (f.deputyId)
        result.append({QStringLiteral("deputy_id = ?"), {f.deputyId}});
    if (!f.status.isEmpty())
        result.append({QStringLiteral("status = ?"), {f.status}});
    if (!f.category.isEmpty())
        result.append({QStringLiteral("category = ?"), {f.category}});
    if (!f.channel.isEmpty())
        result.append({QStringLiteral("channel = ?"), {f.channel}});
    if (f.overdueOnly)
        result.append(DailyQueues::condition(DailyQueue::Overdue, f.effectiveToday()));
    if (f.queue)
        result.append(queueCondition(*f.queue, QStringLiteral("appeals"), f.effectiveToday()));
    result.append(withDeputyName(searchCondition(f.search, QStringLiteral("appeals_fts"),
                                                 {QStringLiteral("number"), QStringLiteral("person_name"),
                                                  QStringLiteral("person_address"), QStringLiteral("content"),
                                                  QStringLiteral("category"), QStringLiteral("handling_unit"),
                                                  QStringLiteral("result"), QStringLiteral("reply_content")}),
                                 f.search, QStringLiteral("deputy_id")));
    return result;
}

SqlCondition AppealListModel::overdueCondition(const QDate &today) const
{
    return DailyQueues::condition(DailyQueue::Overdue, today);
}
