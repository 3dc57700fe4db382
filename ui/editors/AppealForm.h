#pragma once

#include "editors/EditorForm.h"
#include "model/Appeal.h"
#include "rules/AppealWorkflow.h"

class CodeCombo;
class DateField;
class DeputyPicker;
class HandlingPane;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTreeWidget;
class VocabularyCombo;

/// Editor of an appeal (诉求记录): what was registered (editable), and beside it how it is being handled —
/// the timeline from the progress log and a button for each step its state allows (AppealWorkflow).
class AppealForm : public EditorForm
{
    Q_OBJECT
public:
    /// `id` 0: a new appeal, received by `defaultDeputyId` (0: the clerk alone).
    AppealForm(Database &db, qint64 id, qint64 defaultDeputyId, QWidget *parent = nullptr);

    const Appeal &appeal() const { return m_appeal; }
    /// Runs one workflow step through its dialog (the buttons call this).
    void runAction(AppealWorkflow::Action action);

protected:
    Status validateForm() const override;
    Status saveForm() override;

private:
    Appeal read() const;
    void load();
    void refreshHandling();

    bool actAccept();
    bool actRedirect();
    bool actAssign();
    bool actPush();
    bool actResolve();
    bool actAnswer();
    bool actRecordVisit();
    bool actMarkDuplicate();
    bool actConvert();

    Appeal m_appeal;
    QLabel *m_header;
    DateField *m_receivedOn;
    CodeCombo *m_channel;
    DeputyPicker *m_deputy;
    QLineEdit *m_personName;
    QLineEdit *m_personPhone;
    QLineEdit *m_personAddress;
    QCheckBox *m_isGroup;
    QSpinBox *m_groupSize;
    VocabularyCombo *m_category;
    CodeCombo *m_urgency;
    QCheckBox *m_confidential;
    QPlainTextEdit *m_content;
    QPlainTextEdit *m_notes;
    HandlingPane *m_handling;
    QTreeWidget *m_timeline;
};
