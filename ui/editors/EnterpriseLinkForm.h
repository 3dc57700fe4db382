#pragma once

#include "editors/EditorForm.h"
#include "model/EnterpriseLink.h"

class DateField;
class DeputyPicker;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

/// Editor of an enterprise link (一包二) and the deputy's visits to that enterprise.
class EnterpriseLinkForm : public EditorForm
{
    Q_OBJECT
public:
    /// `id` 0: a new link of `deputyId`.
    EnterpriseLinkForm(Database &db, qint64 id, qint64 deputyId, QWidget *parent = nullptr);

    const EnterpriseLink &link() const { return m_link; }
    /// Opens the visit dialog for visit `visitId` (0: a new visit); the link is saved first.
    void editVisit(qint64 visitId);

protected:
    Status validateForm() const override;
    Status saveForm() override;

private:
    EnterpriseLink read() const;
    void load();
    void refreshVisits();
    void removeVisit();

    EnterpriseLink m_link;
    DeputyPicker *m_deputy;
    QLineEdit *m_enterprise;
    QLineEdit *m_contact;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    DateField *m_since;
    QPlainTextEdit *m_notes;
    QTreeWidget *m_visits;
    QPushButton *m_editVisit;
    QPushButton *m_removeVisit;
};
