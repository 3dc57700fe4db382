#pragma once

#include <QDate>
#include <QListWidget>

class Database;

/// Several deputies ticked in a list (co-signers of a suggestion, participants of an activity). Offers
/// the deputies in office on the record's date; ticked deputies who left office stay, marked as former.
class DeputyChecklist : public QListWidget
{
    Q_OBJECT
public:
    explicit DeputyChecklist(Database &db, QWidget *parent = nullptr);

    QList<qint64> checkedIds() const;
    void setCheckedIds(const QList<qint64> &ids);
    /// Lists the deputies in office on `date`, keeping the ticks.
    void setDate(const QDate &date);
    /// Leaves `id` out of the list (the lead deputy is not also a co-signer).
    void setExcluded(qint64 id);

private:
    void reload(const QList<qint64> &checked);

    Database &m_db;
    QDate m_date;
    qint64 m_excluded = 0;
};
