#include "dialogs/SettingsDialog.h"

#include "common/Codes.h"
#include "common/Translations.h"
#include "editors/DeadlineDefaults.h"
#include "ledgers/StationRepository.h"
#include "ledgers/VocabularyRepository.h"
#include "safety/AuditActor.h"
#include "storage/Database.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    const std::optional<Station> station = StationRepository(db).local();

    auto *general = new QWidget;
    auto *form = new QFormLayout(general);
    m_station = new QLineEdit(station ? station->name : QString());
    m_station->setObjectName(QStringLiteral("settingsStation"));
    m_street = new QLineEdit(station ? station->street : QString());
    m_street->setObjectName(QStringLiteral("settingsStreet"));
    m_stationError = new QLabel;
    m_stationError->setObjectName(QStringLiteral("settingsStationError"));
    m_stationError->setStyleSheet(QStringLiteral("QLabel { color: #b01c1c; }"));
    m_stationError->setWordWrap(true);
    m_stationError->hide();
    m_clerk = new QLineEdit(QSettings().value(QStringLiteral("clerkName")).toString());
    m_clerk->setObjectName(QStringLiteral("settingsClerk"));
    m_clerk->setToolTip(tr("Recorded as the visitor of follow-up visits and, with your system user name, in the audit trail "
                          "of every change you make"));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Translations::configuredLanguage())));
    form->addRow(tr("Station name:"), m_station);
    form->addRow(QString(), m_stationError);
    form->addRow(tr("Street:"), m_street);
    form->addRow(tr("Clerk's name:"), m_clerk);
    form->addRow(tr("Language:"), m_language);

    auto *deadlines = new QWidget;
    auto *deadlineForm = new QFormLayout(deadlines);
    auto *deadlineNote =
        new QLabel(tr("Days the handling unit gets by default, counted from the day the appeal is "
                      "assigned. The deadline can still be changed for each appeal."));
    deadlineNote->setWordWrap(true);
    deadlineForm->addRow(deadlineNote);
    for (const QString &disposal : Codes::codes(Codes::Disposal)) {
        auto *days = new QSpinBox;
        days->setObjectName(QStringLiteral("deadline_") + disposal);
        days->setRange(0, 365);
        days->setSuffix(tr(" days"));
        days->setValue(DeadlineDefaults::days(disposal));
        deadlineForm->addRow(Codes::label(Codes::Disposal, disposal) + QLatin1Char(':'), days);
        m_deadlines.insert(disposal, days);
    }

    auto *tabs = new QTabWidget;
    tabs->addTab(general, tr("Station"));
    tabs->addTab(vocabularyPage(VocabularyRepository::category()), tr("Categories"));
    tabs->addTab(vocabularyPage(VocabularyRepository::unit()), tr("Handling units"));
    tabs->addTab(deadlines, tr("Deadlines"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(520, 460);
}

QWidget *SettingsDialog::vocabularyPage(const QString &kind)
{
    auto *page = new QWidget;
    auto *list = new QListWidget;
    list->setObjectName(kind + QStringLiteral("List"));
    list->addItems(VocabularyRepository(m_db).values(kind));
    auto *entry = new QLineEdit;
    entry->setObjectName(kind + QStringLiteral("Entry"));
    entry->setPlaceholderText(kind == VocabularyRepository::category() ? tr("New category")
                                                                       : tr("New handling unit"));
    auto *add = new QPushButton(tr("Add"));
    add->setObjectName(kind + QStringLiteral("Add"));
    auto *remove = new QPushButton(tr("Remove from the list"));
    remove->setObjectName(kind + QStringLiteral("Remove"));
    remove->setToolTip(tr("Records that use it keep it; it is only no longer offered for new records"));
    auto *note =
        new QLabel(tr("These lists also grow when a new value is typed in a form. Changes here are saved "
                      "at once."));
    note->setWordWrap(true);
    connect(add, &QPushButton::clicked, this, [this, kind, list, entry] {
        const QString value = entry->text().trimmed();
        const Status status = VocabularyRepository(m_db).add(kind, value);
        if (!status.isOk()) {
            MessageBox::warning(this, tr("Settings"), status.message());
            return;
        }
        if (list->findItems(value, Qt::MatchExactly).isEmpty())
            list->addItem(value);
        entry->clear();
    });
    connect(entry, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(remove, &QPushButton::clicked, this, [this, kind, list] {
        QListWidgetItem *item = list->currentItem();
        if (!item)
            return;
        const Status status = VocabularyRepository(m_db).remove(kind, item->text());
        if (!status.isOk()) {
            MessageBox::warning(this, tr("Settings"), status.message());
            return;
        }
        delete item;
    });
    auto *row = new QHBoxLayout;
    row->addWidget(entry, 1);
    row->addWidget(add);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note);
    layout->addWidget(list, 1);
    layout->addLayout(row);
    layout->addWidget(remove, 0, Qt::AlignLeft);
    return page;
}

bool SettingsDialog::save()
{
    StationRepository stations(m_db);
    std::optional<Station> station = stations.local();
    Station edited = station.value_or(Station());
    edited.name = m_station->text().trimmed();
    edited.street = m_street->text().trimmed();
    const Status status = station ? stations.update(edited) : stations.insert(edited);
    if (!status.isOk()) {
        const QString message = status.fieldMessage(QStringLiteral("name"));
        m_stationError->setText(message.isEmpty() ? status.message() : message);
        m_stationError->show();
        m_station->setFocus();
        return false;
    }
    m_stationError->hide();
    QSettings().setValue(QStringLiteral("clerkName"), m_clerk->text().trimmed());
    AuditActor::setClerk(m_clerk->text());   // the audit trail names the new clerk from the next change on
    for (auto it = m_deadlines.constBegin(); it != m_deadlines.constEnd(); ++it)
        DeadlineDefaults::setDays(it.key(), it.value()->value());
    const QString language = m_language->currentData().toString();
    if (language != Translations::configuredLanguage()) {
        Translations::setConfiguredLanguage(language);
        MessageBox::information(this, tr("Language"),
                                tr("The new language is used from the next start of the program."));
    }
    return true;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}
