#pragma once

#include <QList>
#include <QMenu>

class MainWindow;
class ReportPreviewDialog;

/// The main window's Report menu: the annual work report, ledger books, the paper form of the selected
/// appeal or suggestion, blank forms, and the report's written sections. Every document opens in a
/// print preview (ReportPreviewDialog) from which it is printed or exported.
class ReportMenu : public QMenu
{
    Q_OBJECT
public:
    explicit ReportMenu(MainWindow *window);

    /// Actions that need an open ledger file (the main window enables them).
    QList<QAction *> fileActions() const { return m_fileActions; }

    /// Shows the annual report of `year` in a preview (modal).
    void showAnnualReport(int year);
    /// Shows the ledger book of `deputyId` (0: every deputy in office, combined) for `year`.
    void showLedgerBook(qint64 deputyId, int year);
    /// Shows the form of the appeal or suggestion selected in the list shown.
    void showSelectedRecordForm();
    /// Opens the written sections of `year` (the clerk may change the year in the dialog).
    void editTexts(int year);

private:
    void chooseAnnualReport();
    void chooseLedgerBook();
    void showBlankForm(bool appeal);
    void updateRecordAction();
    void runPreview(ReportPreviewDialog &dialog);

    MainWindow *m_window;
    QAction *m_recordForm = nullptr;
    QList<QAction *> m_fileActions;
};
