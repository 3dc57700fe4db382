#include "dialogs/RecycleBinDialog.h"

#include "storage/Database.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { KindColumn, LabelColumn, DetailColumn, DeputyColumn, DateColumn, DeletedColumn, ColumnCount };
constexpr int kRefRole = Qt::UserRole;
constexpr int kKindRole = Qt::UserRole + 1;

} // namespace

RecycleBinDialog::RecycleBinDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_bin(db)
{
    setObjectName(QStringLiteral("recycleBinDialog"));
    setWindowTitle(tr("Recycle Bin"));
    resize(980, 560);

    auto *intro =
        new QLabel(tr("Records deleted from the ledgers wait here. Restore puts them back where they "
                      "were; Delete Permanently removes them from the file for good."));
    intro->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("recycleKindFilter"));
    m_kind->addItem(tr("All kinds of record"), -1);
    for (RecycleKind kind : RecycleBin::kinds())
        m_kind->addItem(RecycleBin::kindName(kind), int(kind));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("recycleSearch"));
    m_search->setPlaceholderText(tr("Search number, name, content, deputy"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    bar->addWidget(new QLabel(tr("Show:")));
    bar->addWidget(m_kind);
    bar->addStretch(1);
    bar->addWidget(m_search);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RecycleBinDialog::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &RecycleBinDialog::applyFilter);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("recycleList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSortingEnabled(true);
    m_list->setHeaderLabels(
        {tr("Kind"), tr("Number / name"), tr("Content"), tr("Deputy"), tr("Date"), tr("Deleted on")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RecycleBinDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { restoreSelected(); });

    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("recycleEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: #666; font-size: 11pt; }"));

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("recycleResult"));
    m_result->setWordWrap(true);

    m_restore = new QPushButton(tr("&Restore"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr("Put the selected records back into their ledgers"));
    m_purge = new QPushButton(tr("&Delete Permanently…"));
    m_purge->setObjectName(QStringLiteral("purgeButton"));
    m_purge->setToolTip(tr("Remove the selected records from the file for good"));
    m_emptyBin = new QPushButton(tr("&Empty Recycle Bin…"));
    m_emptyBin->setObjectName(QStringLiteral("emptyBinButton"));
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreSelected(); });
    connect(m_purge, &QPushButton::clicked, this, [this] { purgeSelected(); });
    connect(m_emptyBin, &QPushButton::clicked, this, [this] { emptyBin(); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_purge, QDialogButtonBox::ActionRole);
    buttons->addButton(m_emptyBin, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (m_db.isReadOnly()) {
        auto *readOnly =
            new QLabel(tr("This file is open read-only: you can look at the recycle bin, but not "
                          "restore or delete anything."));
        readOnly->setObjectName(QStringLiteral("recycleReadOnly"));
        readOnly->setWordWrap(true);
        readOnly->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; padding: 4px 6px; }"));
        layout->addWidget(readOnly);
    }
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    reload();
}

void RecycleBinDialog::reload()
{
    m_list->setSortingEnabled(false);
    m_list->clear();
    const QLocale locale;
    const QList<RecycleBinEntry> entries = m_bin.entries();
    for (const RecycleBinEntry &e : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(KindColumn, RecycleBin::kindName(e.ref.kind));
        item->setText(LabelColumn, e.label);
        item->setText(DetailColumn, e.detail.left(120));
        item->setToolTip(DetailColumn, e.detail.left(1000));
        item->setText(DeputyColumn, e.deputy);
        item->setText(DateColumn, e.date.isValid() ? e.date.toString(Qt::ISODate) : QString());
        item->setText(DeletedColumn, e.deletedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setData(KindColumn, kRefRole, e.ref.id);
        item->setData(KindColumn, kKindRole, int(e.ref.kind));
        if (e.ownerId > 0 && e.ownerDeleted) {
            item->setToolTip(KindColumn, tr("Belongs to %1 %2, which is in the recycle bin too")
                                             .arg(RecycleBin::kindName(e.ownerKind), e.ownerLabel));
        }
    }
    m_total = int(entries.size());
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(DeletedColumn, Qt::DescendingOrder);
    for (int c = 0; c < ColumnCount; ++c) {
        if (c != DetailColumn)
            m_list->resizeColumnToContents(c);
    }
    applyFilter();
}

void RecycleBinDialog::applyFilter()
{
    const int kind = m_kind->currentData().toInt();
    const QString text = m_search->text().trimmed();
    int shown = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        bool match = kind < 0 || item->data(KindColumn, kKindRole).toInt() == kind;
        if (match && !text.isEmpty()) {
            match = false;
            for (int c = 0; c < ColumnCount && !match; ++c)
                match = item->text(c).contains(text, Qt::CaseInsensitive);
        }
        item->setHidden(!match);
        if (!match)
            item->setSelected(false);
        shown += match ? 1 : 0;
    }
    if (m_total == 0) {
        m_empty->setText(tr("The recycle bin is empty.\n\nRecords you delete from the ledgers wait here, so "
                            "that a mistake can be undone."));
    } else if (shown == 0) {
        m_empty->setText(tr("No record in the recycle bin matches what you chose to show."));
    }
    m_stack->setCurrentWidget(shown == 0 ? static_cast<QWidget *>(m_empty) : m_list);
    updateButtons();
}

void RecycleBinDialog::updateButtons()
{
    const bool writable = !m_db.isReadOnly();
    const bool selected = !selectedRefs().isEmpty();
    m_restore->setEnabled(writable && selected);
    m_purge->setEnabled(writable && selected);
    m_emptyBin->setEnabled(writable && m_total > 0);
}

QList<RecycleRef> RecycleBinDialog::selectedRefs() const
{
    QList<RecycleRef> refs;
    for (QTreeWidgetItem *item : m_list->selectedItems()) {
        if (!item->isHidden())
            refs << RecycleRef{RecycleKind(item->data(KindColumn, kKindRole).toInt()),
                               item->data(KindColumn, kRefRole).toLongLong()};
    }
    return refs;
}

void RecycleBinDialog::report(const QString &text)
{
    m_result->setText(text);
}

bool RecycleBinDialog::restoreSelected()
{
    const QList<RecycleRef> refs = selectedRefs();
    if (refs.isEmpty())
        return false;
    const Status s = m_bin.restore(refs);
    if (!s) {
        MessageBox::warning(this, tr("Restore"), s.message());
        return false;
    }
    reload();
    report(tr("%n record(s) restored to the ledgers.", nullptr, int(refs.size())));
    emit binChanged();
    return true;
}

bool RecycleBinDialog::confirmPurge(const RecycleBin::PurgePlan &plan, const QList<RecycleRef> &chosen,
                                    bool wholeBin)
{
    QStringList kept;
    for (const auto &k : plan.kept)
        kept << k.second;
    if (plan.purged.isEmpty()) {
        MessageBox::information(this, tr("Delete Permanently"),
                                tr("Nothing can be deleted permanently:") % QStringLiteral("\n\n") %
                                    kept.join(QLatin1Char('\n')));
        return false;
    }
    const int n = int(plan.purged.size());
    QString text = wholeBin ? tr("Empty the recycle bin? %n record(s) will be gone forever; they cannot be "
                                 "restored afterwards.",
                                 nullptr, n)
                            : tr("Delete permanently? %n record(s) will be gone forever; they cannot be "
                                 "restored afterwards.",
                                 nullptr, n);
    // Records that go along with the chosen ones (a profile's contact voters, an appeal's follow-up visits).
    int along = 0;
    QStringList alongKinds;
    for (const RecycleRef &ref : plan.purged) {
        if (chosen.contains(ref))
            continue;
        ++along;
        const QString name = RecycleBin::kindName(ref.kind);
        if (!alongKinds.contains(name))
            alongKinds << name;
    }
    if (along > 0) {
        text += QStringLiteral("\n\n") %
                tr("This includes %n record(s) that belong to them (%1), even where those were not deleted "
                   "themselves.",
                   nullptr, along)
                    .arg(alongKinds.join(tr(", ")));
    }
    if (!kept.isEmpty())
        text += QStringLiteral("\n\n") % kept.join(QLatin1Char('\n'));
    return MessageBox::question(this, wholeBin ? tr("Empty Recycle Bin") : tr("Delete Permanently"), text,
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

bool RecycleBinDialog::purgeSelected()
{
    const QList<RecycleRef> refs = selectedRefs();
    if (refs.isEmpty())
        return false;
    const RecycleBin::PurgePlan plan = m_bin.planPurge(refs);
    if (!confirmPurge(plan, refs, false))
        return false;
    RecycleBin::PurgePlan done;
    const Status s = m_bin.purge(refs, &done);
    if (!s) {
        MessageBox::critical(this, tr("Delete Permanently"), s.message());
        reload();
        return false;
    }
    reload();
    report(tr("%n record(s) deleted permanently.", nullptr, int(done.purged.size())));
    emit binChanged();
    return !done.purged.isEmpty();
}

bool RecycleBinDialog::emptyBin()
{
    QList<RecycleRef> all;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        all << RecycleRef{RecycleKind(item->data(KindColumn, kKindRole).toInt()),
                          item->data(KindColumn, kRefRole).toLongLong()};
    }
    const RecycleBin::PurgePlan plan = m_bin.planEmpty();
    if (!confirmPurge(plan, all, true))
        return false;
    RecycleBin::PurgePlan done;
    const Status s = m_bin.empty(&done);
    if (!s) {
        MessageBox::critical(this, tr("Empty Recycle Bin"), s.message());
        reload();
        return false;
    }
    reload();
    QString text = tr("%n record(s) deleted permanently.", nullptr, int(done.purged.size()));
    if (!done.kept.isEmpty())
        text +=
            QLatin1Char(' ') % tr("%n record(s) stay in the recycle bin because other records still refer to "
                                  "them.",
                                  nullptr, int(done.kept.size()));
    report(text);
    emit binChanged();
    return !done.purged.isEmpty();
}
