#include "io/ImportWizard.h"

#include "storage/Database.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace {

/// A page whose Next button follows a condition of the wizard's state.
class CheckedPage : public QWizardPage
{
public:
    explicit CheckedPage(std::function<bool()> complete)
        : m_complete(std::move(complete))
    {}
    bool isComplete() const override { return m_complete(); }

private:
    std::function<bool()> m_complete;
};

/// Problems shown in the table; the rest are counted (and all are in the reject file).
constexpr int kShownProblems = 1000;

QString errorHtml(const QString &text)
{
    return QStringLiteral("<span style='color:#b00020'>%1</span>").arg(text.toHtmlEscaped());
}

QLabel *wrappingLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ImportWizard::ImportWizard(Database &db, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Ledgers"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage); // after the import there is nothing left to cancel
    setPage(FilePage, createFilePage());
    setPage(MappingPage, createMappingPage());
    setPage(PreviewPage, createPreviewPage());
    setPage(ResultPage, createResultPage());
    setStartId(FilePage);
    resize(900, 640);
}

QString ImportWizard::refusal(const Database &db)
{
    if (!db.isReadOnly())
        return {};
    return tr(
        "This ledger file is open read-only, so nothing can be imported into it. Close the program that "
        "is writing it (or restore a good backup if it is damaged), open it again for writing, and then "
        "import.");
}

bool ImportWizard::run(Database &db, QWidget *parent)
{
    if (const QString why = refusal(db); !why.isEmpty()) {
        MessageBox::warning(parent, tr("Import Ledgers"), why);
        return false;
    }
    ImportWizard wizard(db, parent);
    wizard.exec();
    return wizard.imported();
}

QString ImportWizard::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

// --- Page 1: the file -------------------------------------------------------------------------------

QWizardPage *ImportWizard::createFilePage()
{
    auto *page = new CheckedPage([this] {
        return m_previewStatus.isOk() && !path().isEmpty() &&
               (m_preview.folder || !m_preview.header.isEmpty());
    });
    page->setObjectName(QStringLiteral("importFilePage"));
    page->setTitle(tr("Choose the file"));
    page->setSubTitle(
        tr("One of this program's exports or bundles, or a ledger kept in Excel or WPS and saved as "
           "CSV. Nothing is written until the last step."));

    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("A CSV file, or a bundle folder"));
    auto *file = new QPushButton(tr("Choose &file…"), page);
    file->setObjectName(QStringLiteral("importChooseFile"));
    auto *folder = new QPushButton(tr("Choose f&older…"), page);
    folder->setObjectName(QStringLiteral("importChooseFolder"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(file);
    pathRow->addWidget(folder);

    m_ledger = new QComboBox(page);
    m_ledger->setObjectName(QStringLiteral("importLedger"));
    m_fileInfo = wrappingLabel(page, QStringLiteral("importFileInfo"));

    auto *form = new QFormLayout;
    form->addRow(tr("&File or folder:"), pathRow);
    form->addRow(tr("&Ledger:"), m_ledger);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_fileInfo);
    layout->addStretch();

    connect(file, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    connect(folder, &QPushButton::clicked, this, &ImportWizard::chooseFolder);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_encoding.clear();
        readPreview();
    });
    connect(m_ledger, &QComboBox::currentIndexChanged, this, [this] { m_dryRunDone = false; });
    readPreview();
    return page;
}

void ImportWizard::chooseFile()
{
    const QString start = path().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(path()).absolutePath();
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Import a ledger file"), start,
                                                        tr("CSV files (*.csv);;All files (*)"));
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void ImportWizard::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(
        this, tr("Import a bundle folder"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void ImportWizard::readPreview()
{
    m_dryRunDone = false;
    const QString p = path();
    if (p.isEmpty()) {
        m_preview = ImportPreview();
        m_previewStatus = Status::ok();
        m_fileInfo->clear();
    } else {
        m_previewStatus = LedgerImport::preview(p, m_encoding, 5, &m_preview);
    }

    // The ledger: recognised from the header; a bundle holds them all; a hand-made file is read as
    // appeals. The clerk may name another ledger, which the import then checks against the header.
    {
        const QSignalBlocker block(m_ledger);
        m_ledger->clear();
        if (m_preview.folder) {
            m_ledger->addItem(tr("Every ledger of the bundle"), QString());
        } else {
            for (Ledger l : Ledgers::all())
                m_ledger->addItem(QStringLiteral("%1（%2）").arg(Ledgers::title(l), Ledgers::chineseTitle(l)),
                                  Ledgers::name(l));
            if (m_preview.ledger)
                m_ledger->setCurrentIndex(m_ledger->findData(Ledgers::name(*m_preview.ledger)));
        }
        m_ledger->setEnabled(m_previewStatus.isOk() && !m_preview.folder && m_preview.ownExport);
    }

    if (!p.isEmpty()) {
        if (!m_previewStatus)
            m_fileInfo->setText(errorHtml(m_previewStatus.message()));
        else if (m_preview.folder && m_preview.bundles > 0)
            m_fileInfo->setText(tr("A folder with %n ledger file(s): %1. Bundles are checked against their "
                                   "manifest before anything is read.",
                                   nullptr, int(m_preview.folderFiles.size()))
                                    .arg(m_preview.folderFiles.join(QStringLiteral("、"))));
        else if (m_preview.folder)
            m_fileInfo->setText(tr("A folder of %n CSV file(s), not a bundle (it has no manifest.json): %1. "
                                   "Files named after a ledger are imported deputies first, so that "
                                   "what a record refers to is already there; nothing checks that none "
                                   "is missing or changed.",
                                   nullptr, int(m_preview.folderFiles.size()))
                                    .arg(m_preview.folderFiles.join(QStringLiteral("、"))));
        else if (m_preview.ownExport)
            m_fileInfo->setText(
                tr("One of this program's exports: the %1 ledger, %2. Records are matched by their "
                   "identifier (标识): new ones are added, newer versions replace older ones, "
                   "nothing is duplicated.")
                    .arg(Ledgers::chineseTitle(m_preview.ledger.value_or(Ledger::Appeals)),
                         m_preview.encoding));
        else
            m_fileInfo->setText(
                tr("A hand-made ledger (%1, %n column(s)): it is read as an appeals ledger. Check "
                   "on the next page which column holds what.",
                   nullptr, int(m_preview.header.size()))
                    .arg(m_preview.encoding));
    }
    fillMapping();
    if (QWizardPage *p1 = page(FilePage))
        emit p1->completeChanged();
}

// --- Page 2: encoding and columns -------------------------------------------------------------------

QWizardPage *ImportWizard::createMappingPage()
{
    auto *page = new CheckedPage([this] { return m_previewStatus.isOk() && mappingComplete(nullptr); });
    page->setObjectName(QStringLiteral("importMappingPage"));
    page->setTitle(tr("How the file is read"));
    page->setSubTitle(
        tr("Check the encoding (the sample values must show proper Chinese) and which field each "
           "column holds."));

    m_encodingCombo = new QComboBox(page);
    m_encodingCombo->setObjectName(QStringLiteral("importEncoding"));
    m_encodingCombo->addItem(tr("UTF-8 (this program's exports, \"CSV UTF-8\" from Excel)"),
                             QStringLiteral("UTF-8"));
    m_encodingCombo->addItem(tr("GB18030 / GBK (\"CSV\" from Excel or WPS on Chinese Windows)"),
                             QStringLiteral("GB18030"));
    m_encodingInfo = wrappingLabel(page, QStringLiteral("importEncodingInfo"));

    m_mapping = new QTableWidget(0, 3, page);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setHorizontalHeaderLabels({tr("Column of the file"), tr("Sample value"), tr("Import as")});
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mapping->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_mapping->verticalHeader()->setVisible(false);
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_mapping->setWordWrap(false); // one line per column of the file, samples cut at the cell's edge
    m_mappingInfo = wrappingLabel(page, QStringLiteral("importMappingInfo"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Encoding:"), m_encodingCombo);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_encodingInfo);
    layout->addWidget(m_mapping, 1);
    layout->addWidget(m_mappingInfo);

    connect(m_encodingCombo, &QComboBox::activated, this, [this] {
        m_encoding = m_encodingCombo->currentData().toString();
        readPreview();
    });
    return page;
}

void ImportWizard::fillMapping()
{
    if (!m_mapping)
        return;
    {
        const QSignalBlocker block(m_encodingCombo);
        const QString shown = m_encoding.isEmpty() ? m_preview.encoding : m_encoding;
        m_encodingCombo->setCurrentIndex(shown.startsWith(QLatin1String("GB")) ? 1 : 0);
    }
    // The table deletes removed cell widgets later; until then they must not answer to their names.
    for (int row = 0; row < m_mapping->rowCount(); ++row)
        if (QWidget *old = m_mapping->cellWidget(row, 2))
            old->setObjectName(QString());
    m_mapping->setRowCount(0);
    if (!m_previewStatus) {
        m_encodingInfo->setText(errorHtml(m_previewStatus.message()) + QStringLiteral("<br>") +
                                tr("Choose the other encoding.").toHtmlEscaped());
        m_mapping->setRowCount(0);
        m_mappingInfo->clear();
        return;
    }
    m_encodingInfo->setText(m_preview.detectedEncoding.isEmpty()
                                ? QString()
                                : tr("Detected: %1.").arg(m_preview.detectedEncoding).toHtmlEscaped());

    const QList<ImportField> fields = LedgerImport::handMadeFields();
    m_mapping->setRowCount(int(m_preview.header.size()));
    for (int column = 0; column < m_preview.header.size(); ++column) {
        const QString header = m_preview.header.at(column);
        auto *name = new QTableWidgetItem(header.isEmpty() ? tr("(column %1 without a name)").arg(column + 1)
                                                           : header);
        m_mapping->setItem(column, 0, name);
        QString sample;
        for (const QStringList &row : std::as_const(m_preview.samples)) {
            sample = row.value(column).trimmed();
            if (!sample.isEmpty())
                break;
        }
        sample.replace(QLatin1Char('\n'), QLatin1Char(' ')).remove(QLatin1Char('\r'));
        auto *sampleItem = new QTableWidgetItem(sample.left(200));
        sampleItem->setToolTip(sample.left(2000));
        m_mapping->setItem(column, 1, sampleItem);

        auto *combo = new QComboBox(m_mapping);
        combo->setObjectName(QStringLiteral("importMapColumn%1").arg(column));
        if (m_preview.ownExport) {
            // Our own exports are read by their fixed columns.
            combo->addItem(tr("As exported"), header);
            combo->setEnabled(false);
        } else {
            for (const ImportField &f : fields)
                combo->addItem(f.required ? tr("%1 (required)").arg(f.label) : f.label, f.key);
            combo->addItem(tr("Keep in the notes (%1：value)").arg(header.isEmpty() ? tr("column") : header),
                           LedgerImport::keepInNotes());
            combo->addItem(tr("Ignore"), QString());
            combo->setCurrentIndex(combo->findData(m_preview.mapping.value(column)));
            connect(combo, &QComboBox::currentIndexChanged, this, [this] {
                m_dryRunDone = false;
                updateMappingState();
            });
        }
        m_mapping->setCellWidget(column, 2, combo);
    }
    updateMappingState();
}

bool ImportWizard::mappingComplete(QString *problem) const
{
    if (m_preview.folder || m_preview.ownExport)
        return true;
    QHash<QString, int> taken;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 2));
        const QString key = combo ? combo->currentData().toString() : QString();
        if (key.isEmpty() || key == LedgerImport::keepInNotes())
            continue;
        if (taken.contains(key)) {
            if (problem)
                *problem =
                    tr("The columns \"%1\" and \"%2\" are both taken as %3; choose another field for one of "
                       "them.")
                        .arg(m_preview.header.value(taken.value(key)), m_preview.header.value(row),
                             combo->currentText());
            return false;
        }
        taken.insert(key, row);
    }
    for (const ImportField &f : LedgerImport::handMadeFields()) {
        if (f.required && !taken.contains(f.key)) {
            if (problem)
                *problem = tr("Choose the column that holds \"%1\": an appeal cannot be imported without it.")
                               .arg(f.label);
            return false;
        }
    }
    return true;
}

void ImportWizard::updateMappingState()
{
    QString problem;
    if (m_preview.folder)
        m_mappingInfo->clear();
    else if (m_preview.ownExport)
        m_mappingInfo->setText(tr("This is one of this program's exports: its columns are read as they were "
                                  "written.")
                                   .toHtmlEscaped());
    else if (!mappingComplete(&problem))
        m_mappingInfo->setText(errorHtml(problem));
    else
        m_mappingInfo->setText(
            tr("Columns kept in the notes are added to each appeal's notes as \"column：value\"; "
               "ignored columns are not imported.")
                .toHtmlEscaped());
    if (QWizardPage *p2 = page(MappingPage))
        emit p2->completeChanged();
}

// --- Page 3: what the import would do -------------------------------------------------------------

QWizardPage *ImportWizard::createPreviewPage()
{
    auto *page = new CheckedPage([this] { return m_dryRunDone && m_dryRunStatus.isOk(); });
    page->setObjectName(QStringLiteral("importPreviewPage"));
    page->setTitle(tr("Check before importing"));
    page->setSubTitle(tr("A trial run found the following; nothing has been written yet."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Import"));

    m_counts = wrappingLabel(page, QStringLiteral("importCounts"));
    m_problems = new QTableWidget(0, 4, page);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setHorizontalHeaderLabels({tr("File"), tr("Row"), tr("Column"), tr("Problem")});
    m_problems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_problems->verticalHeader()->setVisible(false);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setWordWrap(true);
    // Row heights follow the reason column's width, which is only known once the page is laid out.
    connect(m_problems->horizontalHeader(), &QHeaderView::sectionResized, m_problems,
            &QTableWidget::resizeRowsToContents);

    m_createDeputies =
        new QCheckBox(tr("Create the deputies the file names but this ledger file does not know"), page);
    m_createDeputies->setObjectName(QStringLiteral("importCreateDeputies"));
    m_keepValid = new QRadioButton(
        tr("Import the valid rows and write the rejected rows, with their reasons, to:"), page);
    m_keepValid->setObjectName(QStringLiteral("importKeepValid"));
    m_allOrNothing = new QRadioButton(tr("All or nothing: import only if no row is rejected"), page);
    m_allOrNothing->setObjectName(QStringLiteral("importAllOrNothing"));
    auto *group = new QButtonGroup(page);
    group->addButton(m_keepValid);
    group->addButton(m_allOrNothing);
    m_keepValid->setChecked(true);
    m_rejectPath = new QLineEdit(page);
    m_rejectPath->setObjectName(QStringLiteral("importRejectPath"));
    m_rejectBrowse = new QPushButton(tr("Choose…"), page);
    m_rejectBrowse->setObjectName(QStringLiteral("importRejectBrowse"));
    auto *rejectRow = new QHBoxLayout;
    rejectRow->addSpacing(24);
    rejectRow->addWidget(m_rejectPath, 1);
    rejectRow->addWidget(m_rejectBrowse);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_counts);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_createDeputies);
    layout->addWidget(m_keepValid);
    layout->addLayout(rejectRow);
    layout->addWidget(m_allOrNothing);

    connect(m_createDeputies, &QCheckBox::toggled, this, &ImportWizard::createDeputiesToggled);
    connect(m_rejectBrowse, &QPushButton::clicked, this, &ImportWizard::chooseRejectFile);
    connect(m_keepValid, &QRadioButton::toggled, this, [this](bool on) {
        m_rejectPath->setEnabled(on);
        m_rejectBrowse->setEnabled(on);
    });
    return page;
}

ImportOptions ImportWizard::options() const
{
    ImportOptions o;
    if (!m_preview.folder && m_ledger->currentIndex() >= 0)
        o.ledger = Ledgers::fromName(m_ledger->currentData().toString());
    o.encoding = m_encoding;
    if (!m_preview.folder && !m_preview.ownExport) {
        for (int row = 0; row < m_mapping->rowCount(); ++row) {
            const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 2));
            o.columnMapping << (combo ? combo->currentData().toString() : QString());
        }
    }
    o.createMissingDeputies = m_createDeputies->isChecked();
    return o;
}

Status ImportWizard::runImport(const ImportOptions &options, ImportResult *result)
{
    QProgressDialog progress(options.dryRun ? tr("Checking every row…") : tr("Importing…"), tr("Cancel"), 0,
                             1000, this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(tr("Import Ledgers"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoReset(false);
    progress.setValue(0);
    QElapsedTimer sinceUpdate;
    sinceUpdate.start();
    ImportOptions o = options;
    o.progress = [&](qint64 done, qint64 total) {
        // Updating the dialog (and so the event loop) for every row would cost more than the import.
        if (sinceUpdate.elapsed() >= 50) {
            sinceUpdate.restart();
            progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
        }
        return !progress.wasCanceled();
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = LedgerImport(m_db).run(path(), o, result);
    QApplication::restoreOverrideCursor();
    return s;
}

void ImportWizard::dryRun()
{
    ImportOptions o = options();
    o.dryRun = true;
    m_result = ImportResult();
    m_dryRunStatus = runImport(o, &m_result);
    m_dryRunDone = true;

    m_problems->setRowCount(0);
    if (!m_dryRunStatus) {
        m_counts->setText(errorHtml(m_dryRunStatus.message()) + QStringLiteral("<br>") +
                          tr("Go back to choose another file or other columns.").toHtmlEscaped());
        m_problems->setVisible(false);
    } else {
        m_counts->setText(tr("To add: %1 · To update: %2 · Already there, unchanged: %3 · Rejected: %4")
                              .arg(m_result.inserted)
                              .arg(m_result.updated)
                              .arg(m_result.unchanged)
                              .arg(m_result.rejected)
                              .toHtmlEscaped() +
                          QStringLiteral("<br>") +
                          (m_result.problems.isEmpty() ? tr("No problems were found.")
                                                       : tr("%n problem(s) were found; rejected rows are "
                                                            "listed below with their row number in the file.",
                                                            nullptr, int(m_result.problems.size())))
                              .toHtmlEscaped());
        m_problems->setVisible(!m_result.problems.isEmpty());
        const int shown = int(std::min<qsizetype>(m_result.problems.size(), kShownProblems));
        m_problems->setRowCount(shown);
        for (int i = 0; i < shown; ++i) {
            const ImportProblem &p = m_result.problems.at(i);
            m_problems->setItem(i, 0, new QTableWidgetItem(QFileInfo(p.file).fileName()));
            auto *line = new QTableWidgetItem(p.line > 0 ? QString::number(p.line) : QString());
            line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_problems->setItem(i, 1, line);
            m_problems->setItem(i, 2, new QTableWidgetItem(p.column));
            auto *reason = new QTableWidgetItem(p.reason);
            reason->setToolTip(p.reason);
            m_problems->setItem(i, 3, reason);
        }
        if (m_result.problems.size() > shown)
            m_counts->setText(m_counts->text() + QStringLiteral("<br>") +
                              tr("The first %1 problems are shown; the reject file lists every rejected row.")
                                  .arg(shown)
                                  .toHtmlEscaped());
        m_problems->setColumnHidden(0, !m_preview.folder);
        m_problems->resizeRowsToContents();
    }
    m_createDeputies->setVisible(!m_result.missingDeputies.isEmpty());
    const bool anyRejected = m_dryRunStatus.isOk() && m_result.rejected > 0;
    m_keepValid->setEnabled(anyRejected);
    m_allOrNothing->setEnabled(anyRejected);
    m_rejectPath->setEnabled(anyRejected && m_keepValid->isChecked());
    m_rejectBrowse->setEnabled(anyRejected && m_keepValid->isChecked());
    if (m_rejectPath->text().isEmpty() && !path().isEmpty()) {
        const QFileInfo source(path());
        const QString base = source.isDir() ? source.fileName() : source.completeBaseName();
        m_rejectPath->setText(QDir::toNativeSeparators(
            QDir(source.absolutePath()).filePath(tr("%1-rejected rows.csv").arg(base))));
    }
    emit page(PreviewPage)->completeChanged();
}

void ImportWizard::createDeputiesToggled(bool checked)
{
    if (checked) {
        const QStringList names = m_result.missingDeputies;
        const auto answer = MessageBox::question(
            this, tr("Create missing deputies?"),
            tr("The file names %n deputy(ies) this ledger file does not know: %1.\n\nThey will be created as "
               "district-level deputies with a note saying they came from this import; check and complete "
               "their "
               "details (level, term, contact) afterwards. Only do this if these are real deputies and not "
               "typing "
               "mistakes of a known name.\n\nCreate them?",
               nullptr, int(names.size()))
                .arg(names.join(QStringLiteral("、"))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            const QSignalBlocker block(m_createDeputies);
            m_createDeputies->setChecked(false);
            return;
        }
    }
    dryRun();
}

void ImportWizard::chooseRejectFile()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Write the rejected rows to"),
                                                        QDir::fromNativeSeparators(m_rejectPath->text()),
                                                        tr("CSV files (*.csv)"));
    if (!chosen.isEmpty())
        m_rejectPath->setText(QDir::toNativeSeparators(chosen));
}

// --- Page 4: the result ---------------------------------------------------------------------------

QWizardPage *ImportWizard::createResultPage()
{
    auto *page = new QWizardPage;
    page->setObjectName(QStringLiteral("importResultPage"));
    page->setTitle(tr("Import finished"));
    m_summary = wrappingLabel(page, QStringLiteral("importSummary"));
    m_rejectInfo = wrappingLabel(page, QStringLiteral("importRejectInfo"));
    m_openFolder = new QPushButton(tr("Open the &folder of the reject file"), page);
    m_openFolder->setObjectName(QStringLiteral("importOpenRejectFolder"));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_openFolder);
    buttonRow->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_rejectInfo);
    layout->addLayout(buttonRow);
    layout->addStretch();
    connect(m_openFolder, &QPushButton::clicked, this, &ImportWizard::openRejectFolder);
    return page;
}

void ImportWizard::openRejectFolder()
{
    QDesktopServices::openUrl(
        QUrl::fromLocalFile(QFileInfo(QDir::fromNativeSeparators(m_rejectPath->text())).absolutePath()));
}

// --- Navigation -------------------------------------------------------------------------------------

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case FilePage:
        // A folder has no columns to map: straight to the trial run.
        return m_preview.folder ? PreviewPage : MappingPage;
    case MappingPage:
        return PreviewPage;
    case PreviewPage:
        return ResultPage;
    default:
        return -1;
    }
}

void ImportWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == PreviewPage)
        dryRun();
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() != PreviewPage)
        return QWizard::validateCurrentPage();
    ImportOptions o = options();
    o.allOrNothing = m_allOrNothing->isChecked() && m_result.rejected > 0;
    if (m_result.rejected > 0 && !o.allOrNothing) {
        o.rejectFile = QDir::fromNativeSeparators(m_rejectPath->text().trimmed());
        if (o.rejectFile.isEmpty()) {
            MessageBox::warning(this, tr("Import Ledgers"),
                                tr("Choose the file the rejected rows are written to, so that they can be "
                                   "corrected and imported later, or choose \"All or nothing\"."));
            return false;
        }
    }
    ImportResult done;
    const Status s = runImport(o, &done);
    if (!s) {
        MessageBox::critical(this, tr("Import Ledgers"), s.message());
        return false;
    }
    m_result = done;

    page(ResultPage)
        ->setSubTitle(done.written ? tr("The main window shows the imported records.")
                                   : tr("The ledger file is as it was before."));
    if (!done.written)
        m_summary->setText(tr("Nothing was written: you chose all or nothing, and %n row(s) would have been "
                              "rejected. Correct them in the file and import it again.",
                              nullptr, int(done.rejected)));
    else
        m_summary->setText(tr("Imported: %1 added, %2 updated, %3 already there and unchanged, %4 rejected.")
                               .arg(done.inserted)
                               .arg(done.updated)
                               .arg(done.unchanged)
                               .arg(done.rejected));
    const bool rejectFile = !o.rejectFile.isEmpty() && done.rejected > 0;
    m_rejectInfo->setText(rejectFile
                              ? tr("The rejected rows and their reasons are in %1. Correct them there and "
                                   "import that file again.")
                                    .arg(QDir::toNativeSeparators(o.rejectFile))
                              : QString());
    m_openFolder->setVisible(rejectFile);
    return true;
}
