#include "reports/NarrativeDialog.h"

#include "ledgers/ReportNarrativeRepository.h"
#include "rules/Validation.h"
#include "storage/Database.h"
#include "widgets/MessageBox.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

NarrativeDialog::NarrativeDialog(Database &db, int year, bool yearFixed, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("narrativeDialog"));
    setWindowTitle(tr("Work report texts"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year of the report:"));
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("narrativeYear"));
    m_year->setRange(Validation::earliestDate().year(), QDate::currentDate().year() + 1);
    m_year->setValue(year);
    m_year->setEnabled(!yearFixed);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch();
    layout->addLayout(top);

    auto *intro = new QLabel(tr("The work report prints what you write here word for word: each line becomes "
                                "a paragraph. The figures of part 一 are computed from the ledgers."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_readOnly =
        new QLabel(tr("The ledger file is open read-only: these texts can be read but not changed."));
    m_readOnly->setObjectName(QStringLiteral("narrativeReadOnly"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; padding: 6px; }"));
    m_readOnly->setVisible(db.isReadOnly());
    layout->addWidget(m_readOnly);

    auto *shortLabel = new QLabel(tr("&Shortcomings (printed under 二、存在不足):"));
    m_shortcomings = new QPlainTextEdit;
    m_shortcomings->setObjectName(QStringLiteral("narrativeShortcomings"));
    m_shortcomings->setTabChangesFocus(true);
    shortLabel->setBuddy(m_shortcomings);
    layout->addWidget(shortLabel);
    layout->addWidget(m_shortcomings, 1);

    m_planLabel = new QLabel;
    m_plan = new QPlainTextEdit;
    m_plan->setObjectName(QStringLiteral("narrativePlan"));
    m_plan->setTabChangesFocus(true);
    m_planLabel->setBuddy(m_plan);
    layout->addWidget(m_planLabel);
    layout->addWidget(m_plan, 1);

    auto *buttons = new QDialogButtonBox;
    m_saveButton = buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("narrativeSave"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("narrativeClose"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("narrativeStatus"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(m_saveButton, &QPushButton::clicked, this, &NarrativeDialog::save);
    connect(close, &QPushButton::clicked, this, &NarrativeDialog::reject);
    connect(m_year, &QSpinBox::valueChanged, this, &NarrativeDialog::yearChosen);
    for (QPlainTextEdit *edit : {m_shortcomings, m_plan}) {
        edit->setReadOnly(db.isReadOnly());
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (m_loading)
                return;
            m_dirty = true;
            m_status->clear();
            updateState();
        });
    }
    resize(760, 640);
    load(year);
}

void NarrativeDialog::load(int year)
{
    m_loading = true;
    m_shownYear = year;
    const auto narrative = ReportNarrativeRepository(m_db).find(year);
    m_shortcomings->setPlainText(narrative ? narrative->shortcomings : QString());
    m_plan->setPlainText(narrative ? narrative->nextYearPlan : QString());
    m_planLabel->setText(tr("&Plans for %1 (printed under 三、%1年工作思路):").arg(year + 1));
    m_loading = false;
    m_dirty = false;
    m_status->setText(narrative ? QString() : tr("Not written yet for %1.").arg(year));
    updateState();
}

void NarrativeDialog::updateState()
{
    m_saveButton->setEnabled(m_dirty && !m_db.isReadOnly());
    setWindowTitle(m_dirty ? tr("Work report texts %1 (not saved)").arg(m_shownYear)
                           : tr("Work report texts %1").arg(m_shownYear));
}

bool NarrativeDialog::save()
{
    ReportNarrative narrative;
    narrative.year = m_shownYear;
    // Trailing blank lines would print as nothing; the clerk's line breaks inside are kept.
    narrative.shortcomings = m_shortcomings->toPlainText().trimmed();
    narrative.nextYearPlan = m_plan->toPlainText().trimmed();
    const Status status = ReportNarrativeRepository(m_db).save(narrative);
    if (!status) {
        MessageBox::warning(this, tr("Texts not saved"), status.message());
        return false;
    }
    m_dirty = false;
    m_saved = true;
    m_status->setText(tr("Saved."));
    updateState();
    return true;
}

bool NarrativeDialog::settleChanges()
{
    if (!m_dirty)
        return true;
    const auto answer = MessageBox::question(
        this, windowTitle(),
        tr("The texts of %1 have changes that are not saved. Save them?").arg(m_shownYear),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    return true;
}

void NarrativeDialog::yearChosen(int year)
{
    if (year == m_shownYear)
        return;
    if (!settleChanges()) {
        const QSignalBlocker block(m_year);
        m_year->setValue(m_shownYear);
        return;
    }
    load(year);
}

void NarrativeDialog::reject()
{
    if (!settleChanges())
        return;
    m_dirty = false;
    QDialog::reject();
}
