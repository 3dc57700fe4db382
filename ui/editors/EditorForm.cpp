#include "editors/EditorForm.h"

#include "widgets/MessageBox.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QShortcut>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QLabel *newErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void setInvalid(QWidget *editor, bool invalid)
{
    if (editor->property("invalid").toBool() == invalid)
        return;
    editor->setProperty("invalid", invalid);
    editor->style()->unpolish(editor);
    editor->style()->polish(editor);
}

} // namespace

EditorForm::EditorForm(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    // Only widgets marked invalid are styled; everything else keeps the platform's look.
    setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 1px solid #c62828; border-radius: 2px; }"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 12, 12, 10);
    // The window grows when messages appear under fields, so that none is clipped.
    outer->setSizeConstraint(QLayout::SetMinimumSize);
    outer->setSpacing(8);
    m_body = new QVBoxLayout;
    m_body->setSpacing(8);
    outer->addLayout(m_body, 1);

    m_generalError = newErrorLabel(this);
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_generalError->setWordWrap(true); // a full-width row of its own, not inside a form row
    outer->addWidget(m_generalError);

    auto *buttons = new QHBoxLayout;
    m_saveHint = new QLabel(this);
    m_saveHint->setObjectName(QStringLiteral("saveHint"));
    m_saveHint->setWordWrap(true);
    m_saveHint->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_saveHint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    buttons->addWidget(m_saveHint, 1);
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(false);
    m_saveButton->setAutoDefault(false);
    m_saveButton->setEnabled(false);
    buttons->addWidget(m_saveButton);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);
    buttons->addWidget(close);
    outer->addLayout(buttons);

    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(close, &QPushButton::clicked, this, &EditorForm::reject);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_saveButton->isEnabled())
            save();
    });
}

void EditorForm::addField(QFormLayout *form, const QString &label, QWidget *editor, const QStringList &fields)
{
    auto *cell = new QWidget(form->parentWidget());
    auto *v = new QVBoxLayout(cell);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(editor);
    QLabel *error = newErrorLabel(cell);
    v->addWidget(error);
    // A field of limited height (notes) must not take a share of the spare height: it would float away
    // from its label.
    if (editor->maximumHeight() < QWIDGETSIZE_MAX ||
        editor->sizePolicy().verticalPolicy() == QSizePolicy::Fixed)
        cell->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    form->addRow(label, cell);
    registerField(label, editor, error, fields);
}

void EditorForm::registerField(const QString &label, QWidget *editor, QLabel *errorLabel,
                               const QStringList &fields)
{
    QString plain = label;
    plain.remove(QRegularExpression(QStringLiteral("\\(&.\\)"))); // Chinese mnemonics: 姓名(&N)
    plain.remove(QLatin1Char('&'));
    if (plain.endsWith(QLatin1Char(':')) || plain.endsWith(QChar(0xFF1A)))
        plain.chop(1);
    if (!fields.isEmpty()) {
        editor->setObjectName(fields.first());
        errorLabel->setObjectName(QStringLiteral("error_") + fields.first());
    }
    m_fields.append({plain, editor, errorLabel, false});
    for (const QString &f : fields)
        m_fieldIndex.insert(f, m_fields.size() - 1);
    watch(editor);
}

void EditorForm::watch(QWidget *editor)
{
    auto changed = [this, editor] {
        edited(editor);
    };
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        connect(line, &QLineEdit::textChanged, this, changed);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        connect(date, &QDateEdit::dateChanged, this, changed);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        connect(spin, &QSpinBox::valueChanged, this, changed);
    } else if (auto *button = qobject_cast<QAbstractButton *>(editor)) {
        connect(button, &QAbstractButton::toggled, this, changed);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
        if (combo->isEditable())
            connect(combo, &QComboBox::editTextChanged, this, changed);
    } else if (auto *table = qobject_cast<QTableWidget *>(editor)) {
        connect(table, &QTableWidget::itemChanged, this, changed);
        connect(table->model(), &QAbstractItemModel::rowsRemoved, this, changed);
        connect(table->model(), &QAbstractItemModel::rowsInserted, this, changed);
    } else if (auto *list = qobject_cast<QListWidget *>(editor)) {
        connect(list, &QListWidget::itemChanged, this, changed);
    }
}

void EditorForm::edited(QWidget *editor)
{
    if (m_loading)
        return;
    for (Field &f : m_fields) {
        if (f.editor == editor)
            f.touched = true;
    }
    m_dirty = true;
    revalidate();
}

Status EditorForm::revalidate()
{
    const Status status = validateForm();
    showStatus(status);
    return status;
}

void EditorForm::showStatus(const Status &status)
{
    // A window exactly as tall as its messages made it gives the height back once they go; one the
    // clerk made taller keeps its height.
    const int heightBefore = height();
    const bool atMinimum = isVisible() && heightBefore <= minimumHeight();
    QStringList wrongFields;
    QStringList others;
    QList<bool> shown(m_fields.size(), false);
    for (const FieldError &e : status.fieldErrors()) {
        // Rows of a table report as "key.row" (contact_voters.3): shown at the table.
        auto it = m_fieldIndex.constFind(e.field);
        if (it == m_fieldIndex.constEnd())
            it = m_fieldIndex.constFind(e.field.section(QLatin1Char('.'), 0, 0));
        if (it == m_fieldIndex.constEnd()) {
            others << e.message;
            continue;
        }
        Field &f = m_fields[*it];
        if (!wrongFields.contains(f.label))
            wrongFields << f.label;
        if (shown[*it])
            continue; // a field shows its first problem only
        shown[*it] = true;
        const bool visible = f.touched || m_showAll;
        f.error->setText(e.message);
        f.error->setVisible(visible);
        // QFormLayout does not ask a nested word-wrapped label for its height: reserve it, or it is clipped.
        f.error->setMinimumHeight(visible ? f.error->heightForWidth(qMax(f.editor->width(), 120)) : 0);
        f.editor->setToolTip(visible ? e.message : QString());
        setInvalid(f.editor, visible);
    }
    for (int i = 0; i < m_fields.size(); ++i) {
        if (shown[i])
            continue;
        m_fields[i].error->clear();
        m_fields[i].error->hide();
        m_fields[i].editor->setToolTip(QString());
        setInvalid(m_fields[i].editor, false);
    }
    if (!status && status.fieldErrors().isEmpty())
        others << status.message();
    m_generalError->setText(others.join(QLatin1Char('\n')));
    m_generalError->setVisible(!others.isEmpty() && (m_dirty || m_showAll));
    fitToMessages(heightBefore, atMinimum);

    const int problems = wrongFields.size() + others.size();
    if (problems > 0) {
        wrongFields << others;
        m_saveHint->setText(tr("Fix %n field(s): %1", nullptr, problems).arg(wrongFields.join(tr(", "))));
    } else {
        m_saveHint->setText(m_dirty || m_new ? QString() : tr("No changes to save."));
    }
    m_saveButton->setEnabled(problems == 0 && (m_dirty || m_new));
    m_saveButton->setToolTip(m_saveHint->text());
}

bool EditorForm::messagesShown() const
{
    if (m_generalError->isVisibleTo(this))
        return true;
    return std::any_of(m_fields.cbegin(), m_fields.cend(),
                       [this](const Field &f) { return f.error->isVisibleTo(this); });
}

void EditorForm::fitToMessages(int heightBefore, bool atMinimum)
{
    if (!isVisible())
        return;
    if (messagesShown() && m_heightWithoutMessages == 0)
        m_heightWithoutMessages = heightBefore;
    // The height goes back once the layouts have taken the hidden messages out (event()).
    m_giveBackHeight = m_heightWithoutMessages > 0 && atMinimum;
    m_layoutMinimum = minimumHeight();
}

bool EditorForm::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    // The layout has just set the window's minimum from what is shown now.
    if (event->type() == QEvent::LayoutRequest && m_giveBackHeight &&
        height() > qMax(m_layoutMinimum, minimumHeight())) {
        // Taller than any minimum the layout set: the clerk resized it, and keeps that height.
        m_giveBackHeight = false;
    }
    if (event->type() == QEvent::LayoutRequest)
        m_layoutMinimum = minimumHeight();
    if (event->type() == QEvent::LayoutRequest && m_giveBackHeight) {
        const int wanted = qMax(m_heightWithoutMessages, minimumHeight());
        if (height() > wanted)
            resize(width(), wanted);
        if (wanted == m_heightWithoutMessages) {
            m_giveBackHeight = false;
            if (!messagesShown())
                m_heightWithoutMessages = 0;
        }
    }
    return handled;
}

bool EditorForm::save()
{
    Status status = validateForm();
    if (status) {
        status = saveForm();
        if (status) {
            m_saved = true;
            m_new = false;
            markClean();
            return true;
        }
    }
    // Either the rules refused it or the file did: show everything, save nothing.
    m_showAll = true;
    showStatus(status);
    return false;
}

bool EditorForm::saveBeforeStep()
{
    return !m_dirty || save();
}

QString EditorForm::fieldMessage(const QString &field) const
{
    const auto it = m_fieldIndex.constFind(field);
    if (it == m_fieldIndex.constEnd())
        return QString();
    const Field &f = m_fields[*it];
    return f.error->isVisible() ? f.error->text() : QString();
}

void EditorForm::markClean()
{
    m_dirty = false;
    m_showAll = false;
    for (Field &f : m_fields)
        f.touched = false;
    revalidate();
}

void EditorForm::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    // The buttons were created before the fields, so Qt would start on Close: typing went nowhere.
    for (const Field &f : std::as_const(m_fields)) {
        if (f.editor->isEnabled() && f.editor->isVisibleTo(this) && f.editor->focusPolicy() != Qt::NoFocus) {
            f.editor->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

void EditorForm::widenTo(int wanted)
{
    if (width() >= wanted)
        return;
    if (!isVisible()) {
        resize(wanted, height());
        return;
    }
    const QRect screen = this->screen()->availableGeometry();
    QRect frame = geometry();
    frame.setWidth(qMin(wanted, screen.width()));
    if (frame.right() > screen.right())
        frame.moveRight(screen.right());
    if (frame.left() < screen.left())
        frame.moveLeft(screen.left());
    setGeometry(frame);
}

void EditorForm::setNewRecord(bool isNew)
{
    m_new = isNew;
    revalidate();
}

void EditorForm::setSaveText(const QString &text)
{
    m_saveButton->setText(text);
}

void EditorForm::reject()
{
    if (m_dirty) {
        const auto answer = MessageBox::question(
            this, windowTitle(), tr("This record has changes that are not saved. Save them before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !save())
            return; // invalid or refused: stay, the messages show why
    }
    m_dirty = false;
    QDialog::reject();
}
