#pragma once

#include "ledgers/DailyQueue.h"
#include "storage/IntegrityCheck.h"

#include <QMainWindow>
#include <QMap>

#include <memory>

class Database;
class DeputyPanel;
class LedgerListView;
class QLabel;
class QMenu;
class QTabWidget;
class TodayView;

/// The clerk's window: deputies on the left, the selected deputy's ledgers as tabs on the right, with
/// Today first. Owns the open ledger file. Menus are built by one function each, so a new menu or
/// action is a local change (createFileMenu(), createRecordMenu(), …).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// The ledgers' tabs, in their order.
    enum Ledger {
        TodayTab,
        ProfilesTab,
        AppealsTab,
        SuggestionsTab,
        VisitsTab,
        ActivitiesTab,
        EnterpriseLinksTab
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// What the program opens at start: `fileArgument` if given, else the last file used, else the
    /// default file; on the very first start the welcome dialog creates it. False when nothing could
    /// be opened and the clerk gave up (the program then quits).
    bool startUp(const QString &fileArgument);
    /// Opens `path`. A file that cannot be opened gets a dialog saying why and what to do; the file
    /// open before (if any) stays open. Returns whether `path` is now open.
    bool openFile(const QString &path);
    /// Creates a new ledger file at `path` for station `stationName` (optionally with demo data) and
    /// opens it.
    bool createFile(const QString &path, const QString &stationName, const QString &street, bool demoData);

    Database *database() const { return m_db.get(); }
    DeputyPanel *deputyPanel() const { return m_deputies; }
    TodayView *todayView() const { return m_today; }
    LedgerListView *list(Ledger ledger) const { return m_lists.value(ledger); }
    QTabWidget *tabs() const { return m_tabs; }
    /// The open file's integrity check once it has started after the first screen; null before.
    IntegrityCheck *integrityCheck() const { return m_check.get(); }
    /// Shows `queue`'s list (the Today view's buttons do this).
    void showQueue(DailyQueue queue);
    /// Reloads every list and count (after something was saved).
    void refreshAll();

private:
    void createFileMenu();
    void createRecordMenu();
    void createViewMenu();
    void createHelpMenu();
    void buildWorkspace();
    void updateTitle();
    void updateStatusCount();
    void updateRecentMenu();
    void rememberFile(const QString &path);

    void newFile();
    void openFileDialog();
    void saveCopy();
    void newRecord();
    void openRecord(Ledger ledger, qint64 id);
    void editDeputy(qint64 deputyId);
    void moveCurrentToRecycleBin();
    void moveDeputyToRecycleBin();
    void openRecycleBin();
    /// The audit trail of record `id` of `ledger` (a list's context menu, Records ▸ History).
    void showHistory(Ledger ledger, qint64 id);
    /// The history of the current record: the selected row of the list shown, else the selected deputy.
    void showCurrentHistory();
    /// Starts the open file's integrity check in the background when open() left it to us.
    void startIntegrityCheck();
    /// The check's answer: damage switches the file to read-only and the clerk is told.
    void integrityCheckFinished(const IntegrityCheck::Result &result);
    /// Shows whether the open file is read-only (opened so, or switched after damage was found).
    void updateReadOnlyState();

    std::unique_ptr<Database> m_db;
    /// The open file's integrity check running after the first screen (docs/STORAGE.md).
    std::unique_ptr<IntegrityCheck> m_check;
    quint64 m_openCount = 0; ///< tells an answer about the file open now from one about an earlier file
    DeputyPanel *m_deputies = nullptr;
    TodayView *m_today = nullptr;
    QTabWidget *m_tabs = nullptr;
    QMap<Ledger, LedgerListView *> m_lists;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_readOnly = nullptr;
    QAction *m_newRecord = nullptr;
    QAction *m_moveToBin = nullptr; ///< also the lists' context menu
    QList<QAction *> m_fileActions; ///< enabled only while a file is open
};
