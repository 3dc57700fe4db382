#include "editors/ActivityForm.h"

#include "editors/FormLayouts.h"
#include "ledgers/ActivityRepository.h"
#include "widgets/CodeCombo.h"
#include "widgets/DateField.h"
#include "widgets/DeputyChecklist.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

ActivityForm::ActivityForm(Database &database, qint64 id, qint64 defaultDeputyId, QWidget *parent)
    : EditorForm(database, parent)
{
    setObjectName(QStringLiteral("activityForm"));
    if (id > 0) {
        if (const auto found = ActivityRepository(db()).find(id))
            m_activity = *found;
    }
    if (!m_activity.id) {
        m_activity.heldOn = QDate::currentDate();
        m_activity.type = QStringLiteral("visit_station");
        if (defaultDeputyId > 0)
            m_activity.participantIds << defaultDeputyId;
    }
    setWindowTitle(m_activity.id ? tr("Activity %1").arg(m_activity.title) : tr("New activity"));

    m_type = new CodeCombo(Codes::ActivityType, false, this);
    m_title = new QLineEdit(this);
    m_heldOn = new DateField(false, this);
    m_place = new QLineEdit(this);
    m_partner = new QLineEdit(this);
    m_partner->setPlaceholderText(tr("e.g. the other street of a joint-group activity"));
    m_people = new QSpinBox(this);
    m_people->setRange(-1, 10000000);
    m_people->setSpecialValueText(tr("unknown"));
    m_participants = new DeputyChecklist(db(), this);
    m_summary = new QPlainTextEdit(this);
    m_summary->setTabChangesFocus(true);
    m_summary->setMinimumHeight(90);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(60);

    QFormLayout *left = nullptr;
    QFormLayout *right = nullptr;
    body()->addLayout(FormLayouts::twoColumns(left, right));
    addField(left, tr("&Type:"), m_type, {QStringLiteral("type")});
    addField(left, tr("T&itle:"), m_title, {QStringLiteral("title")});
    addField(left, tr("&Held on:"), m_heldOn, {QStringLiteral("held_on")});
    addField(left, tr("&Place:"), m_place, {QStringLiteral("place")});
    addField(left, tr("P&artner:"), m_partner, {QStringLiteral("partner")});
    addField(left, tr("People &reached:"), m_people, {QStringLiteral("people_reached")});
    addField(right, tr("Participating &deputies:"), m_participants, {QStringLiteral("participants")});
    m_participants->setMaximumHeight(200);
    QFormLayout *wide = FormLayouts::column();
    body()->addLayout(wide, 1);
    addField(wide, tr("&Summary:"), m_summary, {QStringLiteral("summary")});
    addField(wide, tr("N&otes:"), m_notes, {QStringLiteral("notes")});

    connect(m_heldOn, &QDateEdit::dateChanged, this, [this](const QDate &d) { m_participants->setDate(d); });
    load();
    setSaveText(m_activity.id ? tr("&Save") : tr("&Add activity"));
    resize(820, sizeHint().height());
}

void ActivityForm::load()
{
    setLoading(true);
    m_type->setCode(m_activity.type);
    m_title->setText(m_activity.title);
    m_heldOn->setValue(m_activity.heldOn);
    m_place->setText(m_activity.place);
    m_partner->setText(m_activity.partner);
    m_people->setValue(m_activity.peopleReached);
    m_participants->setDate(m_activity.heldOn);
    m_participants->setCheckedIds(m_activity.participantIds);
    m_summary->setPlainText(m_activity.summary);
    m_notes->setPlainText(m_activity.notes);
    setLoading(false);
    markClean();
}

Activity ActivityForm::read() const
{
    Activity a = m_activity;
    a.type = m_type->code();
    a.title = m_title->text().trimmed();
    a.heldOn = m_heldOn->value();
    a.place = m_place->text().trimmed();
    a.partner = m_partner->text().trimmed();
    a.peopleReached = m_people->value();
    a.participantIds = m_participants->checkedIds();
    a.summary = m_summary->toPlainText().trimmed();
    a.notes = m_notes->toPlainText();
    return a;
}

Status ActivityForm::validateForm() const
{
    return ActivityRepository(db()).validate(read());
}

Status ActivityForm::saveForm()
{
    Activity a = read();
    ActivityRepository repo(db());
    const Status status = a.id ? repo.update(a) : repo.insert(a);
    if (!status)
        return status;
    m_activity = a;
    setWindowTitle(tr("Activity %1").arg(a.title));
    setSaveText(tr("&Save"));
    return status;
}
