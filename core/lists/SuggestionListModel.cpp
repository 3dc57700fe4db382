#include "lists/SuggestionListModel.h"

#include "common/Ids.h"

SuggestionListModel::SuggestionListModel(const Database &db, QObject *parent)
    : SqlListModel(db, parent)
{
    setTable(QStringLiteral("suggestions"),
             {
                 {QT_TRANSLATE_NOOP("SqlListModel", "Number"), QStringLiteral("number"),
                  QStringList{QStringLiteral("number_year"), QStringLiteral("number_seq")},
                  ListColumn::Display::Text},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Title"),
                  QStringLiteral("title"),
                  {},
                  ListColumn::Display::Text},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Lead deputy"),
                  deputyName(QStringLiteral("lead_deputy_id")),
                  {},
                  ListColumn::Display::Text},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Kind"),
                  QStringLiteral("kind"),
                  {},
                  ListColumn::Display::Code,
                  Codes::SuggestionKind},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Submitted"),
                  QStringLiteral("submitted_on"),
                  {},
                  ListColumn::Display::Date},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Deadline"),
                  QStringLiteral("deadline"),
                  {},
                  ListColumn::Display::Date},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Status"),
                  QStringLiteral("status"),
                  {},
                  ListColumn::Display::Code,
                  Codes::SuggestionStatus},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Round"),
                  QStringLiteral("round"),
                  {},
                  ListColumn::Display::Number},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Grade"),
                  QStringLiteral("grade"),
                  {},
                  ListColumn::Display::Text},
                 {QT_TRANSLATE_NOOP("SqlListModel", "Satisfaction"),
                  QStringLiteral("satisfaction"),
                  {},
                  ListColumn::Display::Code,
                  Codes::Satisfaction},
             },
             0, Qt::DescendingOrder);
}

QList<SqlCondition> SuggestionListModel::conditions(const ListFilter &f) const
{
    QList<SqlCondition> result;
    if (f.year)
        result.append({QStringLiteral("number_year = ?"), {f.year}});
    if (f.deputyId)
        result.append(
            {QStringLiteral("(lead_deputy_id = ? OR id IN (SELECT suggestion_id FROM suggestion_cosigners "
                            "WHERE deputy_id = ?))"),
             {f.deputyId, f.deputyId}});
    if (!f.status.isEmpty())
        result.append({QStringLiteral("status = ?"), {f.status}});
    if (f.overdueOnly)
        result.append(overdueCondition(f.effectiveToday()));
    if (f.queue)
        result.append(queueCondition(*f.queue, QStringLiteral("suggestions"), f.effectiveToday()));
    result.append(withDeputyName(
        searchCondition(f.search, QStringLiteral("suggestions_fts"),
                        {QStringLiteral("number"), QStringLiteral("title"), QStringLiteral("content"),
                         QStringLiteral("reply_summary"), QStringLiteral("contact_person")}),
        f.search, QStringLiteral("lead_deputy_id")));
    return result;
}

SqlCondition SuggestionListModel::overdueCondition(const QDate &today) const
{
    // By rule the written reply is due by the deadline; a submitted suggestion past it is late.
    return {QStringLiteral("status = 'submitted' AND deadline < ?"), {Ids::dateText(today)}};
}
