#pragma once

#include "editors/EditorForm.h"
#include "model/FollowUpVisit.h"

class CodeCombo;
class DateField;
class DeputyPicker;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

/// Editor of a follow-up visit (回访). A new visit is recorded through the appeal's or suggestion's
/// workflow, which closes the matter or, on 不满意 / "needs more work", reopens it; the verdict of a
/// visit already recorded cannot change afterwards (it decided the matter's course).
class FollowUpVisitForm : public EditorForm
{
    Q_OBJECT
public:
    /// `id` 0: a new visit of `appealId` or `suggestionId`; with both 0 the clerk enters an appeal number.
    FollowUpVisitForm(Database &db, qint64 id, qint64 appealId, qint64 suggestionId,
                      QWidget *parent = nullptr);

    const FollowUpVisit &visit() const { return m_visit; }

protected:
    Status validateForm() const override;
    Status saveForm() override;

private:
    FollowUpVisit read() const;
    void load();
    void describeTarget();
    void updateConsequence();

    FollowUpVisit m_visit;
    QLabel *m_target;
    QLineEdit *m_appealNumber = nullptr;
    DateField *m_visitedOn;
    CodeCombo *m_method;
    DeputyPicker *m_deputy;
    QLineEdit *m_clerk;
    QLineEdit *m_person;
    QPlainTextEdit *m_feedback;
    CodeCombo *m_satisfaction;
    QCheckBox *m_needsMore;
    QLabel *m_consequence;
};
