#include "dialogs/RecycleBinPrompt.h"

#include "safety/RecycleBin.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemView>
#include <QAction>

bool RecycleBinPrompt::moveToBin(QWidget *parent, Database &db, const RecycleRef &ref, const QString &label)
{
    const QString name = QString(RecycleBin::kindName(ref.kind) + QLatin1Char(' ') + label).trimmed();
    if (MessageBox::question(
            parent, tr("Move to the Recycle Bin"),
            tr("Move the selected record (%1) to the recycle bin?\n\nYou can restore it later "
               "from Records › Recycle Bin.")
                .arg(name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return false;
    const Status s = RecycleBin(db).moveToBin(ref);
    if (!s) {
        MessageBox::warning(parent, tr("Move to the Recycle Bin"), s.message());
        return false;
    }
    return true;
}

void RecycleBinPrompt::offerOn(QAbstractItemView *list, const std::function<void()> &remove)
{
    auto *toBin = new QAction(tr("Move to the Recycle Bin"), list);
    toBin->setShortcut(QKeySequence::Delete);
    toBin->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(toBin, &QAction::triggered, list, remove);
    list->addAction(toBin);
    list->setContextMenuPolicy(Qt::ActionsContextMenu);
}
