#include "reports/ReportChoiceDialog.h"

#include "common/Codes.h"
#include "ledgers/DeputyRepository.h"
#include "lists/LedgerYears.h"
#include "rules/Validation.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ReportChoiceDialog::ReportChoiceDialog(Database &db, const QString &title, bool withDeputy,
                                       qint64 initialDeputy, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_wantedDeputy(initialDeputy)
{
    setObjectName(QStringLiteral("reportChoiceDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("reportYear"));
    m_year->setRange(Validation::earliestDate().year(), QDate::currentDate().year() + 1);
    m_year->setValue(defaultYear(db));
    form->addRow(tr("&Year:"), m_year);
    if (withDeputy) {
        m_deputy = new QComboBox;
        m_deputy->setObjectName(QStringLiteral("reportDeputy"));
        m_deputy->setMinimumContentsLength(28);
        form->addRow(tr("&Deputy:"), m_deputy);
        fillDeputies();
        connect(m_year, &QSpinBox::valueChanged, this, [this] {
            m_wantedDeputy = deputyId();
            fillDeputies();
        });
    }
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Preview"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("reportChoiceOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

int ReportChoiceDialog::defaultYear(const Database &db)
{
    const QDate today = QDate::currentDate();
    const QList<int> years = LedgerYears::of(db);
    const int wanted = today.month() <= 2 ? today.year() - 1 : today.year();
    if (years.isEmpty() || years.contains(wanted))
        return wanted;
    return years.first();
}

int ReportChoiceDialog::year() const
{
    return m_year->value();
}

qint64 ReportChoiceDialog::deputyId() const
{
    return m_deputy ? m_deputy->currentData().toLongLong() : 0;
}

void ReportChoiceDialog::fillDeputies()
{
    m_deputy->clear();
    m_deputy->addItem(tr("All deputies in office in %1 (one book with a contents page)").arg(year()), 0);
    for (const Deputy &d : DeputyRepository(m_db).inOfficeDuring(year()))
        m_deputy->addItem(tr("%1 (%2 deputy)").arg(d.name, Codes::label(Codes::DeputyLevel, d.level)), d.id);
    const int index = m_deputy->findData(m_wantedDeputy);
    m_deputy->setCurrentIndex(index < 0 ? 0 : index);
}
