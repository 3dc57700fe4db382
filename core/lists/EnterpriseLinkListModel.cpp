#include "lists/EnterpriseLinkListModel.h"

#include "common/Ids.h"

EnterpriseLinkListModel::EnterpriseLinkListModel(const Database &db, QObject *parent)
    : SqlListModel(db, parent)
{
    setTable(
        QStringLiteral("enterprise_links"),
        {
            {QT_TRANSLATE_NOOP("SqlListModel", "Enterprise"),
             QStringLiteral("enterprise"),
             {},
             ListColumn::Display::Text},
            {QT_TRANSLATE_NOOP("SqlListModel", "Deputy"),
             deputyName(QStringLiteral("deputy_id")),
             {},
             ListColumn::Display::Text},
            {QT_TRANSLATE_NOOP("SqlListModel", "Contact person"),
             QStringLiteral("contact_person"),
             {},
             ListColumn::Display::Text},
            {QT_TRANSLATE_NOOP("SqlListModel", "Phone"),
             QStringLiteral("phone"),
             {},
             ListColumn::Display::Phone},
            {QT_TRANSLATE_NOOP("SqlListModel", "Since"),
             QStringLiteral("since"),
             {},
             ListColumn::Display::Date},
            {QT_TRANSLATE_NOOP("SqlListModel", "Visits"),
             QStringLiteral("(SELECT COUNT(*) FROM enterprise_visits v WHERE v.link_id = enterprise_links.id "
                            "AND v.deleted_at IS NULL)"),
             {},
             ListColumn::Display::Number},
            {QT_TRANSLATE_NOOP("SqlListModel", "Last visit"),
             QStringLiteral(
                 "(SELECT MAX(visited_on) FROM enterprise_visits v WHERE v.link_id = enterprise_links.id "
                 "AND v.deleted_at IS NULL)"),
             {},
             ListColumn::Display::Date},
        },
        1, Qt::AscendingOrder);
}

QList<SqlCondition> EnterpriseLinkListModel::conditions(const ListFilter &f) const
{
    QList<SqlCondition> result;
    if (f.deputyId)
        result.append({QStringLiteral("deputy_id = ?"), {f.deputyId}});
    result.append(searchCondition(
        f.search, {},
        {QStringLiteral("enterprise"), QStringLiteral("contact_person"), QStringLiteral("address")}));
    return result;
}
