#include "main/MainWindow.h"

#include "common/Codes.h"
#include "common/Translations.h"
#include "demo/DemoGenerator.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/AuditTrailDialog.h"
#include "dialogs/RecycleBinDialog.h"
#include "dialogs/RecycleBinPrompt.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/WelcomeDialog.h"
#include "editors/Editors.h"
#include "io/ExportDialog.h"
#include "io/ImportWizard.h"
#include "ledgers/DeputyRepository.h"
#include "ledgers/StationRepository.h"
#include "ledgers/VocabularyRepository.h"
#include "lists/ActivityListModel.h"
#include "lists/AppealListModel.h"
#include "lists/ConstituencyProfileListModel.h"
#include "lists/DeputyListModel.h"
#include "lists/EnterpriseLinkListModel.h"
#include "lists/FollowUpVisitListModel.h"
#include "lists/LedgerYears.h"
#include "lists/SuggestionListModel.h"
#include "main/DeputyPanel.h"
#include "main/LedgerListView.h"
#include "main/TodayView.h"
#include "reports/ReportMenu.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/IntegrityCheck.h"
#include "storage/Paths.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace {
const char *const kRecentKey = "recentFiles";
const char *const kLastKey = "lastFile";
constexpr int kMaxRecent = 8;

QList<QPair<QString, QString>> codeChoices(Codes::Kind kind)
{
    QList<QPair<QString, QString>> result;
    for (const QString &code : Codes::codes(kind))
        result.append({code, Codes::label(kind, code)});
    return result;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/liaison-ledger.svg")));
    createFileMenu();
    createRecordMenu();
    createViewMenu();
    auto *reportMenu = new ReportMenu(this);
    menuBar()->addMenu(reportMenu);
    m_fileActions << reportMenu->fileActions();
    createHelpMenu();
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("recordCount"));
    statusBar()->addPermanentWidget(m_count);
    m_readOnly = new QLabel(tr("Read-only"));
    m_readOnly->setObjectName(QStringLiteral("readOnlyIndicator"));
    m_readOnly->setStyleSheet(QStringLiteral("QLabel { color: #b01c1c; font-weight: bold; }"));
    m_readOnly->hide();
    statusBar()->addPermanentWidget(m_readOnly);
    resize(1360, 820);
    restoreGeometry(QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray());
    updateTitle();
    for (QAction *action : std::as_const(m_fileActions))
        action->setEnabled(false);
}

MainWindow::~MainWindow()
{
    // Quitting interrupts a check still running (it has a connection of its own).
    m_check.reset();
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    // The lists' models hold the database: they go first.
    delete takeCentralWidget();
}

void MainWindow::createFileMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&File"));
    menu->setObjectName(QStringLiteral("fileMenu"));
    QAction *newFileAction = menu->addAction(tr("&New ledger file…"), this, &MainWindow::newFile);
    newFileAction->setObjectName(QStringLiteral("actionNewFile"));
    QAction *open = menu->addAction(tr("&Open…"), this, &MainWindow::openFileDialog);
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = menu->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    updateRecentMenu();
    menu->addSeparator();
    QAction *copy = menu->addAction(tr("Save a &copy…"), this, &MainWindow::saveCopy);
    copy->setObjectName(QStringLiteral("actionSaveCopy"));
    copy->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    copy->setStatusTip(tr("Write a complete copy of the open ledger file, e.g. to a USB stick"));
    m_fileActions << copy;
    menu->addSeparator();
    QAction *settings = menu->addAction(tr("Se&ttings…"), this, [this] {
        if (!m_db)
            return;
        SettingsDialog dialog(*m_db, this);
        if (dialog.exec() == QDialog::Accepted) {
            updateTitle();
            refreshAll();
        }
    });
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence::Preferences);
    if (settings->shortcut().isEmpty()) // most Linux desktops define none
        settings->setShortcut(QKeySequence(QStringLiteral("Ctrl+,")));
    m_fileActions << settings;
    menu->addSeparator();
    QAction *exportAction = menu->addAction(tr("&Export ledgers…"), this, [this] {
        if (!m_db)
            return;
        ExportDialog dialog(*m_db, QDate::currentDate().year(), this);
        dialog.exec();
    });
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    exportAction->setStatusTip(
        tr("Write ledgers as Excel-safe CSV or .xlsx files, or the year's bundle for the district"));
    m_fileActions << exportAction;
    QAction *importAction = menu->addAction(tr("&Import ledgers…"), this, [this] {
        if (m_db && ImportWizard::run(*m_db, this))
            refreshAll();
    });
    importAction->setObjectName(QStringLiteral("actionImport"));
    importAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
    importAction->setStatusTip(tr("Import our own exports and bundles, or a ledger kept in Excel or WPS"));
    m_fileActions << importAction;
    QAction *auditAction = menu->addAction(tr("&Audit trail…"), this, [this] {
        if (!m_db)
            return;
        AuditTrailDialog dialog(*m_db, this);
        dialog.exec();
    });
    auditAction->setObjectName(QStringLiteral("actionAuditTrail"));
    auditAction->setStatusTip(tr("Who changed what and when in this file, field by field; export it as CSV"));
    m_fileActions << auditAction;
    menu->addSeparator();
    QAction *quit = menu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::createRecordMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Records"));
    menu->setObjectName(QStringLiteral("recordMenu"));
    m_newRecord = menu->addAction(tr("&New record in this list"), this, &MainWindow::newRecord);
    m_newRecord->setObjectName(QStringLiteral("actionNewRecord"));
    m_newRecord->setShortcut(QKeySequence::New);
    m_newRecord->setStatusTip(tr("A new record in the list shown (on Today: a new appeal)"));
    m_fileActions << m_newRecord;
    QAction *newDeputy = menu->addAction(tr("New &deputy…"), this, [this] { editDeputy(0); });
    newDeputy->setObjectName(QStringLiteral("actionNewDeputy"));
    newDeputy->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    m_fileActions << newDeputy;
    QAction *editDeputyAction = menu->addAction(tr("&Edit the selected deputy…"), this, [this] {
        if (m_deputies && m_deputies->currentDeputy())
            editDeputy(m_deputies->currentDeputy());
    });
    editDeputyAction->setObjectName(QStringLiteral("actionEditDeputy"));
    m_fileActions << editDeputyAction;
    menu->addSeparator();
    m_moveToBin = menu->addAction(tr("&Move to the Recycle Bin"), this, &MainWindow::moveCurrentToRecycleBin);
    m_moveToBin->setObjectName(QStringLiteral("actionMoveToRecycleBin"));
    m_moveToBin->setShortcut(QKeySequence::Delete);
    m_moveToBin->setStatusTip(tr("Moves the selected record of the list shown to the recycle bin"));
    m_fileActions << m_moveToBin;
    QAction *deputyToBin = menu->addAction(tr("Move the selected de&puty to the Recycle Bin…"), this,
                                           &MainWindow::moveDeputyToRecycleBin);
    deputyToBin->setObjectName(QStringLiteral("actionMoveDeputyToRecycleBin"));
    m_fileActions << deputyToBin;
    QAction *bin = menu->addAction(tr("Recycle &Bin…"), this, &MainWindow::openRecycleBin);
    bin->setObjectName(QStringLiteral("actionRecycleBin"));
    bin->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+Del")));
    bin->setStatusTip(tr("Deleted records: restore them or delete them permanently"));
    m_fileActions << bin;
    menu->addSeparator();
    QAction *history =
        menu->addAction(tr("&History of the selected record…"), this, &MainWindow::showCurrentHistory);
    history->setObjectName(QStringLiteral("actionHistory"));
    history->setShortcut(QKeySequence(QStringLiteral("Ctrl+H")));
    history->setStatusTip(
        tr("Every change to the selected record: when, who, and each field's old and new value"));
    m_fileActions << history;
}

void MainWindow::moveCurrentToRecycleBin()
{
    if (!m_db || !m_tabs)
        return;
    // Delete pressed among the deputies means the deputy, not the record of the list beside them.
    if (m_deputies && m_deputies->isAncestorOf(QApplication::focusWidget())) {
        moveDeputyToRecycleBin();
        return;
    }
    static const QMap<Ledger, RecycleKind> kinds = {
        {ProfilesTab, RecycleKind::Profile},       {AppealsTab, RecycleKind::Appeal},
        {SuggestionsTab, RecycleKind::Suggestion}, {VisitsTab, RecycleKind::FollowUpVisit},
        {ActivitiesTab, RecycleKind::Activity},    {EnterpriseLinksTab, RecycleKind::EnterpriseLink}};
    const Ledger ledger = Ledger(m_tabs->currentIndex());
    LedgerListView *view = m_lists.value(ledger);
    const qint64 id = view ? view->currentId() : 0;
    if (!kinds.contains(ledger) || id <= 0) {
        statusBar()->showMessage(tr("Select a record in one of the ledgers' lists first."), 8000);
        return;
    }
    const RecycleKind kind = kinds.value(ledger);
    // The first column names the record: its number, year, title or enterprise.
    const QModelIndex current = view->table()->currentIndex();
    const QString label = current.sibling(current.row(), 0).data().toString();
    if (!RecycleBinPrompt::moveToBin(this, *m_db, {kind, id}, label))
        return;
    const QString name = RecycleBin::kindName(kind) % QLatin1Char(' ') % label;
    refreshAll();
    statusBar()->showMessage(
        tr("%1 moved to the recycle bin (Records › Recycle Bin… restores it).").arg(name.trimmed()), 10000);
}

void MainWindow::moveDeputyToRecycleBin()
{
    const qint64 id = m_db && m_deputies ? m_deputies->currentDeputy() : 0;
    const std::optional<Deputy> deputy = id > 0 ? DeputyRepository(*m_db).find(id) : std::nullopt;
    if (!deputy) {
        statusBar()->showMessage(tr("Select a deputy in the list on the left first."), 8000);
        return;
    }
    if (MessageBox::question(this, tr("Move to the Recycle Bin"),
                             tr("Move deputy %1 to the recycle bin?\n\nDo this only for a deputy entered by "
                                "mistake. A deputy who left office keeps their place: enter the end of the "
                                "mandate instead. Records that name this deputy stay in the ledgers.")
                                 .arg(deputy->name),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const Status s = RecycleBin(*m_db).moveToBin({RecycleKind::Deputy, id});
    if (!s) {
        MessageBox::warning(this, tr("Move to the Recycle Bin"), s.message());
        return;
    }
    m_deputies->selectDeputy(0);
    refreshAll();
    statusBar()->showMessage(
        tr("Deputy %1 moved to the recycle bin (Records › Recycle Bin… restores them).").arg(deputy->name),
        10000);
}

void MainWindow::openRecycleBin()
{
    if (!m_db)
        return;
    RecycleBinDialog dialog(*m_db, this);
    connect(&dialog, &RecycleBinDialog::binChanged, this, &MainWindow::refreshAll);
    dialog.exec();
}

void MainWindow::createViewMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&View"));
    menu->setObjectName(QStringLiteral("viewMenu"));
    const QStringList names = {tr("&Today"),           tr("&Constituency profiles"), tr("&Appeals"),
                               tr("&Suggestions"),     tr("&Follow-up visits"),      tr("Acti&vities"),
                               tr("&Enterprise links")};
    for (int i = 0; i < names.size(); ++i) {
        QAction *show = menu->addAction(names.at(i), this, [this, i] {
            if (m_tabs)
                m_tabs->setCurrentIndex(i);
        });
        show->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        m_fileActions << show;
    }
    menu->addSeparator();
    QAction *find = menu->addAction(tr("&Find in this list"), this, [this] {
        LedgerListView *view = m_tabs ? qobject_cast<LedgerListView *>(m_tabs->currentWidget()) : nullptr;
        if (auto *box = view ? view->findChild<QLineEdit *>(QStringLiteral("searchBox")) : nullptr) {
            box->setFocus();
            box->selectAll();
        }
    });
    find->setShortcut(QKeySequence::Find);
    m_fileActions << find;
    QAction *reload = menu->addAction(tr("&Reload"), this, &MainWindow::refreshAll);
    reload->setShortcut(QKeySequence::Refresh);
    m_fileActions << reload;
    menu->addSeparator();
    QMenu *language = menu->addMenu(tr("&Language"));
    auto *group = new QActionGroup(language);
    const QList<QPair<QString, QString>> languages = {{QString(), tr("Follow the system")},
                                                      {QStringLiteral("zh_CN"), QStringLiteral("中文")},
                                                      {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &entry : languages) {
        QAction *choice = language->addAction(entry.second);
        choice->setCheckable(true);
        choice->setChecked(Translations::configuredLanguage() == entry.first);
        group->addAction(choice);
        const QString code = entry.first;
        connect(choice, &QAction::triggered, this, [this, code] {
            Translations::setConfiguredLanguage(code);
            MessageBox::information(this, tr("Language"),
                                    tr("The new language is used from the next start of the program."));
        });
    }
}

void MainWindow::createHelpMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Help"));
    menu->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = menu->addAction(tr("&About Liaison Ledger"), this, [this] {
        AboutDialog dialog(m_db ? m_db->path() : QString(), this);
        dialog.exec();
    });
    about->setObjectName(QStringLiteral("actionAbout"));
}

bool MainWindow::startUp(const QString &fileArgument)
{
    if (!fileArgument.isEmpty())
        return openFile(fileArgument);
    const QString last = QSettings().value(QLatin1String(kLastKey)).toString();
    if (!last.isEmpty() && QFileInfo::exists(last) && openFile(last))
        return true;
    const QString path = Paths::defaultDatabasePath();
    if (QFileInfo::exists(path))
        return openFile(path);
    WelcomeDialog welcome(true, this);
    if (welcome.exec() != QDialog::Accepted)
        return false;
    QDir().mkpath(QFileInfo(path).absolutePath());
    return createFile(path, welcome.stationName(), welcome.street(), welcome.loadDemoData());
}

bool MainWindow::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Status status;
    std::unique_ptr<Database> db;
    if (!QFileInfo::exists(absolute)) {
        status =
            Status::failure(tr("The ledger file \"%1\" does not exist. Choose File → Open to find it, or "
                               "File → New ledger file to start one.")
                                .arg(QDir::toNativeSeparators(absolute)));
    } else {
        // Inspect first: a file that is not ours must not even be touched by opening it read-write.
        status = Database::inspect(absolute);
        if (status.isOk()) {
            // An upgrade of the file's format keeps the clerk waiting once (a minute for a million
            // appeals): say what is happening rather than leave a window that does not answer.
            std::unique_ptr<QProgressDialog> upgrading;
            if (Database::needsUpgrade(absolute)) {
                upgrading = std::make_unique<QProgressDialog>(
                    tr("Upgrading the ledger file \"%1\" to this version of the program. A backup of it is "
                       "made first. This takes a few seconds, up to a minute or more for a very large file.")
                        .arg(QFileInfo(absolute).fileName()),
                    QString(), 0, 0, this);
                upgrading->setObjectName(QStringLiteral("upgradingFile"));
                upgrading->setWindowTitle(tr("Upgrading the ledger file"));
                upgrading->setWindowModality(Qt::WindowModal);
                upgrading->setMinimumDuration(0);
                upgrading->show();
                // Painted once before the upgrade holds this thread.
                QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
            }
            // The integrity check runs after the first screen unless the last session ended uncleanly
            // (docs/STORAGE.md).
            Database::OpenResult opened =
                Database::open(absolute, Database::Mode::ReadWrite, Database::Check::AfterFirstScreen);
            upgrading.reset();
            if (opened.locked) {
                // Another program is writing to the file: say who, and offer to look without changing.
                const auto answer = MessageBox::question(
                    this, tr("Ledger file in use"),
                    opened.status.message() + QStringLiteral("\n\n") +
                        tr("Open it read-only, to look at the ledgers without changing anything?"),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
                if (answer == QMessageBox::Yes)
                    opened =
                        Database::open(absolute, Database::Mode::ReadOnly, Database::Check::AfterFirstScreen);
            }
            status = opened.status;
            db = std::move(opened.database);
        }
    }
    if (!status.isOk() || !db) {
        QApplication::restoreOverrideCursor();
        MessageBox::critical(this, tr("Cannot open the ledger file"), status.message());
        return false;
    }
    // The check of the file open until now is of no use any more.
    m_check.reset();
    ++m_openCount;
    delete takeCentralWidget();
    m_lists.clear();
    m_db = std::move(db);
    buildWorkspace();
    rememberFile(absolute);
    updateTitle();
    updateReadOnlyState();
    for (QAction *action : std::as_const(m_fileActions))
        action->setEnabled(true);
    // A damaged file is opened read-only by the core; the clerk must know why nothing can be saved.
    if (!m_db->damage().isEmpty())
        MessageBox::warning(this, tr("Ledger file damaged"), m_db->damage());
    else if (!m_db->notices().isEmpty())
        MessageBox::information(this, tr("About this ledger file"), m_db->notices().join(QLatin1Char('\n')));
    // After the first screen has been laid out and painted.
    if (m_db->integrityCheckDue())
        QTimer::singleShot(0, this, &MainWindow::startIntegrityCheck);
    return true;
}

void MainWindow::startIntegrityCheck()
{
    if (!m_db || !m_db->integrityCheckDue() || m_check)
        return;
    m_check = std::make_unique<IntegrityCheck>();
    // Queued, so that the message box below does not run inside the check's own signal (the clerk
    // could open another file from it, which deletes the check).
    const quint64 openCount = m_openCount;
    connect(
        m_check.get(), &IntegrityCheck::finished, this,
        [this, openCount](const IntegrityCheck::Result &result) {
            if (openCount == m_openCount)
                integrityCheckFinished(result);
        },
        Qt::QueuedConnection);
    m_check->start(m_db->path(), m_db->dailyBackupDue());
}

void MainWindow::integrityCheckFinished(const IntegrityCheck::Result &result)
{
    if (!m_db)
        return;
    if (result.outcome == IntegrityCheck::Outcome::Sound)
        m_db->integrityCheckPassed();
    if (!result.backupMade.isEmpty())
        statusBar()->showMessage(
            tr("Today's automatic backup: %1").arg(QDir::toNativeSeparators(result.backupMade)), 10000);
    if (!result.backupFailed.isEmpty())
        MessageBox::warning(this, tr("Automatic backup"), result.backupFailed);
    if (result.outcome != IntegrityCheck::Outcome::Damaged)
        return;
    // Read-only at once: no new save starts (one in progress finishes or rolls back).
    m_db->reportDamage(result.problems);
    updateReadOnlyState();
    MessageBox::warning(this, tr("Ledger file damaged"),
                        m_db->damage() + QStringLiteral("\n\n") +
                            tr("A form that is still open keeps what you typed, but it can no longer be "
                               "saved into this file: copy the text you need before closing it."));
}

void MainWindow::updateReadOnlyState()
{
    const bool readOnly = m_db && m_db->isReadOnly();
    m_readOnly->setVisible(readOnly);
    m_readOnly->setToolTip(!readOnly ? QString()
                           : m_db->damage().isEmpty()
                               ? tr("The ledger file is open read-only: nothing can be changed or saved.")
                               : m_db->damage());
}

bool MainWindow::createFile(const QString &path, const QString &stationName, const QString &street,
                            bool demoData)
{
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("New ledger file"),
                            tr("\"%1\" already exists. Choose another name; an existing ledger is never "
                               "overwritten.")
                                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    Database::OpenResult opened = Database::open(path);
    Status status = opened.status;
    if (status.isOk()) {
        Station station;
        station.name = stationName;
        station.street = street;
        status = StationRepository(*opened.database).insert(station);
    }
    if (status.isOk() && demoData) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        DemoOptions options;
        options.year = QDate::currentDate().year();
        status = DemoGenerator(*opened.database).generate(options);
        QApplication::restoreOverrideCursor();
    }
    opened.database.reset();
    if (!status.isOk()) {
        MessageBox::critical(this, tr("Cannot create the ledger file"), status.message());
        return false;
    }
    return openFile(path);
}

void MainWindow::buildWorkspace()
{
    Database &db = *m_db;
    m_deputies = new DeputyPanel(db);
    m_deputies->setObjectName(QStringLiteral("deputyPanel"));
    connect(m_deputies, &DeputyPanel::newDay, this, &MainWindow::refreshAll); // Today's queues too
    m_today = new TodayView(db);
    m_today->setObjectName(QStringLiteral("todayView"));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("ledgerTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_today, tr("Today"));

    const QList<int> years = LedgerYears::of(db);
    QList<QPair<QString, QString>> categories;
    for (const QString &category : VocabularyRepository(db).values(VocabularyRepository::category()))
        categories.append({category, category});
    using F = LedgerListView;
    auto add = [this, &years](Ledger ledger, const QString &name, const QString &title,
                              LedgerListView *view) {
        view->setObjectName(name);
        view->setYears(years);
        m_lists.insert(ledger, view);
        m_tabs->addTab(view, title);
        connect(view, &LedgerListView::recordActivated, this,
                [this, ledger](qint64 id) { openRecord(ledger, id); });
        connect(view, &LedgerListView::countChanged, this, &MainWindow::updateStatusCount);
        // Right-click on a record offers to move it to the recycle bin, as Delete does.
        view->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
        view->table()->addAction(m_moveToBin);
        connect(view, &LedgerListView::historyRequested, this,
                [this, ledger](qint64 id) { showHistory(ledger, id); });
    };
    add(ProfilesTab, QStringLiteral("profilesList"), tr("Constituency"),
        new LedgerListView(
            new ConstituencyProfileListModel(db), F::YearField | F::SearchField,
            tr("No constituency profile yet. Each deputy has one per year: select the deputy and press "
               "Ctrl+N to describe their constituency.")));
    auto *appeals = new LedgerListView(new AppealListModel(db),
                                       F::YearField | F::StatusField | F::CategoryField | F::ChannelField |
                                           F::OverdueField | F::SearchField,
                                       tr("No appeals yet — press Ctrl+N to register the first one."));
    appeals->setStatusChoices(codeChoices(Codes::AppealStatus));
    appeals->setCategoryChoices(categories);
    appeals->setChannelChoices(codeChoices(Codes::Channel));
    add(AppealsTab, QStringLiteral("appealsList"), tr("Appeals"), appeals);
    auto *suggestions = new LedgerListView(
        new SuggestionListModel(db), F::YearField | F::StatusField | F::OverdueField | F::SearchField,
        tr("No suggestions yet — press Ctrl+N to record a deputy's suggestion."));
    suggestions->setStatusChoices(codeChoices(Codes::SuggestionStatus));
    add(SuggestionsTab, QStringLiteral("suggestionsList"), tr("Suggestions"), suggestions);
    add(VisitsTab, QStringLiteral("visitsList"), tr("Follow-up visits"),
        new LedgerListView(new FollowUpVisitListModel(db), F::YearField | F::SearchField,
                           tr("No follow-up visits yet. Answered appeals wait for one: see Today's "
                              "\"Answered, not yet visited\", or press Ctrl+N to record a visit.")));
    auto *activities =
        new LedgerListView(new ActivityListModel(db), F::YearField | F::CategoryField | F::SearchField,
                           tr("No activities yet — press Ctrl+N to record what the deputies did."));
    activities->setCategoryChoices(codeChoices(Codes::ActivityType));
    add(ActivitiesTab, QStringLiteral("activitiesList"), tr("Activities"), activities);
    add(EnterpriseLinksTab, QStringLiteral("enterpriseLinksList"), tr("Enterprise links"),
        new LedgerListView(new EnterpriseLinkListModel(db), F::SearchField,
                           tr("No enterprise links yet. Every deputy keeps contact with two enterprises "
                              "(一包二): select the deputy and press Ctrl+N.")));

    connect(m_today, &TodayView::queueActivated, this, &MainWindow::showQueue);
    connect(m_deputies, &DeputyPanel::deputyChanged, this, [this](qint64 deputyId) {
        for (LedgerListView *view : std::as_const(m_lists))
            view->setDeputy(deputyId);
    });
    connect(m_deputies, &DeputyPanel::deputyActivated, this, &MainWindow::editDeputy);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatusCount);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_deputies);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 1060});
    setCentralWidget(splitter);
    updateStatusCount();
}

void MainWindow::showQueue(DailyQueue queue)
{
    const Ledger ledger =
        DailyQueues::table(queue) == QLatin1String("suggestions") ? SuggestionsTab : AppealsTab;
    m_deputies->selectDeputy(0);
    m_lists.value(ledger)->showQueue(queue);
    m_tabs->setCurrentWidget(m_lists.value(ledger));
}

void MainWindow::refreshAll()
{
    if (!m_db)
        return;
    m_deputies->refresh();
    m_today->refresh();
    for (LedgerListView *view : std::as_const(m_lists))
        view->refresh();
}

void MainWindow::updateTitle()
{
    if (!m_db) {
        setWindowTitle(tr("Liaison Ledger"));
        return;
    }
    const std::optional<Station> station = StationRepository(*m_db).local();
    const QString name = station ? station->name : QString();
    setWindowTitle(tr("%1 — %2 — Liaison Ledger").arg(name, QDir::toNativeSeparators(m_db->path())));
    setWindowFilePath(m_db->path());
}

void MainWindow::updateStatusCount()
{
    auto *view = m_tabs ? qobject_cast<LedgerListView *>(m_tabs->currentWidget()) : nullptr;
    if (!view) {
        m_count->clear();
        return;
    }
    m_count->setText(tr("%n record(s)", nullptr, view->model()->rowCount()));
}

void MainWindow::rememberFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(kRecentKey)).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QLatin1String(kRecentKey), recent);
    settings.setValue(QLatin1String(kLastKey), path);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(kRecentKey)).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newFile()
{
    const QString folder = m_db ? QFileInfo(m_db->path()).absolutePath() : Paths::dataFolder();
    const QString path = QFileDialog::getSaveFileName(this, tr("New ledger file"), folder,
                                                      tr("Ledger files (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    WelcomeDialog dialog(false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    createFile(path, dialog.stationName(), dialog.street(), dialog.loadDemoData());
}

void MainWindow::openFileDialog()
{
    const QString folder = m_db ? QFileInfo(m_db->path()).absolutePath() : Paths::dataFolder();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open ledger file"), folder,
                                                      tr("Ledger files (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopy()
{
    if (!m_db)
        return;
    const QFileInfo current(m_db->path());
    const QString suggested = current.absoluteDir().filePath(
        current.completeBaseName() + QStringLiteral("-") + QDate::currentDate().toString(Qt::ISODate) +
        QStringLiteral(".sqlite"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of the ledger file"), suggested,
                                                      tr("Ledger files (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = DatabaseCopy::write(*m_db, path);
    QApplication::restoreOverrideCursor();
    if (status.isOk())
        statusBar()->showMessage(tr("Copy saved as %1").arg(QDir::toNativeSeparators(path)), 8000);
    else
        MessageBox::critical(this, tr("Save a copy"), status.message());
}

void MainWindow::newRecord()
{
    if (!m_tabs)
        return;
    openRecord(Ledger(m_tabs->currentIndex()), 0);
}

void MainWindow::openRecord(Ledger ledger, qint64 id)
{
    if (!m_db)
        return;
    const qint64 deputy = m_deputies->currentDeputy();
    // A profile and an enterprise link belong to one deputy: a new one needs the deputy chosen first.
    if (id == 0 && deputy == 0 && (ledger == ProfilesTab || ledger == EnterpriseLinksTab)) {
        MessageBox::information(
            this, tr("Choose a deputy"),
            tr("Select the deputy on the left first: constituency profiles and enterprise "
               "links belong to one deputy."));
        return;
    }
    bool saved = false;
    switch (ledger) {
    case TodayTab: // Ctrl+N on Today registers an appeal, the most common thing a clerk records
    case AppealsTab:
        saved = Editors::openAppeal(*m_db, id, deputy, this);
        break;
    case VisitsTab:
        saved = Editors::openFollowUpVisit(*m_db, id, 0, 0, this);
        break;
    case SuggestionsTab:
        saved = Editors::openSuggestion(*m_db, id, deputy, this);
        break;
    case ActivitiesTab:
        saved = Editors::openActivity(*m_db, id, deputy, this);
        break;
    case EnterpriseLinksTab:
        saved = Editors::openEnterpriseLink(*m_db, id, deputy, this);
        break;
    case ProfilesTab:
        saved = Editors::openProfile(*m_db, id, deputy, QDate::currentDate().year(), this);
        break;
    }
    if (saved)
        refreshAll();
}

void MainWindow::editDeputy(qint64 deputyId)
{
    if (m_db && Editors::openDeputy(*m_db, deputyId, this))
        refreshAll();
}

void MainWindow::showHistory(Ledger ledger, qint64 id)
{
    if (!m_db || id <= 0)
        return;
    QString table;
    switch (ledger) {
    case ProfilesTab:
        table = QStringLiteral("constituency_profiles");
        break;
    case AppealsTab:
        table = QStringLiteral("appeals");
        break;
    case SuggestionsTab:
        table = QStringLiteral("suggestions");
        break;
    case VisitsTab:
        table = QStringLiteral("follow_up_visits");
        break;
    case ActivitiesTab:
        table = QStringLiteral("activities");
        break;
    case EnterpriseLinksTab:
        table = QStringLiteral("enterprise_links");
        break;
    case TodayTab:
        return;
    }
    AuditTrailDialog dialog(*m_db, AuditTrail(*m_db).recordRef(table, id), this);
    dialog.exec();
}

void MainWindow::showCurrentHistory()
{
    if (!m_db || !m_tabs)
        return;
    auto *view = qobject_cast<LedgerListView *>(m_tabs->currentWidget());
    if (view && view->currentId() > 0) {
        showHistory(m_lists.key(view), view->currentId());
        return;
    }
    if (m_deputies && m_deputies->currentDeputy() > 0) {
        AuditTrailDialog dialog(
            *m_db, AuditTrail(*m_db).recordRef(QStringLiteral("deputies"), m_deputies->currentDeputy()),
            this);
        dialog.exec();
        return;
    }
    MessageBox::information(this, tr("History"), tr("Select a record in a list (or a deputy) first."));
}
