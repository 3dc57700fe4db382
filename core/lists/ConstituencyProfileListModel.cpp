#include "lists/ConstituencyProfileListModel.h"

#include "common/Ids.h"

ConstituencyProfileListModel::ConstituencyProfileListModel(const Database &db, QObject *parent)
    : SqlListModel(db, parent)
{
    setTable(QStringLiteral("constituency_profiles"),
             {
                 {QT_TRANSLATE_NOOP("SqlListModel", "Year"),
                  QStringLiteral("year"),
                  {},
                  ListColumn::Display::Number},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Deputy"),
                  deputyName(QStringLiteral("deputy_id")),
                  {},
                  ListColumn::Display::Text},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Constituency"),
                  QStringLiteral("constituency"),
                  {},
                  ListColumn::Display::Text},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Households"),
                  QStringLiteral("households"),
                  {},
                  ListColumn::Display::Number},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Population"),
                  QStringLiteral("population"),
                  {},
                  ListColumn::Display::Number},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Voters"),
                  QStringLiteral("voters"),
                  {},
                  ListColumn::Display::Number},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Contact voters"),
                  QStringLiteral(
                      "(SELECT COUNT(*) FROM contact_voters c WHERE c.profile_id = constituency_profiles.id "
                      "AND c.deleted_at IS NULL)"),
                  {},
                  ListColumn::Display::Number},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Key problems"),
                  QStringLiteral("substr(key_problems, 1, 120)"), QStringList{QStringLiteral("key_problems")},
                  ListColumn::Display::Text},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Updated"),
                  QStringLiteral("updated_on"),
                  {},
                  ListColumn::Display::Date},
             },
             0, Qt::DescendingOrder);
}

QList<SqlCondition> ConstituencyProfileListModel::conditions(const ListFilter &f) const
{
    QList<SqlCondition> result;
    if (f.year)
        result.append({QStringLiteral("year = ?"), {f.year}});
    if (f.deputyId)
        result.append({QStringLiteral("deputy_id = ?"), {f.deputyId}});
    result.append(searchCondition(f.search, {},
                                  {QStringLiteral("constituency"), QStringLiteral("scope"),
                                   QStringLiteral("communities"), QStringLiteral("key_problems")}));
    return result;
}
