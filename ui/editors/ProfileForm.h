#pragma once

#include "editors/EditorForm.h"
#include "model/ConstituencyProfile.h"

class DateField;
class DeputyPicker;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

/// Editor of a deputy's constituency profile of one year (选区概况台账), with the fixed-contact voters.
class ProfileForm : public EditorForm
{
    Q_OBJECT
public:
    /// `id` 0: the profile of `deputyId` for `year` — opened if it exists, else a new one.
    ProfileForm(Database &db, qint64 id, qint64 deputyId, int year, QWidget *parent = nullptr);

    const ConstituencyProfile &profile() const { return m_profile; }
    /// Appends an empty contact voter row and starts editing its name.
    void addVoterRow();

protected:
    Status validateForm() const override;
    Status saveForm() override;

private:
    ConstituencyProfile read() const;
    void load();
    void insertVoter(const ContactVoter &voter);
    /// Removes the selected voter: a saved one goes to the recycle bin (after the question).
    void removeVoter();
    void updateVoterCount();

    ConstituencyProfile m_profile;
    DeputyPicker *m_deputy;
    QSpinBox *m_year;
    QLineEdit *m_constituency;
    QPlainTextEdit *m_scope;
    QSpinBox *m_households;
    QSpinBox *m_population;
    QSpinBox *m_voters;
    QPlainTextEdit *m_communities;
    QPlainTextEdit *m_enterprises;
    QPlainTextEdit *m_facilities;
    QPlainTextEdit *m_keyProblems;
    DateField *m_updatedOn;
    QPlainTextEdit *m_notes;
    QTableWidget *m_contacts;
    QLabel *m_contactCount;
};
