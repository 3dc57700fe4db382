#pragma once

#include "safety/RecycleBinEntry.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class Database;
class QAbstractItemView;
class QWidget;

/// Moving one record to the recycle bin from a list where the clerk sees it (a profile's contact
/// voters, an enterprise link's visits), as Records › Move to the Recycle Bin does for the ledgers'
/// lists: one question naming the record, then RecycleBin::moveToBin; a refusal (a read-only file, …)
/// is shown in a message box.
class RecycleBinPrompt
{
    Q_DECLARE_TR_FUNCTIONS(RecycleBinPrompt)
public:
    /// Asks whether record `ref`, shown as `label` (a name or date), goes to the recycle bin and moves
    /// it there on Yes. True when it was moved.
    static bool moveToBin(QWidget *parent, Database &db, const RecycleRef &ref, const QString &label);
    /// Gives `list` the ways a ledger's list offers to delete its selected record: the Delete key (while
    /// the list itself has the focus, not a cell being edited) and a right-click entry; both call
    /// `remove`.
    static void offerOn(QAbstractItemView *list, const std::function<void()> &remove);
};
