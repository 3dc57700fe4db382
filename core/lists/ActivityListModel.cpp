#include "lists/ActivityListModel.h"

#include "common/Ids.h"

ActivityListModel::ActivityListModel(const Database &db, QObject *parent)
    : SqlListModel(db, parent)
{
    setTable(QStringLiteral("activities"),
             {
                 {QT_TRANSLATE_NOOP("SqlListModel", "Date"),
                  QStringLiteral("held_on"),
                  {},
                  ListColumn::Display::Date},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Type"),
                  QStringLiteral("type"),
                  {},
                  ListColumn::Display::Code,
                  Codes::ActivityType},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Title"),
                  QStringLiteral("title"),
                  {},
                  ListColumn::Display::Text},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Place"),
                  QStringLiteral("place"),
                  {},
                  ListColumn::Display::Text},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Deputies"),
                  QStringLiteral(
                      "(SELECT COUNT(*) FROM activity_participants p WHERE p.activity_id = activities.id)"),
                  {},
                  ListColumn::Display::Number},
                 {QT_TRANSLATE_NOOP("SqlListModel", "People reached"),
                  QStringLiteral("people_reached"),
                  {},
                  ListColumn::Display::Number},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Summary"), QStringLiteral("substr(summary, 1, 120)"),
                  QStringList{QStringLiteral("summary")}, ListColumn::Display::Text},
             },
             0, Qt::DescendingOrder);
}

QList<SqlCondition> ActivityListModel::conditions(const ListFilter &f) const
{
    QList<SqlCondition> result;
    if (f.year)
        result.append({QStringLiteral("held_on >= ? AND held_on < ?"),
                       {QString(QString::number(f.year) + QStringLiteral("-01-01")),
                        QString(QString::number(f.year + 1) + QStringLiteral("-01-01"))}});
    if (f.deputyId)
        result.append(
            {QStringLiteral("id IN (SELECT activity_id FROM activity_participants WHERE deputy_id = ?)"),
             {f.deputyId}});
    if (!f.category.isEmpty())
        result.append({QStringLiteral("type = ?"), {f.category}});
    result.append(searchCondition(f.search, {},
                                  {QStringLiteral("title"), QStringLiteral("place"),
                                   QStringLiteral("partner"), QStringLiteral("summary")}));
    return result;
}
