#pragma once

#include "common/Status.h"
#include "io/LedgerImport.h"

#include <QWizard>

class Database;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

/// File → Import…: choose a file or bundle folder, check how it is read (encoding, which column is
/// which field), see what the import would do and every problem with its row, choose how rejected
/// rows are handled, import, and see the result. Nothing is written before the last step, and then
/// all in one transaction (LedgerImport). Runs on the GUI thread, since the database connection
/// belongs to it; a progress dialog keeps the window alive and can cancel.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page { FilePage, MappingPage, PreviewPage, ResultPage };

    explicit ImportWizard(Database &db, QWidget *parent = nullptr);

    /// Why the wizard cannot import into `db` (a file opened read-only), or empty.
    static QString refusal(const Database &db);
    /// Runs the wizard, or explains why it cannot start. True when something was written, so the
    /// caller refreshes what it shows.
    static bool run(Database &db, QWidget *parent);

    /// Whether the import wrote to the database.
    bool imported() const { return m_result.written; }
    /// The dry run's (on the preview page) or the import's (on the result page) figures.
    const ImportResult &result() const { return m_result; }

    int nextId() const override;
    bool validateCurrentPage() override;

protected:
    void initializePage(int id) override;

private:
    QWizardPage *createFilePage();
    QWizardPage *createMappingPage();
    QWizardPage *createPreviewPage();
    QWizardPage *createResultPage();

    void chooseFile();
    void chooseFolder();
    /// Reads the chosen file's header and first rows again (as m_encoding), and updates the pages.
    void readPreview();
    void fillMapping();
    void updateMappingState();
    /// The dry run with the current choices; fills the preview page.
    void dryRun();
    void createDeputiesToggled(bool checked);
    void chooseRejectFile();
    void openRejectFolder();

    ImportOptions options() const;
    /// Runs LedgerImport with a progress dialog (shown when it takes a moment; Cancel stops it and
    /// nothing is written).
    Status runImport(const ImportOptions &options, ImportResult *result);
    QString path() const;
    bool mappingComplete(QString *problem) const;

    Database &m_db;
    ImportPreview m_preview;
    Status m_previewStatus;
    QString m_encoding; ///< the clerk's choice; empty: as detected
    ImportResult m_result;
    Status m_dryRunStatus;
    bool m_dryRunDone = false;

    QLineEdit *m_path = nullptr;
    QComboBox *m_ledger = nullptr;
    QLabel *m_fileInfo = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QLabel *m_encodingInfo = nullptr;
    QTableWidget *m_mapping = nullptr;
    QLabel *m_mappingInfo = nullptr;
    QLabel *m_counts = nullptr;
    QTableWidget *m_problems = nullptr;
    QCheckBox *m_createDeputies = nullptr;
    QRadioButton *m_keepValid = nullptr;
    QRadioButton *m_allOrNothing = nullptr;
    QLineEdit *m_rejectPath = nullptr;
    QPushButton *m_rejectBrowse = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_rejectInfo = nullptr;
    QPushButton *m_openFolder = nullptr;
};
