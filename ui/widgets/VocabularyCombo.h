#pragma once

#include <QComboBox>

class Database;

/// An editable list of categories or handling units (VocabularyRepository): the clerk picks a value
/// or types a new one, which joins the list when the record is saved (remember()).
class VocabularyCombo : public QComboBox
{
    Q_OBJECT
public:
    /// `kind`: VocabularyRepository::category() or unit().
    VocabularyCombo(Database &db, const QString &kind, QWidget *parent = nullptr);

    /// The text chosen or typed, trimmed.
    QString value() const;
    void setValue(const QString &value);
    /// Adds a newly typed value to the list, so that the next record offers it.
    void remember();

private:
    void reload();

    Database &m_db;
    QString m_kind;
};
