#pragma once

#include "editors/EditorForm.h"
#include "model/Activity.h"

class CodeCombo;
class DateField;
class DeputyChecklist;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

/// Editor of a deputies' activity (履职活动) with the deputies who took part.
class ActivityForm : public EditorForm
{
    Q_OBJECT
public:
    /// `id` 0: a new activity with `defaultDeputyId` (0: nobody yet) among the participants.
    ActivityForm(Database &db, qint64 id, qint64 defaultDeputyId, QWidget *parent = nullptr);

    const Activity &activity() const { return m_activity; }

protected:
    Status validateForm() const override;
    Status saveForm() override;

private:
    Activity read() const;
    void load();

    Activity m_activity;
    CodeCombo *m_type;
    QLineEdit *m_title;
    DateField *m_heldOn;
    QLineEdit *m_place;
    QLineEdit *m_partner;
    QSpinBox *m_people;
    DeputyChecklist *m_participants;
    QPlainTextEdit *m_summary;
    QPlainTextEdit *m_notes;
};
