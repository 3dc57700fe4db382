#pragma once

#include "lists/SqlListModel.h"

/// Ledger 2 (诉求记录台账) as a list: one row per appeal, newest first.
class AppealListModel : public SqlListModel
{
    Q_OBJECT
public:
    explicit AppealListModel(const Database &db, QObject *parent = nullptr);

protected:
    QList<SqlCondition> conditions(const ListFilter &filter) const override;
    SqlCondition overdueCondition(const QDate &today) const override;
};
