#include "reports/ReportMenu.h"

#include "ledgers/AppealRepository.h"
#include "ledgers/DeputyRepository.h"
#include "ledgers/StationRepository.h"
#include "ledgers/SuggestionRepository.h"
#include "main/DeputyPanel.h"
#include "main/LedgerListView.h"
#include "main/MainWindow.h"
#include "reports/AnnualReport.h"
#include "reports/LedgerBook.h"
#include "reports/NarrativeDialog.h"
#include "reports/ReportChoiceDialog.h"
#include "reports/ReportPreviewDialog.h"
#include "reports/StandardForms.h"
#include "storage/Database.h"
#include "widgets/MessageBox.h"

#include <QTabWidget>

ReportMenu::ReportMenu(MainWindow *window)
    : QMenu(tr("Re&port"), window)
    , m_window(window)
{
    setObjectName(QStringLiteral("reportMenu"));
    QAction *annual = addAction(tr("&Annual work report…"), this, &ReportMenu::chooseAnnualReport);
    annual->setObjectName(QStringLiteral("actionAnnualReport"));
    annual->setStatusTip(
        tr("The year's work-report summary (年度工作总结): preview, print, PDF, ODT or HTML"));
    QAction *texts = addAction(tr("Annual report &texts…"), this, [this] {
        if (m_window->database())
            editTexts(ReportChoiceDialog::defaultYear(*m_window->database()));
    });
    texts->setObjectName(QStringLiteral("actionReportTexts"));
    texts->setStatusTip(tr("Write the report's 存在不足 and next year's plans"));
    addSeparator();
    QAction *book = addAction(tr("&Ledger book…"), this, &ReportMenu::chooseLedgerBook);
    book->setObjectName(QStringLiteral("actionLedgerBook"));
    book->setStatusTip(tr("A deputy's ledger book (台账本) for a year, or every deputy's"));
    m_recordForm =
        addAction(tr("Print the &form of the selected record…"), this, &ReportMenu::showSelectedRecordForm);
    m_recordForm->setObjectName(QStringLiteral("actionRecordForm"));
    QMenu *blank = addMenu(tr("&Blank forms"));
    blank->setObjectName(QStringLiteral("blankFormsMenu"));
    QAction *blankAppeal = blank->addAction(tr("&Reception record for an appeal (人大代表接待选民记录表)…"),
                                            this, [this] { showBlankForm(true); });
    blankAppeal->setObjectName(QStringLiteral("actionBlankAppealForm"));
    QAction *blankSuggestion = blank->addAction(tr("&Opinion form for a suggestion (征询意见表)…"), this,
                                                [this] { showBlankForm(false); });
    blankSuggestion->setObjectName(QStringLiteral("actionBlankSuggestionForm"));
    m_fileActions << annual << texts << book << m_recordForm << blankAppeal << blankSuggestion;
    connect(this, &QMenu::aboutToShow, this, &ReportMenu::updateRecordAction);
}

void ReportMenu::runPreview(ReportPreviewDialog &dialog)
{
    dialog.exec();
}

void ReportMenu::chooseAnnualReport()
{
    Database *db = m_window->database();
    if (!db)
        return;
    ReportChoiceDialog choice(*db, tr("Annual work report"), false, 0, m_window);
    if (choice.exec() == QDialog::Accepted)
        showAnnualReport(choice.year());
}

void ReportMenu::showAnnualReport(int year)
{
    Database *db = m_window->database();
    if (!db)
        return;
    AnnualReport report(*db);
    const auto station = StationRepository(*db).local();
    // The same title as AnnualReport::title(), without computing the year's figures twice.
    const QString title =
        (station ? station->name : QString()) + QString::number(year) + QStringLiteral("年度工作总结");
    ReportPreviewDialog dialog(
        title, [&report, year] { return report.build(year); }, m_window);
    const auto writer = [&report, year](const QString &path) {
        return report.write(year, path);
    };
    dialog.setOdtWriter(writer);
    dialog.setHtmlWriter(writer);
    dialog.setTextEditor(tr("Edit the texts…"), [db, year](QWidget *parent) {
        NarrativeDialog texts(*db, year, true, parent);
        texts.exec();
        return texts.wasSaved();
    });
    runPreview(dialog);
}

void ReportMenu::chooseLedgerBook()
{
    Database *db = m_window->database();
    if (!db)
        return;
    const qint64 selected = m_window->deputyPanel() ? m_window->deputyPanel()->currentDeputy() : 0;
    ReportChoiceDialog choice(*db, tr("Ledger book"), true, selected, m_window);
    if (choice.exec() == QDialog::Accepted)
        showLedgerBook(choice.deputyId(), choice.year());
}

void ReportMenu::showLedgerBook(qint64 deputyId, int year)
{
    Database *db = m_window->database();
    if (!db)
        return;
    DeputyRepository deputies(*db);
    QList<Deputy> chosen;
    if (deputyId == 0) {
        chosen = deputies.inOfficeDuring(year);
        if (chosen.isEmpty()) {
            MessageBox::information(m_window, tr("Ledger book"),
                                    tr("No deputy was in office in %1, so there is no ledger book to print. "
                                       "Choose another year.")
                                        .arg(year));
            return;
        }
    } else if (const auto deputy = deputies.find(deputyId)) {
        chosen << *deputy;
    } else {
        return;
    }
    const QString title = deputyId == 0
                              ? QStringLiteral("人大代表履职台账 %1").arg(year)
                              : QStringLiteral("%1 人大代表履职台账 %2").arg(chosen.first().name).arg(year);
    LedgerBook book(*db);
    ReportPreviewDialog dialog(
        title,
        [&book, chosen, year, deputyId] {
            return deputyId == 0 ? book.buildCombined(chosen, year) : book.build(chosen.first(), year);
        },
        m_window);
    runPreview(dialog);
}

void ReportMenu::updateRecordAction()
{
    const int tab = m_window->tabs() ? m_window->tabs()->currentIndex() : -1;
    const bool listShown = tab == MainWindow::AppealsTab || tab == MainWindow::SuggestionsTab;
    const qint64 id = listShown ? m_window->list(MainWindow::Ledger(tab))->currentId() : 0;
    m_recordForm->setEnabled(m_window->database() && id > 0);
    m_recordForm->setToolTip(id > 0 ? QString() : tr("Select an appeal or a suggestion in its list first"));
}

void ReportMenu::showSelectedRecordForm()
{
    Database *db = m_window->database();
    if (!db || !m_window->tabs())
        return;
    const int tab = m_window->tabs()->currentIndex();
    const bool listShown = tab == MainWindow::AppealsTab || tab == MainWindow::SuggestionsTab;
    const qint64 id = listShown ? m_window->list(MainWindow::Ledger(tab))->currentId() : 0;
    if (id <= 0) {
        MessageBox::information(m_window, tr("Print a form"),
                                tr("Select an appeal in the Appeals list or a suggestion in the Suggestions "
                                   "list first; its paper form is then printed."));
        return;
    }
    StandardForms forms(*db);
    if (tab == MainWindow::AppealsTab) {
        const auto appeal = AppealRepository(*db).find(id);
        if (!appeal)
            return;
        ReportPreviewDialog dialog(
            QStringLiteral("人大代表接待选民记录表 ") + appeal->number,
            [&forms, appeal] { return forms.appealForm(&*appeal); }, m_window);
        runPreview(dialog);
    } else {
        const auto suggestion = SuggestionRepository(*db).find(id);
        if (!suggestion)
            return;
        ReportPreviewDialog dialog(
            QStringLiteral("人大代表建议办理情况征询意见表 ") + suggestion->number,
            [&forms, suggestion] { return forms.suggestionForm(&*suggestion); }, m_window);
        runPreview(dialog);
    }
}

void ReportMenu::showBlankForm(bool appeal)
{
    Database *db = m_window->database();
    if (!db)
        return;
    StandardForms forms(*db);
    ReportPreviewDialog dialog(
        appeal ? QStringLiteral("人大代表接待选民记录表") : QStringLiteral("人大代表建议办理情况征询意见表"),
        [&forms, appeal] { return appeal ? forms.appealForm(nullptr) : forms.suggestionForm(nullptr); },
        m_window);
    runPreview(dialog);
}

void ReportMenu::editTexts(int year)
{
    Database *db = m_window->database();
    if (!db)
        return;
    NarrativeDialog dialog(*db, year, false, m_window);
    dialog.exec();
}
