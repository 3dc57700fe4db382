#include "editors/ActionDialog.h"

#include "editors/FormLayouts.h"
#include "widgets/CodeCombo.h"
#include "widgets/DateField.h"
#include "widgets/DeputyPicker.h"
#include "widgets/VocabularyCombo.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QKeyEvent>
#include <QPushButton>
#include <QVBoxLayout>

ActionDialog::ActionDialog(const QString &objectName, const QString &title, const QString &explanation,
                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(objectName);
    setWindowTitle(title);
    setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 1px solid #c62828; border-radius: 2px; }"));
    auto *layout = new QVBoxLayout(this);
    if (!explanation.isEmpty()) {
        auto *label = new QLabel(explanation, this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    m_form = FormLayouts::column();
    layout->addLayout(m_form);
    m_generalError = new QLabel(this);
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_generalError->setWordWrap(true);
    m_generalError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_generalError->hide();
    layout->addWidget(m_generalError);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    m_ok->setToolTip(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText));
}

bool ActionDialog::eventFilter(QObject *watched, QEvent *event)
{
    // In a note field Enter starts a new line (elsewhere it presses OK); Ctrl+Enter confirms the step.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ActionDialog::addRow(const QString &key, const QString &label, QWidget *editor)
{
    editor->setObjectName(key);
    auto *cell = new QWidget(this);
    auto *v = new QVBoxLayout(cell);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(editor);
    auto *error = new QLabel(cell);
    error->setObjectName(QStringLiteral("error_") + key);
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #c62828;"));
    error->hide();
    v->addWidget(error);
    m_form->addRow(label, cell);
    m_editors.insert(key, editor);
    m_errors.insert(key, error);
}

void ActionDialog::addDate(const QString &key, const QString &label, const QDate &value, bool optional)
{
    auto *edit = new DateField(optional, this);
    edit->setValue(value);
    addRow(key, label, edit);
}

void ActionDialog::addText(const QString &key, const QString &label, const QString &value, bool multiline)
{
    if (multiline) {
        auto *edit = new QPlainTextEdit(value, this);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(70);
        edit->setMaximumHeight(110);
        edit->installEventFilter(this);
        addRow(key, label, edit);
    } else {
        addRow(key, label, new QLineEdit(value, this));
    }
}

void ActionDialog::addCode(const QString &key, const QString &label, Codes::Kind kind, const QString &value,
                           const QStringList &only)
{
    auto *combo = new CodeCombo(kind, false, this);
    if (!only.isEmpty()) {
        for (int i = combo->count() - 1; i >= 0; --i) {
            if (!only.contains(combo->itemData(i).toString()))
                combo->removeItem(i);
        }
    }
    combo->setCode(value);
    addRow(key, label, combo);
}

void ActionDialog::addVocabulary(Database &db, const QString &key, const QString &label, const QString &kind,
                                 const QString &value)
{
    auto *combo = new VocabularyCombo(db, kind, this);
    combo->setValue(value);
    addRow(key, label, combo);
}

void ActionDialog::addDeputy(Database &db, const QString &key, const QString &label, qint64 deputyId,
                             const QDate &date)
{
    auto *picker = new DeputyPicker(db, true, this);
    picker->setDate(date);
    picker->setDeputyId(deputyId);
    addRow(key, label, picker);
}

void ActionDialog::addCheck(const QString &key, const QString &label, bool checked)
{
    auto *box = new QCheckBox(label, this);
    box->setChecked(checked);
    addRow(key, QString(), box);
}

void ActionDialog::addInfo(const QString &label, const QString &text)
{
    auto *value = new QLabel(text, this);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
}

QDate ActionDialog::date(const QString &key) const
{
    auto *edit = qobject_cast<DateField *>(m_editors.value(key));
    return edit ? edit->value() : QDate();
}

QString ActionDialog::text(const QString &key) const
{
    QWidget *w = m_editors.value(key);
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text().trimmed();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
        return plain->toPlainText().trimmed();
    if (auto *vocabulary = qobject_cast<VocabularyCombo *>(w))
        return vocabulary->value();
    return QString();
}

QString ActionDialog::code(const QString &key) const
{
    auto *combo = qobject_cast<CodeCombo *>(m_editors.value(key));
    return combo ? combo->code() : QString();
}

qint64 ActionDialog::deputyId(const QString &key) const
{
    auto *picker = qobject_cast<DeputyPicker *>(m_editors.value(key));
    return picker ? picker->deputyId() : 0;
}

bool ActionDialog::isChecked(const QString &key) const
{
    auto *box = qobject_cast<QCheckBox *>(m_editors.value(key));
    return box && box->isChecked();
}

void ActionDialog::setOkText(const QString &text)
{
    m_ok->setText(text);
}

void ActionDialog::showStatus(const Status &status)
{
    QStringList general;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString message = status.fieldMessage(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
        QWidget *editor = m_editors.value(it.key());
        editor->setProperty("invalid", !message.isEmpty());
        editor->setToolTip(message);
        editor->style()->unpolish(editor);
        editor->style()->polish(editor);
    }
    for (const FieldError &e : status.fieldErrors()) {
        if (!m_errors.contains(e.field))
            general << e.message;
    }
    if (!status && status.fieldErrors().isEmpty())
        general << status.message();
    m_generalError->setText(general.join(QLatin1Char('\n')));
    m_generalError->setVisible(!general.isEmpty());
}

void ActionDialog::accept()
{
    const Status status = m_action ? m_action() : Status::ok();
    showStatus(status);
    if (status) {
        for (QWidget *w : std::as_const(m_editors)) {
            if (auto *vocabulary = qobject_cast<VocabularyCombo *>(w))
                vocabulary->remember();
        }
        QDialog::accept();
    }
}
