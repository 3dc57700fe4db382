#include "lists/FollowUpVisitListModel.h"

#include "common/Ids.h"

FollowUpVisitListModel::FollowUpVisitListModel(const Database &db, QObject *parent)
    : SqlListModel(db, parent)
{
    setTable(QStringLiteral("follow_up_visits"),
             {
                 {QT_TRANSLATE_NOOP("SqlListModel", "Visited"),
                  QStringLiteral("visited_on"),
                  {},
                  ListColumn::Display::Date},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Appeal / suggestion"),
                  QStringLiteral("COALESCE((SELECT number FROM appeals WHERE appeals.id = appeal_id), "
                                 "(SELECT number FROM suggestions WHERE suggestions.id = suggestion_id))"),
                  {},
                  ListColumn::Display::Text},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Method"),
                  QStringLiteral("method"),
                  {},
                  ListColumn::Display::Code,
                  Codes::VisitMethod},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Visitor"),
                  QStringLiteral("trim(COALESCE(") + deputyName(QStringLiteral("visitor_deputy_id")) +
                      QStringLiteral(", '') || ' ' || visitor_clerk)"),
                  {},
                  ListColumn::Display::Text},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Visited person"),
                  QStringLiteral("visited_person"),
                  {},
                  ListColumn::Display::Text},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Satisfaction"),
                  QStringLiteral("satisfaction"),
                  {},
                  ListColumn::Display::Code,
                  Codes::Satisfaction},
                 {QT_TRANSLATE_NOOP("SqlListModel", "More work needed"),
                  QStringLiteral("needs_more"),
                  {},
                  ListColumn::Display::YesNo},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Feedback"), QStringLiteral("substr(feedback, 1, 120)"),
                  QStringList{QStringLiteral("feedback")}, ListColumn::Display::Text},
             },
             0, Qt::DescendingOrder);
}

QList<SqlCondition> FollowUpVisitListModel::conditions(const ListFilter &f) const
{
    QList<SqlCondition> result;
    if (f.year)
        result.append({QStringLiteral("visited_on >= ? AND visited_on < ?"),
                       {QString(QString::number(f.year) + QStringLiteral("-01-01")),
                        QString(QString::number(f.year + 1) + QStringLiteral("-01-01"))}});
    if (f.deputyId)
        result.append({QStringLiteral("(visitor_deputy_id = ? OR appeal_id IN (SELECT id FROM appeals WHERE "
                                      "deputy_id = ?) OR suggestion_id IN (SELECT id FROM suggestions WHERE "
                                      "lead_deputy_id = ?))"),
                       {f.deputyId, f.deputyId, f.deputyId}});
    if (!f.status.isEmpty())
        result.append({QStringLiteral("satisfaction = ?"), {f.status}});
    result.append(searchCondition(
        f.search, {},
        {QStringLiteral("visited_person"), QStringLiteral("feedback"), QStringLiteral("visitor_clerk")}));
    return result;
}
