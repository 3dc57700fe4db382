#pragma once

#include "editors/EditorForm.h"
#include "model/Suggestion.h"
#include "rules/SuggestionWorkflow.h"

class CodeCombo;
class DeputyChecklist;
class DeputyPicker;
class HandlingPane;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTreeWidget;

/// Editor of a deputy's suggestion (建议): what is proposed, by whom, to which units; beside it the
/// handling of the current round, the earlier rounds, and a button for each step its state allows.
class SuggestionForm : public EditorForm
{
    Q_OBJECT
public:
    /// `id` 0: a new draft led by `defaultDeputyId`.
    SuggestionForm(Database &db, qint64 id, qint64 defaultDeputyId, QWidget *parent = nullptr);

    const Suggestion &suggestion() const { return m_suggestion; }
    /// Runs one workflow step through its dialog (the buttons call this).
    void runAction(SuggestionWorkflow::Action action);

protected:
    Status validateForm() const override;
    Status saveForm() override;

private:
    Suggestion read() const;
    void load();
    void refreshHandling();
    void addUnitRow(const QString &unit, const QString &role);
    QList<qint64> sourceAppealIds(QStringList *unknown) const;

    bool actSubmit();
    bool actExtend();
    bool actReply();
    bool actRate();
    bool actRehandle();
    bool actRecordVisit();

    Suggestion m_suggestion;
    QLabel *m_header;
    QLineEdit *m_title;
    CodeCombo *m_kind;
    DeputyPicker *m_lead;
    DeputyChecklist *m_cosigners;
    QTableWidget *m_units;
    QLineEdit *m_contactPerson;
    QLineEdit *m_contactPhone;
    QLineEdit *m_sources;
    QPlainTextEdit *m_content;
    QPlainTextEdit *m_notes;
    HandlingPane *m_handling;
    QTreeWidget *m_rounds;
    QLabel *m_roundsLabel;
};
