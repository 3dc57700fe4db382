#include "widgets/DeputyChecklist.h"

#include "common/Codes.h"
#include "ledgers/DeputyRepository.h"

DeputyChecklist::DeputyChecklist(Database &db, QWidget *parent)
    : QListWidget(parent)
    , m_db(db)
{
    setUniformItemSizes(true);
    setFlow(QListView::TopToBottom);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setMinimumHeight(70);
    setMaximumHeight(110);
    reload({});
}

QList<qint64> DeputyChecklist::checkedIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            ids << item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

void DeputyChecklist::setCheckedIds(const QList<qint64> &ids)
{
    reload(ids);
}

void DeputyChecklist::setDate(const QDate &date)
{
    if (date == m_date)
        return;
    m_date = date;
    reload(checkedIds());
}

void DeputyChecklist::setExcluded(qint64 id)
{
    if (id == m_excluded)
        return;
    m_excluded = id;
    QList<qint64> checked = checkedIds();
    checked.removeAll(id);
    reload(checked);
}

void DeputyChecklist::reload(const QList<qint64> &checked)
{
    const QSignalBlocker block(this);
    clear();
    DeputyRepository repo(m_db);
    QList<Deputy> deputies = m_date.isValid() ? repo.inOfficeOn(m_date) : repo.all();
    QList<qint64> listed;
    for (const Deputy &d : std::as_const(deputies))
        listed << d.id;
    // Ticked deputies not offered for this date stay visible, so that nothing is dropped silently.
    for (qint64 id : checked) {
        if (!listed.contains(id)) {
            if (const auto former = repo.find(id))
                deputies << *former;
        }
    }
    for (const Deputy &d : std::as_const(deputies)) {
        if (d.id == m_excluded)
            continue;
        const QString label = !listed.contains(d.id)
                                  ? tr("%1 (former deputy)").arg(d.name)
                                  : tr("%1 (%2)").arg(d.name, Codes::label(Codes::DeputyLevel, d.level));
        auto *item = new QListWidgetItem(label, this);
        item->setData(Qt::UserRole, d.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(d.id) ? Qt::Checked : Qt::Unchecked);
    }
}
