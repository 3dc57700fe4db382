#pragma once

#include "lists/SqlListModel.h"

/// Ledger 3 (建议记录台账) as a list: one row per suggestion.
class SuggestionListModel : public SqlListModel
{
    Q_OBJECT
public:
    explicit SuggestionListModel(const Database &db, QObject *parent = nullptr);

protected:
    QList<SqlCondition> conditions(const ListFilter &filter) const override;
    SqlCondition overdueCondition(const QDate &today) const override;
};
