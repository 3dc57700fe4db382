#include "editors/DeputyForm.h"

#include "editors/FormLayouts.h"
#include "ledgers/DeputyRepository.h"
#include "widgets/CodeCombo.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

DeputyForm::DeputyForm(Database &database, qint64 id, QWidget *parent)
    : EditorForm(database, parent)
{
    setObjectName(QStringLiteral("deputyForm"));
    if (id > 0) {
        if (const auto found = DeputyRepository(db()).find(id))
            m_deputy = *found;
    }
    setWindowTitle(m_deputy.id ? tr("Deputy %1").arg(m_deputy.name) : tr("New deputy"));

    m_name = new QLineEdit(this);
    m_gender = new CodeCombo(Codes::Gender, true, this);
    m_level = new CodeCombo(Codes::DeputyLevel, false, this);
    m_term = new QSpinBox(this);
    m_term->setRange(0, 30);
    m_term->setSpecialValueText(tr("unknown"));
    // "第 5 届" in Chinese: the number sits inside the words, so the text is split around it.
    const QString termFormat = tr("Term %1");
    m_term->setPrefix(termFormat.section(QStringLiteral("%1"), 0, 0));
    m_term->setSuffix(termFormat.section(QStringLiteral("%1"), 1));
    m_phone = new QLineEdit(this);
    m_phone->setPlaceholderText(tr("e.g. 138 1234 5678 or 027-8888 1234"));
    m_constituency = new QLineEdit(this);
    m_employer = new QLineEdit(this);
    m_post = new QLineEdit(this);
    m_sector = new QComboBox(this);
    m_sector->setEditable(true);
    // The sectors clerks usually write; any other can be typed.
    m_sector->addItems({QString(), QStringLiteral("企业"), QStringLiteral("医护"), QStringLiteral("社区"),
                        QStringLiteral("教育"), QStringLiteral("机关"), QStringLiteral("农业"),
                        QStringLiteral("法律"), QStringLiteral("其他")});
    m_termStart = new DateField(true, this);
    m_termEnd = new DateField(true, this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);

    QFormLayout *left = nullptr;
    QFormLayout *right = nullptr;
    body()->addLayout(FormLayouts::twoColumns(left, right));
    addField(left, tr("&Name:"), m_name, {QStringLiteral("name")});
    addField(left, tr("&Gender:"), m_gender, {QStringLiteral("gender")});
    addField(left, tr("&Level:"), m_level, {QStringLiteral("level")});
    addField(left, tr("Te&rm:"), m_term, {QStringLiteral("term")});
    addField(left, tr("&Phone:"), m_phone, {QStringLiteral("phone")});
    addField(left, tr("Mandate &start:"), m_termStart, {QStringLiteral("term_start")});
    addField(right, tr("&Constituency:"), m_constituency, {QStringLiteral("constituency")});
    addField(right, tr("&Employer:"), m_employer, {QStringLiteral("employer")});
    addField(right, tr("P&ost:"), m_post, {QStringLiteral("post")});
    addField(right, tr("Se&ctor:"), m_sector, {QStringLiteral("sector")});
    addField(right, tr("Mandate &end:"), m_termEnd, {QStringLiteral("term_end")});
    QFormLayout *bottom = FormLayouts::column();
    body()->addLayout(bottom);
    addField(bottom, tr("No&tes:"), m_notes, {QStringLiteral("notes")});
    m_termEnd->setToolTip(tr("Leave empty while the deputy is in office."));

    load();
    setSaveText(m_deputy.id ? tr("&Save") : tr("&Add deputy"));
    resize(760, sizeHint().height());
}

void DeputyForm::load()
{
    setLoading(true);
    m_name->setText(m_deputy.name);
    m_gender->setCode(m_deputy.gender);
    m_level->setCode(m_deputy.level.isEmpty() ? QStringLiteral("district") : m_deputy.level);
    m_term->setValue(m_deputy.term);
    m_phone->setText(m_deputy.phone);
    m_constituency->setText(m_deputy.constituency);
    m_employer->setText(m_deputy.employer);
    m_post->setText(m_deputy.post);
    m_sector->setCurrentText(m_deputy.sector);
    m_termStart->setValue(m_deputy.termStart);
    m_termEnd->setValue(m_deputy.termEnd);
    m_notes->setPlainText(m_deputy.notes);
    setLoading(false);
    markClean();
}

Deputy DeputyForm::read() const
{
    Deputy d = m_deputy;
    d.name = m_name->text().trimmed();
    d.gender = m_gender->code();
    d.level = m_level->code();
    d.term = m_term->value();
    d.phone = m_phone->text().trimmed();
    d.constituency = m_constituency->text().trimmed();
    d.employer = m_employer->text().trimmed();
    d.post = m_post->text().trimmed();
    d.sector = m_sector->currentText().trimmed();
    d.termStart = m_termStart->value();
    d.termEnd = m_termEnd->value();
    d.notes = m_notes->toPlainText();
    return d;
}

Status DeputyForm::validateForm() const
{
    return DeputyRepository(db()).validate(read());
}

Status DeputyForm::saveForm()
{
    Deputy d = read();
    DeputyRepository repo(db());
    const Status status = d.id ? repo.update(d) : repo.insert(d);
    if (!status)
        return status;
    m_deputy = d;
    setWindowTitle(tr("Deputy %1").arg(m_deputy.name));
    setSaveText(tr("&Save"));
    return status;
}
