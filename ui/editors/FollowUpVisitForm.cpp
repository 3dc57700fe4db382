#include "editors/FollowUpVisitForm.h"

#include "editors/FormLayouts.h"
#include "ledgers/AppealRepository.h"
#include "ledgers/FollowUpVisitRepository.h"
#include "ledgers/SuggestionRepository.h"
#include "rules/AppealWorkflow.h"
#include "rules/SuggestionWorkflow.h"
#include "widgets/CodeCombo.h"
#include "widgets/DateField.h"
#include "widgets/DeputyPicker.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QVBoxLayout>

FollowUpVisitForm::FollowUpVisitForm(Database &database, qint64 id, qint64 appealId, qint64 suggestionId,
                                     QWidget *parent)
    : EditorForm(database, parent)
{
    setObjectName(QStringLiteral("followUpVisitForm"));
    if (id > 0) {
        if (const auto found = FollowUpVisitRepository(db()).find(id))
            m_visit = *found;
    }
    if (!m_visit.id) {
        m_visit.appealId = appealId;
        m_visit.suggestionId = suggestionId;
        m_visit.visitedOn = QDate::currentDate();
        m_visit.method = QStringLiteral("phone");
        m_visit.satisfaction = QStringLiteral("satisfied");
        m_visit.visitorClerk = QSettings().value(QStringLiteral("clerkName")).toString();
        if (appealId > 0) {
            if (const auto a = AppealRepository(db()).find(appealId)) {
                m_visit.visitedPerson = a->personName;
                m_visit.visitorDeputyId = a->deputyId;
            }
        } else if (suggestionId > 0) {
            if (const auto s = SuggestionRepository(db()).find(suggestionId))
                m_visit.visitorDeputyId = s->leadDeputyId;
        }
    }
    setWindowTitle(m_visit.id ? tr("Follow-up visit") : tr("New follow-up visit"));

    m_target = new QLabel(this);
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setWordWrap(true);
    m_visitedOn = new DateField(false, this);
    m_method = new CodeCombo(Codes::VisitMethod, false, this);
    m_deputy = new DeputyPicker(db(), true, this);
    m_clerk = new QLineEdit(this);
    m_person = new QLineEdit(this);
    m_feedback = new QPlainTextEdit(this);
    m_feedback->setTabChangesFocus(true);
    m_feedback->setMinimumHeight(80);
    m_satisfaction = new CodeCombo(Codes::Satisfaction, false, this);
    m_needsMore = new QCheckBox(tr("More work is needed"), this);
    m_consequence = new QLabel(this);
    m_consequence->setObjectName(QStringLiteral("consequence"));
    m_consequence->setWordWrap(true);

    QFormLayout *form = FormLayouts::column();
    body()->addLayout(form);
    if (!m_visit.appealId && !m_visit.suggestionId) {
        m_appealNumber = new QLineEdit(this);
        m_appealNumber->setPlaceholderText(tr("e.g. 2026-0012"));
        addField(form, tr("&Appeal number:"), m_appealNumber, {QStringLiteral("appeal_id")});
    } else {
        addField(form, m_visit.appealId ? tr("Appeal:") : tr("Suggestion:"), m_target,
                 {QStringLiteral("appeal_id"), QStringLiteral("suggestion_id")});
    }
    addField(form, tr("&Visited on:"), m_visitedOn, {QStringLiteral("visited_on")});
    addField(form, tr("&Method:"), m_method, {QStringLiteral("method")});
    addField(form, tr("Visiting &deputy:"), m_deputy, {QStringLiteral("visitor_deputy_id")});
    addField(form, tr("Visiting &clerk:"), m_clerk, {QStringLiteral("visitor_clerk")});
    addField(form, tr("&Person visited:"), m_person, {QStringLiteral("visited_person")});
    addField(form, tr("What they &said:"), m_feedback, {QStringLiteral("feedback")});
    addField(form, tr("&Satisfaction:"), m_satisfaction, {QStringLiteral("satisfaction")});
    addField(form, QString(), m_needsMore, {QStringLiteral("needs_more")});
    form->addRow(QString(), m_consequence);

    connect(m_visitedOn, &QDateEdit::dateChanged, this, [this](const QDate &d) { m_deputy->setDate(d); });
    connect(m_satisfaction, &QComboBox::currentIndexChanged, this, &FollowUpVisitForm::updateConsequence);
    connect(m_needsMore, &QCheckBox::toggled, this, &FollowUpVisitForm::updateConsequence);
    if (m_appealNumber)
        connect(m_appealNumber, &QLineEdit::textChanged, this, &FollowUpVisitForm::describeTarget);

    load();
    setSaveText(m_visit.id ? tr("&Save") : tr("&Record visit"));
    resize(560, sizeHint().height());
}

void FollowUpVisitForm::load()
{
    setLoading(true);
    m_visitedOn->setValue(m_visit.visitedOn);
    m_deputy->setDate(m_visit.visitedOn);
    m_deputy->setDeputyId(m_visit.visitorDeputyId);
    m_method->setCode(m_visit.method);
    m_clerk->setText(m_visit.visitorClerk);
    m_person->setText(m_visit.visitedPerson);
    m_feedback->setPlainText(m_visit.feedback);
    m_satisfaction->setCode(m_visit.satisfaction);
    m_needsMore->setChecked(m_visit.needsMore);
    // The verdict of a recorded visit already moved the matter on; it stays as recorded.
    m_satisfaction->setEnabled(!m_visit.id);
    m_needsMore->setEnabled(!m_visit.id);
    setLoading(false);
    describeTarget();
    updateConsequence();
    markClean();
    setNewRecord(!m_visit.id);
}

void FollowUpVisitForm::describeTarget()
{
    if (m_visit.appealId || !m_appealNumber) {
        if (const auto a = m_visit.appealId ? AppealRepository(db()).find(m_visit.appealId) : std::nullopt) {
            m_target->setText(tr("%1 — %2").arg(a->number, a->content.left(60)));
        } else if (m_visit.suggestionId) {
            if (const auto s = SuggestionRepository(db()).find(m_visit.suggestionId))
                m_target->setText(tr("%1 — %2").arg(s->number, s->title));
        }
    }
}

void FollowUpVisitForm::updateConsequence()
{
    if (m_visit.id) {
        m_consequence->setText(tr("The satisfaction of a recorded visit cannot be changed."));
        return;
    }
    const bool reopens = m_satisfaction->code() == QLatin1String("unsatisfied") || m_needsMore->isChecked();
    if (m_visit.suggestionId)
        m_consequence->setText(reopens ? tr("Dissatisfied: the suggestion awaits re-handling (重办).")
                                       : tr("The deputy's satisfaction is recorded."));
    else
        m_consequence->setText(reopens ? tr("The appeal goes back to handling (reopened).")
                                       : tr("The appeal will be closed."));
    m_consequence->setStyleSheet(reopens ? QStringLiteral("color: #c62828;") : QString());
}

FollowUpVisit FollowUpVisitForm::read() const
{
    FollowUpVisit v = m_visit;
    if (m_appealNumber) {
        const QString number = m_appealNumber->text().trimmed();
        const auto a = number.isEmpty() ? std::nullopt : AppealRepository(db()).findByNumber(number);
        v.appealId = a ? a->id : 0;
    }
    v.visitedOn = m_visitedOn->value();
    v.method = m_method->code();
    v.visitorDeputyId = m_deputy->deputyId();
    v.visitorClerk = m_clerk->text().trimmed();
    v.visitedPerson = m_person->text().trimmed();
    v.feedback = m_feedback->toPlainText().trimmed();
    v.satisfaction = m_satisfaction->code();
    v.needsMore = m_needsMore->isChecked();
    return v;
}

Status FollowUpVisitForm::validateForm() const
{
    const FollowUpVisit v = read();
    if (m_appealNumber && !v.appealId) {
        const QString number = m_appealNumber->text().trimmed();
        return Status::invalid(
            {{QStringLiteral("appeal_id"), number.isEmpty()
                                               ? tr("Appeal number: enter the number of the appeal visited.")
                                               : tr("Appeal number: there is no appeal %1.").arg(number)}});
    }
    return FollowUpVisitRepository(db()).validate(v);
}

Status FollowUpVisitForm::saveForm()
{
    FollowUpVisit v = read();
    Status status;
    if (v.id)
        status = FollowUpVisitRepository(db()).update(v);
    else if (v.suggestionId)
        status = SuggestionWorkflow(db()).recordVisit(v);
    else
        status = AppealWorkflow(db()).recordVisit(v);
    if (!status)
        return status;
    if (!v.visitorClerk.isEmpty())
        QSettings().setValue(QStringLiteral("clerkName"), v.visitorClerk);
    m_visit = v;
    setWindowTitle(tr("Follow-up visit"));
    setSaveText(tr("&Save"));
    m_satisfaction->setEnabled(false);
    m_needsMore->setEnabled(false);
    if (m_appealNumber)
        m_appealNumber->setReadOnly(true);
    updateConsequence();
    return status;
}
