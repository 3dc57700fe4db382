#pragma once

#include "lists/SqlListModel.h"

/// The deputy list beside the ledgers: name, level, how many of their appeals are open and how many of
/// those are overdue (shown red). Former deputies (mandate ended) only when the filter asks for them.
class DeputyListModel : public SqlListModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, LevelColumn, OpenColumn, OverdueColumn };

    explicit DeputyListModel(const Database &db, QObject *parent = nullptr);

    /// The day the overdue counts are judged on (today when the model was made); takes effect at the
    /// next reload. A window left open past midnight moves it on.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

protected:
    QList<SqlCondition> conditions(const ListFilter &filter) const override;

private:
    QDate m_today;
};
