#include "widgets/DeputyPicker.h"

#include "common/Codes.h"
#include "ledgers/DeputyRepository.h"

#include <QCompleter>
#include <QLineEdit>

DeputyPicker::DeputyPicker(Database &db, bool optional, QWidget *parent)
    : QComboBox(parent)
    , m_db(db)
    , m_optional(optional)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    setMinimumContentsLength(12);
    reload();
}

qint64 DeputyPicker::deputyId() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return 0;
    const int index = findText(text, Qt::MatchFixedString);
    return index >= 0 ? itemData(index).toLongLong() : -1;
}

void DeputyPicker::setDeputyId(qint64 id)
{
    int index = findData(id);
    if (index < 0 && id > 0) {
        // Someone not offered for this date (left office, or in the recycle bin): keep them visible.
        if (const auto deputy = DeputyRepository(m_db).find(id)) {
            addItem(tr("%1 (former deputy)").arg(deputy->name), id);
            index = count() - 1;
        }
    }
    setCurrentIndex(index >= 0 ? index : 0);
}

void DeputyPicker::setDate(const QDate &date)
{
    if (date == m_date)
        return;
    m_date = date;
    const qint64 chosen = deputyId();
    const QSignalBlocker block(this);
    reload();
    setDeputyId(chosen > 0 ? chosen : 0);
}

void DeputyPicker::reload()
{
    clear();
    if (m_optional)
        addItem(QString(), qint64(0));
    DeputyRepository repo(m_db);
    const QList<Deputy> deputies = m_date.isValid() ? repo.inOfficeOn(m_date) : repo.all();
    for (const Deputy &d : deputies) {
        const QString label = m_date.isValid() || !d.termEnd.isValid() || d.termEnd >= QDate::currentDate()
                                  ? tr("%1 (%2)").arg(d.name, Codes::label(Codes::DeputyLevel, d.level))
                                  : tr("%1 (former deputy)").arg(d.name);
        addItem(label, d.id);
    }
    if (!m_optional && count() > 0)
        setCurrentIndex(0);
}
