#include "editors/SuggestionForm.h"

#include "common/Ids.h"
#include "editors/ActionDialog.h"
#include "editors/FollowUpVisitForm.h"
#include "editors/FormLayouts.h"
#include "editors/HandlingPane.h"
#include "editors/WrappingItemDelegate.h"
#include "ledgers/AppealRepository.h"
#include "ledgers/SuggestionRepository.h"
#include "ledgers/VocabularyRepository.h"
#include "widgets/CodeCombo.h"
#include "widgets/DeputyChecklist.h"
#include "widgets/DeputyPicker.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

SuggestionForm::SuggestionForm(Database &database, qint64 id, qint64 defaultDeputyId, QWidget *parent)
    : EditorForm(database, parent)
{
    setObjectName(QStringLiteral("suggestionForm"));
    if (id > 0) {
        if (const auto found = SuggestionRepository(db()).find(id))
            m_suggestion = *found;
    }
    if (!m_suggestion.id)
        m_suggestion.leadDeputyId = defaultDeputyId;

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("header"));
    body()->addWidget(m_header);

    m_title = new QLineEdit(this);
    m_kind = new CodeCombo(Codes::SuggestionKind, false, this);
    m_lead = new DeputyPicker(db(), true, this);
    m_cosigners = new DeputyChecklist(db(), this);
    m_units = new QTableWidget(0, 2, this);
    m_units->setObjectName(QStringLiteral("unitsTable"));
    m_units->setHorizontalHeaderLabels({tr("Handling unit"), tr("Role")});
    m_units->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_units->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_units->verticalHeader()->hide();
    m_units->setMinimumHeight(80);
    m_units->setMaximumHeight(120);
    m_contactPerson = new QLineEdit(this);
    m_contactPhone = new QLineEdit(this);
    m_sources = new QLineEdit(this);
    m_sources->setPlaceholderText(tr("appeal numbers, e.g. 2026-0012 2026-0031"));
    m_content = new QPlainTextEdit(this);
    m_content->setTabChangesFocus(true);
    m_content->setMinimumHeight(90);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(60);

    auto *unitsBox = new QWidget(this);
    auto *unitsLayout = new QVBoxLayout(unitsBox);
    unitsLayout->setContentsMargins(0, 0, 0, 0);
    unitsLayout->setSpacing(2);
    unitsLayout->addWidget(m_units);
    auto *unitButtons = new QHBoxLayout;
    auto *addUnit = new QPushButton(tr("Add unit"), unitsBox);
    addUnit->setObjectName(QStringLiteral("addUnit"));
    auto *removeUnit = new QPushButton(tr("Remove unit"), unitsBox);
    unitButtons->addWidget(addUnit);
    unitButtons->addWidget(removeUnit);
    unitButtons->addStretch(1);
    unitsLayout->addLayout(unitButtons);

    auto *registration = new QGroupBox(tr("Suggestion"), this);
    auto *regLayout = new QVBoxLayout(registration);
    QFormLayout *left = nullptr;
    QFormLayout *right = nullptr;
    regLayout->addLayout(FormLayouts::twoColumns(left, right));
    addField(left, tr("&Title:"), m_title, {QStringLiteral("title")});
    addField(left, tr("&Kind:"), m_kind, {QStringLiteral("kind")});
    addField(left, tr("&Lead deputy (领衔):"), m_lead, {QStringLiteral("lead_deputy_id")});
    addField(left, tr("Contact &person:"), m_contactPerson, {QStringLiteral("contact_person")});
    addField(left, tr("Contact p&hone:"), m_contactPhone, {QStringLiteral("contact_phone")});
    addField(right, tr("Co-signers (联名):"), m_cosigners, {QStringLiteral("cosigners")});
    addField(right, tr("Handling units:"), unitsBox, {QStringLiteral("units")});
    watch(m_units);
    QFormLayout *wide = FormLayouts::column();
    regLayout->addLayout(wide, 1);
    addField(wide, tr("&Content:"), m_content, {QStringLiteral("content")});
    addField(wide, tr("&From appeals:"), m_sources, {QStringLiteral("source_appeals")});
    addField(wide, tr("N&otes:"), m_notes, {QStringLiteral("notes")});

    m_handling = new HandlingPane(this);
    m_handling->addInfoRow(tr("Status:"), QStringLiteral("info_status"));
    m_handling->addInfoRow(tr("Round:"), QStringLiteral("info_round"));
    m_handling->addInfoRow(tr("Submitted on:"), QStringLiteral("info_submitted"));
    m_handling->addInfoRow(tr("Deadline:"), QStringLiteral("info_deadline"));
    m_handling->addInfoRow(tr("Reply:"), QStringLiteral("info_reply"));
    m_handling->addInfoRow(tr("Grade:"), QStringLiteral("info_grade"));
    m_handling->addInfoRow(tr("Deputy's satisfaction:"), QStringLiteral("info_satisfaction"));
    m_rounds = new QTreeWidget(this);
    m_rounds->setObjectName(QStringLiteral("rounds"));
    // The reply last: its column takes the spare width, and a long reply wraps there in full.
    m_rounds->setHeaderLabels({tr("Round"), tr("Submitted"), tr("Grade"), tr("Satisfaction"), tr("Reply")});
    m_rounds->setRootIsDecorated(false);
    new WrappingItemDelegate(m_rounds);
    m_rounds->setColumnWidth(0, 50);
    m_rounds->setColumnWidth(1, 90);
    m_rounds->setColumnWidth(2, 50);
    m_rounds->setColumnWidth(3, 80);
    m_rounds->setMaximumHeight(180);
    m_roundsLabel = m_handling->addSection(tr("Earlier rounds"), m_rounds);
    m_handling->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addWidget(registration, 3);
    columns->addWidget(m_handling, 2);
    body()->addLayout(columns, 1);

    connect(addUnit, &QPushButton::clicked, this, [this] {
        addUnitRow(QString(), m_units->rowCount() == 0 ? QStringLiteral("main") : QStringLiteral("assist"));
        m_units->setCurrentCell(m_units->rowCount() - 1, 0);
        m_units->editItem(m_units->item(m_units->rowCount() - 1, 0));
    });
    connect(removeUnit, &QPushButton::clicked, this, [this] {
        if (m_units->currentRow() >= 0)
            m_units->removeRow(m_units->currentRow());
    });
    connect(m_lead, &QComboBox::currentIndexChanged, this,
            [this] { m_cosigners->setExcluded(m_lead->deputyId()); });

    load();
    resize(m_suggestion.id ? HandlingPane::kFormWidth : 780, 620);
}

void SuggestionForm::addUnitRow(const QString &unit, const QString &role)
{
    const int row = m_units->rowCount();
    m_units->insertRow(row);
    m_units->setItem(row, 0, new QTableWidgetItem(unit));
    auto *roleCombo = new CodeCombo(Codes::UnitRole, false, m_units);
    roleCombo->setCode(role);
    m_units->setCellWidget(row, 1, roleCombo);
    // The header sizes the column to its title only: the role's list must fit too.
    m_units->setColumnWidth(1, qMax(m_units->columnWidth(1), roleCombo->sizeHint().width()));
    watch(roleCombo);
}

void SuggestionForm::load()
{
    setLoading(true);
    const Suggestion &s = m_suggestion;
    m_title->setText(s.title);
    m_kind->setCode(s.kind);
    m_lead->setDate(s.submittedOn);
    m_lead->setDeputyId(s.leadDeputyId);
    m_cosigners->setDate(s.submittedOn);
    m_cosigners->setExcluded(s.leadDeputyId);
    m_cosigners->setCheckedIds(s.cosignerIds);
    m_units->setRowCount(0);
    for (const HandlingUnit &u : s.units)
        addUnitRow(u.unit, u.role);
    m_contactPerson->setText(s.contactPerson);
    m_contactPhone->setText(s.contactPhone);
    QStringList numbers;
    AppealRepository appeals(db());
    for (qint64 appealId : s.sourceAppealIds) {
        if (const auto a = appeals.find(appealId))
            numbers << a->number;
    }
    m_sources->setText(numbers.join(QLatin1Char(' ')));
    m_content->setPlainText(s.content);
    m_notes->setPlainText(s.notes);
    setLoading(false);
    refreshHandling();
    markClean();
}

void SuggestionForm::refreshHandling()
{
    if (m_suggestion.id) {
        if (const auto found = SuggestionRepository(db()).find(m_suggestion.id))
            m_suggestion = *found;
    }
    const Suggestion &s = m_suggestion;
    if (s.id) {
        m_header->setText(
            tr("<b>Suggestion %1</b> &nbsp; %2")
                .arg(s.number, Codes::label(Codes::SuggestionStatus, s.status).toHtmlEscaped()));
        setWindowTitle(tr("Suggestion %1").arg(s.number));
    } else {
        m_header->setText(
            tr("<b>New suggestion</b> — saved as a draft; submit it to the handling units when ready."));
        setWindowTitle(tr("New suggestion"));
    }
    setSaveText(s.id ? tr("&Save") : tr("&Save draft"));
    m_handling->setVisible(s.id != 0);
    if (!s.id)
        return;
    widenTo(HandlingPane::kFormWidth);
    m_handling->setInfo(QStringLiteral("info_status"), Codes::label(Codes::SuggestionStatus, s.status));
    m_handling->setInfo(QStringLiteral("info_round"),
                        s.round > 1 ? tr("Round %1 (re-handled)").arg(s.round) : QString());
    m_handling->setInfo(QStringLiteral("info_submitted"), Ids::dateText(s.submittedOn));
    m_handling->setInfo(QStringLiteral("info_deadline"),
                        SuggestionWorkflow::isExtended(s) ? tr("%1 (extended)").arg(Ids::dateText(s.deadline))
                                                          : Ids::dateText(s.deadline));
    m_handling->setInfo(QStringLiteral("info_reply"),
                        s.replyOn.isValid() ? tr("%1 — %2").arg(Ids::dateText(s.replyOn), s.replySummary)
                                            : QString());
    m_handling->setInfo(QStringLiteral("info_grade"),
                        s.grade.isEmpty() ? QString() : Codes::label(Codes::Grade, s.grade));
    m_handling->setInfo(QStringLiteral("info_satisfaction"),
                        s.satisfaction.isEmpty()
                            ? QString()
                            : tr("%1 (%2)").arg(Codes::label(Codes::Satisfaction, s.satisfaction),
                                                Ids::dateText(s.satisfactionOn)));

    m_rounds->clear();
    const QList<SuggestionRound> rounds = SuggestionRepository(db()).rounds(s.id);
    for (const SuggestionRound &r : rounds) {
        new QTreeWidgetItem(m_rounds, {QString::number(r.round), Ids::dateText(r.submittedOn), r.grade,
                                       Codes::label(Codes::Satisfaction, r.satisfaction),
                                       tr("%1 %2").arg(Ids::dateText(r.replyOn), r.replySummary)});
    }
    m_rounds->setVisible(!rounds.isEmpty());
    m_roundsLabel->setVisible(!rounds.isEmpty());

    QList<HandlingPane::Step> steps;
    for (SuggestionWorkflow::Action action : SuggestionWorkflow::allowedActions(s))
        steps.append(
            {SuggestionWorkflow::actionName(action), SuggestionWorkflow::actionCode(action), [this, action] {
                 runAction(action);
             }});
    m_handling->setSteps(steps, tr("Nothing left to do."));
}

QList<qint64> SuggestionForm::sourceAppealIds(QStringList *unknown) const
{
    QList<qint64> ids;
    AppealRepository appeals(db());
    const QStringList numbers =
        m_sources->text().split(QRegularExpression(QStringLiteral("[\\s,，;；、]+")), Qt::SkipEmptyParts);
    for (const QString &number : numbers) {
        if (const auto a = appeals.findByNumber(number))
            ids << a->id;
        else if (unknown)
            *unknown << number;
    }
    return ids;
}

Suggestion SuggestionForm::read() const
{
    Suggestion s = m_suggestion;
    s.title = m_title->text().trimmed();
    s.kind = m_kind->code();
    s.leadDeputyId = m_lead->deputyId();
    s.cosignerIds = m_cosigners->checkedIds();
    s.units.clear();
    for (int row = 0; row < m_units->rowCount(); ++row) {
        const QTableWidgetItem *item = m_units->item(row, 0);
        const auto *role = qobject_cast<CodeCombo *>(m_units->cellWidget(row, 1));
        s.units.append({item ? item->text().trimmed() : QString(), role ? role->code() : QString()});
    }
    s.contactPerson = m_contactPerson->text().trimmed();
    s.contactPhone = m_contactPhone->text().trimmed();
    s.sourceAppealIds = sourceAppealIds(nullptr);
    s.content = m_content->toPlainText().trimmed();
    s.notes = m_notes->toPlainText();
    return s;
}

Status SuggestionForm::validateForm() const
{
    QStringList unknown;
    sourceAppealIds(&unknown);
    if (!unknown.isEmpty()) {
        Status core = SuggestionRepository(db()).validate(read());
        QList<FieldError> errors = core.fieldErrors();
        errors.prepend({QStringLiteral("source_appeals"),
                        tr("From appeals: there is no appeal %1.").arg(unknown.join(tr(", ")))});
        return Status::invalid(errors);
    }
    return SuggestionRepository(db()).validate(read());
}

Status SuggestionForm::saveForm()
{
    Suggestion s = read();
    SuggestionRepository repo(db());
    const Status status = s.id ? repo.update(s) : repo.insert(s);
    if (!status)
        return status;
    VocabularyRepository vocabulary(db());
    for (const HandlingUnit &u : std::as_const(s.units))
        vocabulary.add(VocabularyRepository::unit(), u.unit);
    m_suggestion = s;
    refreshHandling();
    return status;
}

void SuggestionForm::runAction(SuggestionWorkflow::Action action)
{
    if (!m_suggestion.id || !saveBeforeStep())
        return;
    bool done = false;
    switch (action) {
    case SuggestionWorkflow::Action::Submit:
        done = actSubmit();
        break;
    case SuggestionWorkflow::Action::ExtendDeadline:
        done = actExtend();
        break;
    case SuggestionWorkflow::Action::Reply:
        done = actReply();
        break;
    case SuggestionWorkflow::Action::Rate:
        done = actRate();
        break;
    case SuggestionWorkflow::Action::Rehandle:
        done = actRehandle();
        break;
    case SuggestionWorkflow::Action::RecordVisit:
        done = actRecordVisit();
        break;
    }
    if (done)
        markSaved();
    refreshHandling();
}

bool SuggestionForm::actSubmit()
{
    ActionDialog d(QStringLiteral("submitDialog"), tr("Submit suggestion %1").arg(m_suggestion.number),
                   tr("Sent to the handling units listed in the form; by rule a written reply is due within "
                      "3 months."),
                   this);
    const QDate today = QDate::currentDate();
    d.addDate(QStringLiteral("submitted_on"), tr("Submitted on:"), today);
    d.addDate(QStringLiteral("deadline"), tr("Reply due by:"),
              today.addMonths(SuggestionWorkflow::kReplyMonths));
    const qint64 id = m_suggestion.id;
    d.setAction([&d, this, id] {
        return SuggestionWorkflow(db()).submit(id, d.date(QStringLiteral("submitted_on")), {},
                                               d.date(QStringLiteral("deadline")));
    });
    return d.exec() == QDialog::Accepted;
}

bool SuggestionForm::actExtend()
{
    ActionDialog d(QStringLiteral("extendDialog"), tr("Extend the deadline of %1").arg(m_suggestion.number),
                   tr("Once a round, by at most 3 more months."), this);
    d.addDate(QStringLiteral("deadline"), tr("New deadline:"),
              m_suggestion.deadline.addMonths(SuggestionWorkflow::kExtensionMonths));
    const qint64 id = m_suggestion.id;
    d.setAction([&d, this, id] {
        return SuggestionWorkflow(db()).extendDeadline(id, d.date(QStringLiteral("deadline")));
    });
    return d.exec() == QDialog::Accepted;
}

bool SuggestionForm::actReply()
{
    ActionDialog d(QStringLiteral("replyDialog"), tr("Reply to suggestion %1").arg(m_suggestion.number),
                   tr("The handling unit's written reply and how far the matter is solved."), this);
    d.addDate(QStringLiteral("reply_on"), tr("Reply received on:"), QDate::currentDate());
    d.addCode(QStringLiteral("grade"), tr("Grade:"), Codes::Grade, QStringLiteral("A"));
    d.addText(QStringLiteral("reply_summary"), tr("Summary of the reply:"), QString(), true);
    const qint64 id = m_suggestion.id;
    d.setAction([&d, this, id] {
        return SuggestionWorkflow(db()).reply(id, d.date(QStringLiteral("reply_on")),
                                              d.text(QStringLiteral("reply_summary")),
                                              d.code(QStringLiteral("grade")));
    });
    return d.exec() == QDialog::Accepted;
}

bool SuggestionForm::actRate()
{
    ActionDialog d(QStringLiteral("rateDialog"), tr("Deputy's satisfaction with %1").arg(m_suggestion.number),
                   tr("不满意 sends the suggestion back for re-handling."), this);
    d.addDate(QStringLiteral("satisfaction_on"), tr("Date:"), QDate::currentDate());
    d.addCode(QStringLiteral("satisfaction"), tr("Satisfaction:"), Codes::Satisfaction,
              QStringLiteral("satisfied"));
    const qint64 id = m_suggestion.id;
    d.setAction([&d, this, id] {
        return SuggestionWorkflow(db()).rate(id, d.date(QStringLiteral("satisfaction_on")),
                                             d.code(QStringLiteral("satisfaction")));
    });
    return d.exec() == QDialog::Accepted;
}

bool SuggestionForm::actRehandle()
{
    ActionDialog d(QStringLiteral("rehandleDialog"),
                   tr("Re-handle suggestion %1 (重办)").arg(m_suggestion.number),
                   tr("A new round starts with its own deadline; the finished round is kept."), this);
    const QDate today = QDate::currentDate();
    d.addDate(QStringLiteral("submitted_on"), tr("Sent back on:"), today);
    d.addDate(QStringLiteral("deadline"), tr("Reply due by:"),
              today.addMonths(SuggestionWorkflow::kReplyMonths));
    const qint64 id = m_suggestion.id;
    d.setAction([&d, this, id] {
        return SuggestionWorkflow(db()).rehandle(id, d.date(QStringLiteral("submitted_on")),
                                                 d.date(QStringLiteral("deadline")));
    });
    return d.exec() == QDialog::Accepted;
}

bool SuggestionForm::actRecordVisit()
{
    FollowUpVisitForm form(db(), 0, 0, m_suggestion.id, this);
    form.exec();
    return form.wasSaved();
}
