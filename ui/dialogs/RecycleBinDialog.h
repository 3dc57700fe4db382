#pragma once

#include "safety/RecycleBin.h"

#include <QDialog>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

/// Records → Recycle Bin: the records deleted from every ledger, with Restore, Delete Permanently and
/// Empty Recycle Bin. Every permanent step asks first and says how many records will be gone forever.
/// The rules (what belongs to what, what must stay) are RecycleBin's; this dialog only shows them.
class RecycleBinDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecycleBinDialog(Database &db, QWidget *parent = nullptr);

    /// Reloads the list from the file.
    void reload();
    /// Restores the selected records; false (with a message box) when refused.
    bool restoreSelected();
    /// Deletes the selected records permanently after asking; false when nothing was deleted.
    bool purgeSelected();
    /// Empties the recycle bin after asking; false when nothing was deleted.
    bool emptyBin();

signals:
    /// Records were restored or deleted: the main window's lists and counts need a refresh.
    void binChanged();

private:
    QList<RecycleRef> selectedRefs() const;
    void applyFilter();
    void updateButtons();
    /// Asks before a permanent deletion; true when the clerk agreed. `chosen`: the records the clerk chose
    /// (the plan may add what belongs to them).
    bool confirmPurge(const RecycleBin::PurgePlan &plan, const QList<RecycleRef> &chosen, bool wholeBin);
    void report(const QString &text);

    Database &m_db;
    RecycleBin m_bin;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_search = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_purge = nullptr;
    QPushButton *m_emptyBin = nullptr;
    int m_total = 0;
};
