#pragma once

#include "lists/SqlListModel.h"

/// Ledger 4 (民意诉求回访台账) as a list: one row per follow-up visit.
class FollowUpVisitListModel : public SqlListModel
{
    Q_OBJECT
public:
    explicit FollowUpVisitListModel(const Database &db, QObject *parent = nullptr);

protected:
    QList<SqlCondition> conditions(const ListFilter &filter) const override;
};
