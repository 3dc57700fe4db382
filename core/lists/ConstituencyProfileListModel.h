#pragma once

#include "lists/SqlListModel.h"

/// Ledger 1 (选区概况台账) as a list: one profile per deputy and year.
class ConstituencyProfileListModel : public SqlListModel
{
    Q_OBJECT
public:
    explicit ConstituencyProfileListModel(const Database &db, QObject *parent = nullptr);

protected:
    QList<SqlCondition> conditions(const ListFilter &filter) const override;
};
