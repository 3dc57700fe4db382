#pragma once

#include "editors/EditorForm.h"
#include "model/Deputy.h"

class CodeCombo;
class DateField;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

/// Editor of a deputy (人大代表): who they are, their level and term, how to reach them, their mandate.
class DeputyForm : public EditorForm
{
    Q_OBJECT
public:
    /// `id` 0: a new deputy.
    DeputyForm(Database &db, qint64 id, QWidget *parent = nullptr);

    const Deputy &deputy() const { return m_deputy; }

protected:
    Status validateForm() const override;
    Status saveForm() override;

private:
    Deputy read() const;
    void load();

    Deputy m_deputy;
    QLineEdit *m_name;
    CodeCombo *m_gender;
    CodeCombo *m_level;
    QSpinBox *m_term;
    QLineEdit *m_phone;
    QLineEdit *m_constituency;
    QLineEdit *m_employer;
    QLineEdit *m_post;
    QComboBox *m_sector;
    DateField *m_termStart;
    DateField *m_termEnd;
    QPlainTextEdit *m_notes;
};
