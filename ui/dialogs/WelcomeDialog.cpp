#include "dialogs/WelcomeDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

WelcomeDialog::WelcomeDialog(bool firstStart, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(firstStart ? tr("Welcome to Liaison Ledger") : tr("New ledger file"));
    auto *intro =
        new QLabel(firstStart ? tr("This program keeps the ledgers of your deputies' liaison station. "
                                   "To begin, tell it which station the ledgers belong to.")
                              : tr("A new ledger file belongs to one station. Which one?"));
    intro->setWordWrap(true);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("stationName"));
    m_name->setPlaceholderText(tr("e.g. 丁字桥街人大代表联络站"));
    m_street = new QLineEdit;
    m_street->setObjectName(QStringLiteral("stationStreet"));
    m_street->setPlaceholderText(tr("e.g. 丁字桥街道"));
    m_demo = new QCheckBox(tr("Load demo data to look around (made-up deputies and appeals; start a new file "
                              "for real records)"));
    m_demo->setObjectName(QStringLiteral("loadDemo"));
    auto *form = new QFormLayout;
    form->addRow(tr("Station name:"), m_name);
    form->addRow(tr("Street:"), m_street);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &WelcomeDialog::updateOk);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_demo);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    updateOk();
}

QString WelcomeDialog::stationName() const
{
    return m_name->text().trimmed();
}

QString WelcomeDialog::street() const
{
    return m_street->text().trimmed();
}

bool WelcomeDialog::loadDemoData() const
{
    return m_demo->isChecked();
}

void WelcomeDialog::updateOk()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!stationName().isEmpty());
    ok->setToolTip(stationName().isEmpty() ? tr("Enter the station's name first.") : QString());
}
