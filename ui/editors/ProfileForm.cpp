#include "editors/ProfileForm.h"

#include "dialogs/RecycleBinPrompt.h"
#include "editors/FormLayouts.h"
#include "ledgers/ConstituencyProfileRepository.h"
#include "ledgers/DeputyRepository.h"
#include "widgets/DateField.h"
#include "widgets/DeputyPicker.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// By practice a deputy keeps in touch with at least ten voters of the constituency.
constexpr int kUsualContactVoters = 10;

QSpinBox *countBox(QWidget *parent, const QString &unknown)
{
    auto *box = new QSpinBox(parent);
    box->setRange(-1, 100000000);
    box->setSpecialValueText(unknown);
    box->setGroupSeparatorShown(true);
    return box;
}

QPlainTextEdit *textBox(QWidget *parent, int height)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(height);
    return edit;
}

/// Last year's profile as the start of `year`'s: the same constituency and voters, as new records.
ConstituencyProfile copyForYear(const ConstituencyProfile &previous, int year)
{
    ConstituencyProfile p = previous;
    p.id = 0;
    p.uuid.clear();
    p.year = year;
    p.notes.clear();
    p.createdAt.clear();
    p.updatedAt.clear();
    for (ContactVoter &c : p.contactVoters) {
        c.id = 0;
        c.uuid.clear();
        c.profileId = 0;
    }
    return p;
}

} // namespace

ProfileForm::ProfileForm(Database &database, qint64 id, qint64 deputyId, int year, QWidget *parent)
    : EditorForm(database, parent)
{
    setObjectName(QStringLiteral("profileForm"));
    ConstituencyProfileRepository repo(db());
    if (id > 0) {
        if (const auto found = repo.find(id))
            m_profile = *found;
    } else if (deputyId > 0 && year > 0) {
        if (const auto found = repo.findFor(deputyId, year))
            m_profile = *found;
    }
    QString startedFrom;
    if (!m_profile.id) {
        m_profile.deputyId = deputyId;
        m_profile.year = year > 0 ? year : QDate::currentDate().year();
        // A constituency changes little from one year to the next: the new year's profile starts as a
        // copy of last year's (its contact voters included), or at least with the deputy's constituency.
        if (const auto previous = deputyId > 0 ? repo.findFor(deputyId, m_profile.year - 1) : std::nullopt) {
            m_profile = copyForYear(*previous, m_profile.year);
            startedFrom = tr("Filled in from the %1 profile: check what has changed, then save.")
                              .arg(previous->year);
        } else if (const auto deputy = deputyId > 0 ? DeputyRepository(db()).find(deputyId) : std::nullopt) {
            m_profile.constituency = deputy->constituency;
        }
        m_profile.updatedOn = QDate::currentDate();
    }

    m_deputy = new DeputyPicker(db(), true, this);
    m_year = new QSpinBox(this);
    m_year->setRange(1990, 2100);
    m_constituency = new QLineEdit(this);
    m_scope = textBox(this, 50);
    m_households = countBox(this, tr("unknown"));
    m_population = countBox(this, tr("unknown"));
    m_voters = countBox(this, tr("unknown"));
    m_communities = textBox(this, 50);
    m_enterprises = textBox(this, 50);
    m_facilities = textBox(this, 50);
    m_keyProblems = textBox(this, 70);
    m_updatedOn = new DateField(true, this);
    m_notes = textBox(this, 40);

    if (!startedFrom.isEmpty()) {
        auto *note = new QLabel(startedFrom, this);
        note->setObjectName(QStringLiteral("startedFrom"));
        note->setWordWrap(true);
        body()->addWidget(note);
    }
    QFormLayout *left = nullptr;
    QFormLayout *right = nullptr;
    body()->addLayout(FormLayouts::twoColumns(left, right));
    addField(left, tr("&Deputy:"), m_deputy, {QStringLiteral("deputy_id")});
    addField(left, tr("&Year:"), m_year, {QStringLiteral("year")});
    addField(left, tr("&Constituency:"), m_constituency, {QStringLiteral("constituency")});
    addField(left, tr("&Scope:"), m_scope, {QStringLiteral("scope")});
    addField(left, tr("&Households:"), m_households, {QStringLiteral("households")});
    addField(left, tr("&Population:"), m_population, {QStringLiteral("population")});
    addField(left, tr("&Voters:"), m_voters, {QStringLiteral("voters")});
    addField(right, tr("Co&mmunities:"), m_communities, {QStringLiteral("communities")});
    addField(right, tr("&Enterprises:"), m_enterprises, {QStringLiteral("enterprises")});
    addField(right, tr("Public &facilities:"), m_facilities, {QStringLiteral("facilities")});
    addField(right, tr("Standing p&roblems:"), m_keyProblems, {QStringLiteral("key_problems")});
    addField(right, tr("Last &updated:"), m_updatedOn, {QStringLiteral("updated_on")});
    addField(right, tr("N&otes:"), m_notes, {QStringLiteral("notes")});

    auto *contactsBox = new QGroupBox(tr("Fixed-contact voters (联系选民)"), this);
    auto *contactsLayout = new QVBoxLayout(contactsBox);
    m_contacts = new QTableWidget(0, 4, contactsBox);
    m_contacts->setHorizontalHeaderLabels({tr("Name"), tr("Phone"), tr("Address"), tr("Notes")});
    m_contacts->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_contacts->setColumnWidth(0, 100);
    m_contacts->setColumnWidth(1, 130);
    m_contacts->setColumnWidth(3, 160);
    m_contacts->verticalHeader()->setDefaultSectionSize(m_contacts->fontMetrics().height() + 8);
    m_contacts->setAlternatingRowColors(true);
    contactsLayout->addWidget(m_contacts, 1);
    auto *contactsError = new QLabel(contactsBox);
    contactsError->setWordWrap(true);
    contactsError->setStyleSheet(QStringLiteral("color: #c62828;"));
    contactsError->hide();
    contactsLayout->addWidget(contactsError);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add voter"), contactsBox);
    add->setObjectName(QStringLiteral("addVoter"));
    auto *remove = new QPushButton(tr("Remove voter"), contactsBox);
    remove->setObjectName(QStringLiteral("removeVoter"));
    m_contactCount = new QLabel(contactsBox);
    m_contactCount->setObjectName(QStringLiteral("contactCount"));
    for (QPushButton *b : {add, remove}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addWidget(m_contactCount, 1);
    contactsLayout->addLayout(buttons);
    body()->addWidget(contactsBox, 1);
    registerField(tr("Contact voters"), m_contacts, contactsError, {QStringLiteral("contact_voters")});

    connect(add, &QPushButton::clicked, this, &ProfileForm::addVoterRow);
    connect(remove, &QPushButton::clicked, this, &ProfileForm::removeVoter);
    RecycleBinPrompt::offerOn(m_contacts, [this] { removeVoter(); });
    connect(m_year, &QSpinBox::valueChanged, this, [this](int y) {
        m_deputy->setDate(QDate(y, 12, 31) < QDate::currentDate() ? QDate(y, 12, 31) : QDate::currentDate());
    });

    load();
    resize(980, 720);
}

void ProfileForm::load()
{
    setLoading(true);
    const ConstituencyProfile &p = m_profile;
    m_year->setValue(p.year);
    m_deputy->setDeputyId(p.deputyId);
    m_constituency->setText(p.constituency);
    m_scope->setPlainText(p.scope);
    m_households->setValue(p.households);
    m_population->setValue(p.population);
    m_voters->setValue(p.voters);
    m_communities->setPlainText(p.communities);
    m_enterprises->setPlainText(p.enterprises);
    m_facilities->setPlainText(p.facilities);
    m_keyProblems->setPlainText(p.keyProblems);
    m_updatedOn->setValue(p.updatedOn);
    m_notes->setPlainText(p.notes);
    m_contacts->setRowCount(0);
    for (const ContactVoter &c : p.contactVoters)
        insertVoter(c);
    updateVoterCount();
    setWindowTitle(p.id ? tr("Constituency profile %1").arg(p.year) : tr("New constituency profile"));
    setSaveText(p.id ? tr("&Save") : tr("&Add profile"));
    setLoading(false);
    markClean();
    setNewRecord(!p.id);
}

void ProfileForm::insertVoter(const ContactVoter &voter)
{
    const int row = m_contacts->rowCount();
    m_contacts->insertRow(row);
    auto *name = new QTableWidgetItem(voter.name);
    name->setData(Qt::UserRole, voter.id);
    m_contacts->setItem(row, 0, name);
    m_contacts->setItem(row, 1, new QTableWidgetItem(voter.phone));
    m_contacts->setItem(row, 2, new QTableWidgetItem(voter.address));
    m_contacts->setItem(row, 3, new QTableWidgetItem(voter.notes));
}

void ProfileForm::addVoterRow()
{
    insertVoter({});
    const int row = m_contacts->rowCount() - 1;
    m_contacts->setCurrentCell(row, 0);
    m_contacts->editItem(m_contacts->item(row, 0));
    updateVoterCount();
}

void ProfileForm::removeVoter()
{
    const int row = m_contacts->currentRow();
    if (row < 0)
        return;
    const QTableWidgetItem *name = m_contacts->item(row, 0);
    const qint64 id = name ? name->data(Qt::UserRole).toLongLong() : 0;
    if (id <= 0) {
        m_contacts->removeRow(row); // typed in this form and never saved: nothing to keep
        updateVoterCount();
        return;
    }
    // A saved voter goes to the recycle bin at once, like a record deleted from a ledger's list; the
    // form's other unsaved edits stay as they are.
    if (!RecycleBinPrompt::moveToBin(this, db(), {RecycleKind::ContactVoter, id}, name->text()))
        return;
    markSaved();
    setLoading(true);
    m_contacts->removeRow(row);
    setLoading(false);
    revalidate();
    updateVoterCount();
}

void ProfileForm::updateVoterCount()
{
    const int n = m_contacts->rowCount();
    m_contactCount->setText(
        n < kUsualContactVoters
            ? tr("%n voter(s); practice is at least %1.", nullptr, n).arg(kUsualContactVoters)
            : tr("%n voter(s).", nullptr, n));
}

ConstituencyProfile ProfileForm::read() const
{
    ConstituencyProfile p = m_profile;
    p.deputyId = m_deputy->deputyId();
    p.year = m_year->value();
    p.constituency = m_constituency->text().trimmed();
    p.scope = m_scope->toPlainText().trimmed();
    p.households = m_households->value();
    p.population = m_population->value();
    p.voters = m_voters->value();
    p.communities = m_communities->toPlainText().trimmed();
    p.enterprises = m_enterprises->toPlainText().trimmed();
    p.facilities = m_facilities->toPlainText().trimmed();
    p.keyProblems = m_keyProblems->toPlainText().trimmed();
    p.updatedOn = m_updatedOn->value();
    p.notes = m_notes->toPlainText();
    p.contactVoters.clear();
    auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_contacts->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        ContactVoter c;
        const QTableWidgetItem *name = m_contacts->item(row, 0);
        c.id = name ? name->data(Qt::UserRole).toLongLong() : 0;
        c.profileId = p.id;
        c.name = text(row, 0);
        c.phone = text(row, 1);
        c.address = text(row, 2);
        c.notes = text(row, 3);
        // A row left completely empty is not a voter.
        if (!c.id && c.name.isEmpty() && c.phone.isEmpty() && c.address.isEmpty() && c.notes.isEmpty())
            continue;
        p.contactVoters << c;
    }
    return p;
}

Status ProfileForm::validateForm() const
{
    return ConstituencyProfileRepository(db()).validate(read());
}

Status ProfileForm::saveForm()
{
    ConstituencyProfile p = read();
    ConstituencyProfileRepository repo(db());
    const Status status = p.id ? repo.update(p) : repo.insert(p);
    if (!status)
        return status;
    m_profile = p;
    if (const auto saved = repo.find(p.id))
        m_profile = *saved;
    load();
    return status;
}
