#pragma once

#include "lists/SqlListModel.h"

/// Deputies' activities (履职活动) as a list.
class ActivityListModel : public SqlListModel
{
    Q_OBJECT
public:
    explicit ActivityListModel(const Database &db, QObject *parent = nullptr);

protected:
    QList<SqlCondition> conditions(const ListFilter &filter) const override;
};
