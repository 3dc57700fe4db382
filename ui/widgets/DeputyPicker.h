#pragma once

#include <QComboBox>
#include <QDate>

class Database;

/// Chooses a deputy by typing part of the name. Offers the deputies in office on the record's date;
/// a deputy already chosen who has left office stays listed, marked as former.
class DeputyPicker : public QComboBox
{
    Q_OBJECT
public:
    /// `optional`: the first entry is "nobody" (id 0).
    DeputyPicker(Database &db, bool optional, QWidget *parent = nullptr);

    /// The chosen deputy; 0 for nobody; -1 when the typed text names no deputy on the list.
    qint64 deputyId() const;
    void setDeputyId(qint64 id);
    /// Lists the deputies in office on `date` (all deputies for a null date), keeping the choice.
    void setDate(const QDate &date);

private:
    void reload();

    Database &m_db;
    bool m_optional;
    QDate m_date;
};
