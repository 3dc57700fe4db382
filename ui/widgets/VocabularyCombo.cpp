#include "widgets/VocabularyCombo.h"

#include "ledgers/VocabularyRepository.h"

#include <QCompleter>
#include <QLineEdit>

VocabularyCombo::VocabularyCombo(Database &db, const QString &kind, QWidget *parent)
    : QComboBox(parent)
    , m_db(db)
    , m_kind(kind)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    reload();
    setCurrentIndex(-1);
}

QString VocabularyCombo::value() const
{
    return currentText().trimmed();
}

void VocabularyCombo::setValue(const QString &v)
{
    const int index = findText(v);
    if (index >= 0)
        setCurrentIndex(index);
    else
        setEditText(v);
}

void VocabularyCombo::remember()
{
    const QString v = value();
    VocabularyRepository repo(m_db);
    if (v.isEmpty() || repo.contains(m_kind, v))
        return;
    // A value the list refuses (too long, several lines) stays on the record only; the record's own
    // validation has already judged it.
    if (repo.add(m_kind, v)) {
        const QSignalBlocker block(this);
        reload();
        setValue(v);
    }
}

void VocabularyCombo::reload()
{
    const QString typed = currentText();
    clear();
    addItems(VocabularyRepository(m_db).values(m_kind));
    setEditText(typed);
}
