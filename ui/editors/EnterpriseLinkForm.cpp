#include "editors/EnterpriseLinkForm.h"

#include "dialogs/RecycleBinPrompt.h"
#include "editors/ActionDialog.h"
#include "editors/FormLayouts.h"
#include "ledgers/EnterpriseLinkRepository.h"
#include "widgets/DateField.h"
#include "widgets/DeputyPicker.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

EnterpriseLinkForm::EnterpriseLinkForm(Database &database, qint64 id, qint64 deputyId, QWidget *parent)
    : EditorForm(database, parent)
{
    setObjectName(QStringLiteral("enterpriseLinkForm"));
    if (id > 0) {
        if (const auto found = EnterpriseLinkRepository(db()).find(id))
            m_link = *found;
    }
    if (!m_link.id)
        m_link.deputyId = deputyId;

    m_deputy = new DeputyPicker(db(), true, this);
    m_enterprise = new QLineEdit(this);
    m_contact = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_address = new QLineEdit(this);
    m_since = new DateField(true, this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(60);

    QFormLayout *left = nullptr;
    QFormLayout *right = nullptr;
    body()->addLayout(FormLayouts::twoColumns(left, right));
    addField(left, tr("&Deputy:"), m_deputy, {QStringLiteral("deputy_id")});
    addField(left, tr("&Enterprise:"), m_enterprise, {QStringLiteral("enterprise")});
    addField(left, tr("Linked &since:"), m_since, {QStringLiteral("since")});
    addField(right, tr("Contact &person:"), m_contact, {QStringLiteral("contact_person")});
    addField(right, tr("&Phone:"), m_phone, {QStringLiteral("phone")});
    addField(right, tr("&Address:"), m_address, {QStringLiteral("address")});
    QFormLayout *wide = FormLayouts::column();
    body()->addLayout(wide);
    addField(wide, tr("N&otes:"), m_notes, {QStringLiteral("notes")});

    auto *visitsBox = new QGroupBox(tr("Visits to the enterprise"), this);
    auto *visitsLayout = new QVBoxLayout(visitsBox);
    m_visits = new QTreeWidget(visitsBox);
    m_visits->setObjectName(QStringLiteral("visits"));
    m_visits->setHeaderLabels({tr("Date"), tr("Summary"), tr("Problems raised")});
    m_visits->setRootIsDecorated(false);
    m_visits->setAlternatingRowColors(true);
    m_visits->setColumnWidth(0, 90);
    m_visits->setColumnWidth(1, 300);
    visitsLayout->addWidget(m_visits);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add visit…"), visitsBox);
    add->setObjectName(QStringLiteral("addVisit"));
    m_editVisit = new QPushButton(tr("Edit…"), visitsBox);
    m_removeVisit = new QPushButton(tr("Move to the Recycle Bin"), visitsBox);
    m_removeVisit->setObjectName(QStringLiteral("removeVisit"));
    for (QPushButton *b : {add, m_editVisit, m_removeVisit}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    visitsLayout->addLayout(buttons);
    body()->addWidget(visitsBox, 1);

    connect(add, &QPushButton::clicked, this, [this] { editVisit(0); });
    connect(m_editVisit, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_visits->currentItem())
            editVisit(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_visits, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { editVisit(item->data(0, Qt::UserRole).toLongLong()); });
    connect(m_removeVisit, &QPushButton::clicked, this, &EnterpriseLinkForm::removeVisit);
    RecycleBinPrompt::offerOn(m_visits, [this] { removeVisit(); });
    connect(m_visits, &QTreeWidget::currentItemChanged, this, [this] {
        m_editVisit->setEnabled(m_visits->currentItem() != nullptr);
        m_removeVisit->setEnabled(m_visits->currentItem() != nullptr);
    });

    load();
    resize(780, 560);
}

void EnterpriseLinkForm::load()
{
    setLoading(true);
    m_deputy->setDeputyId(m_link.deputyId);
    m_enterprise->setText(m_link.enterprise);
    m_contact->setText(m_link.contactPerson);
    m_phone->setText(m_link.phone);
    m_address->setText(m_link.address);
    m_since->setValue(m_link.since);
    m_notes->setPlainText(m_link.notes);
    setLoading(false);
    refreshVisits();
    markClean();
}

void EnterpriseLinkForm::refreshVisits()
{
    setWindowTitle(m_link.id ? tr("Enterprise link: %1").arg(m_link.enterprise) : tr("New enterprise link"));
    setSaveText(m_link.id ? tr("&Save") : tr("&Add link"));
    m_visits->clear();
    if (m_link.id) {
        const QList<EnterpriseVisit> visits = EnterpriseLinkRepository(db()).visits(m_link.id);
        for (const EnterpriseVisit &v : visits) {
            auto *item = new QTreeWidgetItem(
                m_visits, {v.visitedOn.toString(QStringLiteral("yyyy-MM-dd")), v.summary, v.problems});
            item->setData(0, Qt::UserRole, v.id);
        }
    }
    m_editVisit->setEnabled(false);
    m_removeVisit->setEnabled(false);
}

void EnterpriseLinkForm::editVisit(qint64 visitId)
{
    // A visit belongs to a saved link.
    if ((!m_link.id || isDirty()) && !save())
        return;
    EnterpriseLinkRepository repo(db());
    EnterpriseVisit visit;
    visit.linkId = m_link.id;
    visit.visitedOn = QDate::currentDate();
    if (visitId > 0) {
        if (const auto found = repo.findVisit(visitId))
            visit = *found;
    }
    ActionDialog d(QStringLiteral("enterpriseVisitDialog"),
                   visit.id ? tr("Visit to %1").arg(m_link.enterprise)
                            : tr("New visit to %1").arg(m_link.enterprise),
                   QString(), this);
    d.addDate(QStringLiteral("visited_on"), tr("Visited on:"), visit.visitedOn);
    d.addText(QStringLiteral("summary"), tr("Summary:"), visit.summary, true);
    d.addText(QStringLiteral("problems"), tr("Problems raised:"), visit.problems, true);
    d.setAction([&d, &visit, this] {
        EnterpriseVisit v = visit;
        v.visitedOn = d.date(QStringLiteral("visited_on"));
        v.summary = d.text(QStringLiteral("summary"));
        v.problems = d.text(QStringLiteral("problems"));
        EnterpriseLinkRepository visits(db());
        const Status s = v.id ? visits.updateVisit(v) : visits.insertVisit(v);
        if (s)
            visit = v;
        return s;
    });
    if (d.exec() == QDialog::Accepted) {
        markSaved();
        refreshVisits();
    }
}

void EnterpriseLinkForm::removeVisit()
{
    QTreeWidgetItem *item = m_visits->currentItem();
    if (!item)
        return;
    const RecycleRef ref{RecycleKind::EnterpriseVisit, item->data(0, Qt::UserRole).toLongLong()};
    if (!RecycleBinPrompt::moveToBin(this, db(), ref, item->text(0)))
        return;
    markSaved();
    refreshVisits();
}

EnterpriseLink EnterpriseLinkForm::read() const
{
    EnterpriseLink l = m_link;
    l.deputyId = m_deputy->deputyId();
    l.enterprise = m_enterprise->text().trimmed();
    l.contactPerson = m_contact->text().trimmed();
    l.phone = m_phone->text().trimmed();
    l.address = m_address->text().trimmed();
    l.since = m_since->value();
    l.notes = m_notes->toPlainText();
    return l;
}

Status EnterpriseLinkForm::validateForm() const
{
    return EnterpriseLinkRepository(db()).validate(read());
}

Status EnterpriseLinkForm::saveForm()
{
    EnterpriseLink l = read();
    EnterpriseLinkRepository repo(db());
    const Status status = l.id ? repo.update(l) : repo.insert(l);
    if (!status)
        return status;
    m_link = l;
    refreshVisits();
    return status;
}
