#include "editors/AppealForm.h"

#include "common/Ids.h"
#include "editors/ActionDialog.h"
#include "editors/DeadlineDefaults.h"
#include "editors/FollowUpVisitForm.h"
#include "editors/FormLayouts.h"
#include "editors/HandlingPane.h"
#include "editors/WrappingItemDelegate.h"
#include "ledgers/AppealRepository.h"
#include "ledgers/SuggestionRepository.h"
#include "ledgers/VocabularyRepository.h"
#include "widgets/CodeCombo.h"
#include "widgets/DateField.h"
#include "widgets/DeputyPicker.h"
#include "widgets/VocabularyCombo.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// Workflow steps default to today, but never before the appeal was received.
QDate stepDate(const Appeal &a)
{
    const QDate today = QDate::currentDate();
    return a.receivedOn.isValid() && a.receivedOn > today ? a.receivedOn : today;
}

} // namespace

AppealForm::AppealForm(Database &database, qint64 id, qint64 defaultDeputyId, QWidget *parent)
    : EditorForm(database, parent)
{
    setObjectName(QStringLiteral("appealForm"));
    if (id > 0) {
        if (const auto found = AppealRepository(db()).find(id))
            m_appeal = *found;
    }
    if (!m_appeal.id) {
        m_appeal.receivedOn = QDate::currentDate();
        m_appeal.channel = QStringLiteral("onsite");
        m_appeal.deputyId = defaultDeputyId;
    }

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("header"));
    m_header->setTextFormat(Qt::RichText);
    body()->addWidget(m_header);

    m_receivedOn = new DateField(false, this);
    m_channel = new CodeCombo(Codes::Channel, false, this);
    m_deputy = new DeputyPicker(db(), true, this);
    m_personName = new QLineEdit(this);
    m_personPhone = new QLineEdit(this);
    m_personPhone->setPlaceholderText(tr("mobile or landline"));
    m_personAddress = new QLineEdit(this);
    m_isGroup = new QCheckBox(tr("Several people together (集体诉求)"), this);
    m_groupSize = new QSpinBox(this);
    m_groupSize->setRange(0, 1000000);
    m_groupSize->setSuffix(tr(" people"));
    m_groupSize->setSpecialValueText(tr("—"));
    m_category = new VocabularyCombo(db(), VocabularyRepository::category(), this);
    m_urgency = new CodeCombo(Codes::Urgency, false, this);
    m_confidential = new QCheckBox(tr("Confidential (保密): no personal data leaves the station"), this);
    m_content = new QPlainTextEdit(this);
    m_content->setTabChangesFocus(true);
    m_content->setPlaceholderText(tr("In the person's own words (原话原意)"));
    m_content->setMinimumHeight(110);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(60);

    auto *registration = new QGroupBox(tr("Registration"), this);
    auto *regLayout = new QVBoxLayout(registration);
    QFormLayout *left = nullptr;
    QFormLayout *right = nullptr;
    regLayout->addLayout(FormLayouts::twoColumns(left, right));
    addField(left, tr("&Received on:"), m_receivedOn, {QStringLiteral("received_on")});
    addField(left, tr("C&hannel:"), m_channel, {QStringLiteral("channel")});
    addField(left, tr("Receiving &deputy:"), m_deputy, {QStringLiteral("deputy_id")});
    addField(left, tr("Ca&tegory:"), m_category, {QStringLiteral("category")});
    addField(left, tr("&Urgency:"), m_urgency, {QStringLiteral("urgency")});
    addField(right, tr("Constituent's &name:"), m_personName, {QStringLiteral("person_name")});
    addField(right, tr("&Phone:"), m_personPhone, {QStringLiteral("person_phone")});
    addField(right, tr("&Address:"), m_personAddress, {QStringLiteral("person_address")});
    addField(right, tr("Group matter:"), m_isGroup, {QStringLiteral("is_group")});
    addField(right, tr("Number of people:"), m_groupSize, {QStringLiteral("group_size")});
    QFormLayout *wide = FormLayouts::column();
    regLayout->addLayout(wide, 1);
    addField(wide, tr("&Content:"), m_content, {QStringLiteral("content")});
    addField(wide, tr("Confidentiality:"), m_confidential, {QStringLiteral("confidential")});
    addField(wide, tr("N&otes:"), m_notes, {QStringLiteral("notes"), QStringLiteral("activity_id")});

    m_handling = new HandlingPane(this);
    m_handling->addInfoRow(tr("Status:"), QStringLiteral("info_status"));
    m_handling->addInfoRow(tr("Accepted on:"), QStringLiteral("info_accepted"));
    m_handling->addInfoRow(tr("Not accepted:"), QStringLiteral("info_redirect"));
    m_handling->addInfoRow(tr("Disposal:"), QStringLiteral("info_disposal"));
    m_handling->addInfoRow(tr("Handling unit:"), QStringLiteral("info_unit"));
    m_handling->addInfoRow(tr("Deadline:"), QStringLiteral("info_deadline"));
    m_handling->addInfoRow(tr("Result:"), QStringLiteral("info_result"));
    m_handling->addInfoRow(tr("Reply:"), QStringLiteral("info_reply"));
    m_handling->addInfoRow(tr("Merged into:"), QStringLiteral("info_duplicate"));
    m_handling->addInfoRow(tr("Suggestion:"), QStringLiteral("info_suggestion"));
    m_handling->addInfoRow(tr("Reopened:"), QStringLiteral("info_reopened"));
    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setHeaderLabels({tr("Date"), tr("Step"), tr("Note")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAlternatingRowColors(true);
    new WrappingItemDelegate(m_timeline); // long notes read in full, not only in their tooltip
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->setColumnWidth(0, 90);
    m_timeline->setColumnWidth(1, 110);
    m_handling->addSection(tr("Timeline"), m_timeline, 1);

    auto *columns = new QHBoxLayout;
    columns->addWidget(registration, 3);
    columns->addWidget(m_handling, 2);
    body()->addLayout(columns, 1);

    connect(m_receivedOn, &QDateEdit::dateChanged, this, [this](const QDate &d) { m_deputy->setDate(d); });
    connect(m_isGroup, &QCheckBox::toggled, m_groupSize, &QWidget::setEnabled);

    load();
    resize(m_appeal.id ? HandlingPane::kFormWidth : 760, 640);
}

void AppealForm::load()
{
    setLoading(true);
    m_receivedOn->setValue(m_appeal.receivedOn);
    m_deputy->setDate(m_appeal.receivedOn);
    m_deputy->setDeputyId(m_appeal.deputyId);
    m_channel->setCode(m_appeal.channel);
    m_personName->setText(m_appeal.personName);
    m_personPhone->setText(m_appeal.personPhone);
    m_personAddress->setText(m_appeal.personAddress);
    m_isGroup->setChecked(m_appeal.isGroup);
    m_groupSize->setValue(m_appeal.groupSize);
    m_groupSize->setEnabled(m_appeal.isGroup);
    m_category->setValue(m_appeal.category);
    m_urgency->setCode(m_appeal.urgency);
    m_confidential->setChecked(m_appeal.confidential);
    m_content->setPlainText(m_appeal.content);
    m_notes->setPlainText(m_appeal.notes);
    setLoading(false);
    refreshHandling();
    markClean();
}

void AppealForm::refreshHandling()
{
    if (m_appeal.id) {
        if (const auto found = AppealRepository(db()).find(m_appeal.id))
            m_appeal = *found;
    }
    const Appeal &a = m_appeal;
    QString header;
    if (a.id) {
        header = tr("<b>Appeal %1</b> &nbsp; %2")
                     .arg(a.number, Codes::label(Codes::AppealStatus, a.status).toHtmlEscaped());
        setWindowTitle(tr("Appeal %1").arg(a.number));
    } else {
        header = tr("<b>New appeal</b> — the number is given when it is registered.");
        setWindowTitle(tr("New appeal"));
    }
    if (a.confidential)
        header += QStringLiteral(" &nbsp; <span style=\"color:#c62828\">") + tr("[Confidential]") +
                  QStringLiteral("</span>");
    if (a.isOverdue(QDate::currentDate()))
        header += QStringLiteral(" &nbsp; <span style=\"color:#c62828\">") +
                  tr("[Overdue since %1]").arg(Ids::dateText(a.deadline)) + QStringLiteral("</span>");
    m_header->setText(header);
    setSaveText(a.id ? tr("&Save") : tr("&Register"));
    m_handling->setVisible(a.id != 0);
    if (!a.id)
        return;
    widenTo(HandlingPane::kFormWidth);

    m_handling->setInfo(QStringLiteral("info_status"), Codes::label(Codes::AppealStatus, a.status));
    m_handling->setInfo(QStringLiteral("info_accepted"), Ids::dateText(a.acceptedOn));
    m_handling->setInfo(QStringLiteral("info_redirect"),
                        a.redirectTo.isEmpty() && a.redirectReason.isEmpty()
                            ? QString()
                            : tr("to %1: %2").arg(a.redirectTo, a.redirectReason));
    m_handling->setInfo(QStringLiteral("info_disposal"),
                        a.disposal.isEmpty() ? QString() : Codes::label(Codes::Disposal, a.disposal));
    m_handling->setInfo(QStringLiteral("info_unit"), a.handlingUnit);
    m_handling->setInfo(QStringLiteral("info_deadline"), Ids::dateText(a.deadline));
    m_handling->setInfo(QStringLiteral("info_result"),
                        a.resolvedOn.isValid() ? tr("%1 — %2").arg(Ids::dateText(a.resolvedOn), a.result)
                                               : QString());
    m_handling->setInfo(QStringLiteral("info_reply"),
                        a.replyOn.isValid()
                            ? tr("%1, %2 — %3")
                                  .arg(Ids::dateText(a.replyOn),
                                       Codes::label(Codes::VisitMethod, a.replyMethod), a.replyContent)
                            : QString());
    QString duplicate;
    if (a.duplicateOf) {
        if (const auto original = AppealRepository(db()).find(a.duplicateOf))
            duplicate = original->number;
    }
    m_handling->setInfo(QStringLiteral("info_duplicate"), duplicate);
    QString suggestion;
    if (a.suggestionId) {
        if (const auto s = SuggestionRepository(db()).find(a.suggestionId))
            suggestion = tr("%1 %2").arg(s->number, s->title);
    }
    m_handling->setInfo(QStringLiteral("info_suggestion"), suggestion);
    m_handling->setInfo(QStringLiteral("info_reopened"),
                        a.reopenCount > 0 ? tr("%n time(s)", nullptr, a.reopenCount) : QString());

    m_timeline->clear();
    const QList<AppealEvent> events = AppealRepository(db()).events(a.id);
    for (const AppealEvent &e : events) {
        auto *item = new QTreeWidgetItem(
            m_timeline, {Ids::dateText(e.happenedOn), AppealWorkflow::eventName(e.kind), e.note});
        item->setData(1, Qt::UserRole, e.kind);
        item->setToolTip(2, e.note);
    }
    m_timeline->scrollToBottom();

    QList<HandlingPane::Step> steps;
    for (AppealWorkflow::Action action : AppealWorkflow::allowedActions(a))
        steps.append({AppealWorkflow::actionName(action), AppealWorkflow::actionCode(action), [this, action] {
                          runAction(action);
                      }});
    m_handling->setSteps(steps, tr("Nothing left to do: the appeal is closed."));
}

Appeal AppealForm::read() const
{
    Appeal a = m_appeal;
    a.receivedOn = m_receivedOn->value();
    a.channel = m_channel->code();
    a.deputyId = m_deputy->deputyId();
    a.personName = m_personName->text().trimmed();
    a.personPhone = m_personPhone->text().trimmed();
    a.personAddress = m_personAddress->text().trimmed();
    a.isGroup = m_isGroup->isChecked();
    a.groupSize = a.isGroup ? m_groupSize->value() : 0;
    a.category = m_category->value();
    a.urgency = m_urgency->code();
    a.confidential = m_confidential->isChecked();
    a.content = m_content->toPlainText().trimmed();
    a.notes = m_notes->toPlainText();
    return a;
}

Status AppealForm::validateForm() const
{
    return AppealRepository(db()).validate(read());
}

Status AppealForm::saveForm()
{
    Appeal a = read();
    AppealRepository repo(db());
    const Status status = a.id ? repo.update(a) : repo.insert(a);
    if (!status)
        return status;
    m_category->remember();
    m_appeal = a;
    refreshHandling();
    return status;
}

void AppealForm::runAction(AppealWorkflow::Action action)
{
    if (!m_appeal.id || !saveBeforeStep())
        return;
    bool done = false;
    switch (action) {
    case AppealWorkflow::Action::Accept:
        done = actAccept();
        break;
    case AppealWorkflow::Action::Redirect:
        done = actRedirect();
        break;
    case AppealWorkflow::Action::Assign:
        done = actAssign();
        break;
    case AppealWorkflow::Action::Push:
        done = actPush();
        break;
    case AppealWorkflow::Action::Resolve:
        done = actResolve();
        break;
    case AppealWorkflow::Action::Answer:
        done = actAnswer();
        break;
    case AppealWorkflow::Action::RecordVisit:
        done = actRecordVisit();
        break;
    case AppealWorkflow::Action::MarkDuplicate:
        done = actMarkDuplicate();
        break;
    case AppealWorkflow::Action::ConvertToSuggestion:
        done = actConvert();
        break;
    }
    if (done)
        markSaved();
    refreshHandling();
}

bool AppealForm::actAccept()
{
    ActionDialog d(QStringLiteral("acceptDialog"), tr("Accept appeal %1").arg(m_appeal.number),
                   tr("The station takes the matter on (受理)."), this);
    d.addDate(QStringLiteral("accepted_on"), tr("Accepted on:"), stepDate(m_appeal));
    d.addText(QStringLiteral("note"), tr("Note:"), QString(), true);
    const qint64 id = m_appeal.id;
    d.setAction([&d, this, id] {
        return AppealWorkflow(db()).accept(id, d.date(QStringLiteral("accepted_on")),
                                           d.text(QStringLiteral("note")));
    });
    return d.exec() == QDialog::Accepted;
}

bool AppealForm::actRedirect()
{
    ActionDialog d(
        QStringLiteral("redirectDialog"), tr("Do not accept appeal %1").arg(m_appeal.number),
        tr("The matter is not for the station (e.g. a personal petition goes to 信访): say why and "
           "where the person was sent."),
        this);
    d.addDate(QStringLiteral("redirected_on"), tr("Date:"), stepDate(m_appeal));
    d.addText(QStringLiteral("redirect_to"), tr("Redirected to:"));
    d.addText(QStringLiteral("redirect_reason"), tr("Reason:"), QString(), true);
    const qint64 id = m_appeal.id;
    d.setAction([&d, this, id] {
        return AppealWorkflow(db()).redirect(id, d.date(QStringLiteral("redirected_on")),
                                             d.text(QStringLiteral("redirect_reason")),
                                             d.text(QStringLiteral("redirect_to")));
    });
    return d.exec() == QDialog::Accepted;
}

bool AppealForm::actAssign()
{
    ActionDialog d(QStringLiteral("assignDialog"), tr("Assign appeal %1").arg(m_appeal.number),
                   tr("Choose the route, the unit that handles it and the deadline."), this);
    const QDate on = stepDate(m_appeal);
    const QString disposal = m_appeal.disposal.isEmpty() ? QStringLiteral("community") : m_appeal.disposal;
    d.addDate(QStringLiteral("assigned_on"), tr("Assigned on:"), on);
    QStringList routes = Codes::codes(Codes::Disposal);
    routes.removeAll(QStringLiteral("suggestion")); // that route is "Turn into a suggestion"
    d.addCode(QStringLiteral("disposal"), tr("Disposal:"), Codes::Disposal, disposal, routes);
    d.addVocabulary(db(), QStringLiteral("handling_unit"), tr("Handling unit:"), VocabularyRepository::unit(),
                    m_appeal.handlingUnit);
    d.addDate(QStringLiteral("deadline"), tr("Deadline:"),
              m_appeal.deadline.isValid() ? m_appeal.deadline : on.addDays(DeadlineDefaults::days(disposal)));
    auto *route = qobject_cast<CodeCombo *>(d.field(QStringLiteral("disposal")));
    auto *deadline = qobject_cast<DateField *>(d.field(QStringLiteral("deadline")));
    auto *assignedOn = qobject_cast<DateField *>(d.field(QStringLiteral("assigned_on")));
    connect(route, &QComboBox::currentIndexChanged, &d, [route, deadline, assignedOn] {
        deadline->setValue(assignedOn->value().addDays(DeadlineDefaults::days(route->code())));
    });
    const qint64 id = m_appeal.id;
    d.setAction([&d, this, id] {
        return AppealWorkflow(db()).assign(
            id, d.date(QStringLiteral("assigned_on")), d.code(QStringLiteral("disposal")),
            d.text(QStringLiteral("handling_unit")), d.date(QStringLiteral("deadline")));
    });
    return d.exec() == QDialog::Accepted;
}

bool AppealForm::actPush()
{
    ActionDialog d(QStringLiteral("pushDialog"), tr("Push appeal %1 (督办)").arg(m_appeal.number),
                   tr("Record who was reminded and what they said."), this);
    d.addDate(QStringLiteral("happened_on"), tr("Date:"), stepDate(m_appeal));
    d.addText(QStringLiteral("note"), tr("What was pushed:"), QString(), true);
    const qint64 id = m_appeal.id;
    d.setAction([&d, this, id] {
        return AppealWorkflow(db()).push(id, d.date(QStringLiteral("happened_on")),
                                         d.text(QStringLiteral("note")));
    });
    return d.exec() == QDialog::Accepted;
}

bool AppealForm::actResolve()
{
    ActionDialog d(QStringLiteral("resolveDialog"), tr("Resolve appeal %1").arg(m_appeal.number),
                   tr("Record what was done about the matter (办结)."), this);
    d.addDate(QStringLiteral("resolved_on"), tr("Resolved on:"), stepDate(m_appeal));
    d.addText(QStringLiteral("result"), tr("Result:"), QString(), true);
    const qint64 id = m_appeal.id;
    d.setAction([&d, this, id] {
        return AppealWorkflow(db()).resolve(id, d.date(QStringLiteral("resolved_on")),
                                            d.text(QStringLiteral("result")));
    });
    return d.exec() == QDialog::Accepted;
}

bool AppealForm::actAnswer()
{
    ActionDialog d(QStringLiteral("answerDialog"),
                   tr("Answer the constituent of appeal %1").arg(m_appeal.number),
                   tr("Every appeal ends with an answer to the person (民众反映有回复)."), this);
    d.addDate(QStringLiteral("reply_on"), tr("Answered on:"), stepDate(m_appeal));
    d.addCode(QStringLiteral("reply_method"), tr("How:"), Codes::VisitMethod, QStringLiteral("phone"));
    d.addText(QStringLiteral("reply_content"), tr("What they were told:"), m_appeal.result, true);
    const qint64 id = m_appeal.id;
    d.setAction([&d, this, id] {
        return AppealWorkflow(db()).answer(id, d.date(QStringLiteral("reply_on")),
                                           d.code(QStringLiteral("reply_method")),
                                           d.text(QStringLiteral("reply_content")));
    });
    return d.exec() == QDialog::Accepted;
}

bool AppealForm::actRecordVisit()
{
    FollowUpVisitForm form(db(), 0, m_appeal.id, 0, this);
    form.exec();
    return form.wasSaved();
}

bool AppealForm::actMarkDuplicate()
{
    ActionDialog d(
        QStringLiteral("duplicateDialog"), tr("Merge appeal %1 as a duplicate").arg(m_appeal.number),
        tr("The same matter was registered before: link this appeal to the first one (并案)."), this);
    d.addDate(QStringLiteral("merged_on"), tr("Date:"), stepDate(m_appeal));
    d.addText(QStringLiteral("duplicate_of"), tr("Number of the first appeal:"));
    const qint64 id = m_appeal.id;
    d.setAction([&d, this, id] {
        const QString number = d.text(QStringLiteral("duplicate_of"));
        const auto original = AppealRepository(db()).findByNumber(number);
        if (!original) {
            return Status::invalid(
                {{QStringLiteral("duplicate_of"),
                  number.isEmpty() ? tr("Number of the first appeal: enter it, e.g. 2026-0012.")
                                   : tr("Number of the first appeal: there is no appeal %1.").arg(number)}});
        }
        return AppealWorkflow(db()).markDuplicate(id, original->id, d.date(QStringLiteral("merged_on")));
    });
    return d.exec() == QDialog::Accepted;
}

bool AppealForm::actConvert()
{
    ActionDialog d(QStringLiteral("convertDialog"),
                   tr("Turn appeal %1 into a suggestion").arg(m_appeal.number),
                   tr("Either give the title of a new suggestion (a draft is made with this appeal as its "
                      "source), or the number of an existing suggestion it joins."),
                   this);
    const QDate on = stepDate(m_appeal);
    d.addDate(QStringLiteral("accepted_on"), tr("Date:"), on);
    d.addText(QStringLiteral("title"), tr("New suggestion's title:"));
    d.addDeputy(db(), QStringLiteral("lead_deputy_id"), tr("Lead deputy:"), m_appeal.deputyId, on);
    d.addText(QStringLiteral("suggestion_id"), tr("Or existing suggestion number:"));
    const qint64 id = m_appeal.id;
    const QString content = m_appeal.content;
    d.setAction([&d, this, id, content] {
        Suggestion s;
        const QString number = d.text(QStringLiteral("suggestion_id"));
        if (!number.isEmpty()) {
            const auto existing = SuggestionRepository(db()).findByNumber(number);
            if (!existing) {
                return Status::invalid(
                    {{QStringLiteral("suggestion_id"),
                      tr("Existing suggestion number: there is no suggestion %1.").arg(number)}});
            }
            s = *existing;
        } else {
            s.title = d.text(QStringLiteral("title"));
            s.leadDeputyId = d.deputyId(QStringLiteral("lead_deputy_id"));
            s.content = content;
        }
        return AppealWorkflow(db()).convertToSuggestion(id, d.date(QStringLiteral("accepted_on")), s);
    });
    return d.exec() == QDialog::Accepted;
}
