#pragma once

#include "lists/SqlListModel.h"

/// Enterprise links (一包二) as a list: the enterprises each deputy keeps contact with.
class EnterpriseLinkListModel : public SqlListModel
{
    Q_OBJECT
public:
    explicit EnterpriseLinkListModel(const Database &db, QObject *parent = nullptr);

protected:
    QList<SqlCondition> conditions(const ListFilter &filter) const override;
};
