#include "io/ExportDialog.h"

#include "io/LedgerExport.h"
#include "widgets/DeputyPicker.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

ExportDialog::ExportDialog(Database &db, int year, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_ledger(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_deputy(new DeputyPicker(db, true, this))
    , m_format(new QComboBox(this))
    , m_full(new QCheckBox(tr("Include full personal data"), this))
    , m_path(new QLineEdit(this))
    , m_privacy(new QLabel(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Export Ledgers"));
    setObjectName(QStringLiteral("exportDialog"));
    m_ledger->setObjectName(QStringLiteral("exportLedger"));
    m_year->setObjectName(QStringLiteral("exportYear"));
    m_deputy->setObjectName(QStringLiteral("exportDeputy"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_full->setObjectName(QStringLiteral("exportFullData"));
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_result->setObjectName(QStringLiteral("exportResult"));

    m_ledger->addItem(tr("All ledgers: the year's bundle for the district"), QString());
    for (Ledger l : Ledgers::all())
        m_ledger->addItem(Ledgers::title(l), Ledgers::name(l));
    m_year->setRange(1990, QDate::currentDate().year() + 1);
    m_year->setValue(year > 0 ? year : QDate::currentDate().year());
    m_deputy->setDate(QDate());
    m_format->addItem(tr("Excel workbook (.xlsx) — recommended"), QStringLiteral("xlsx"));
    m_format->addItem(tr("CSV, Excel-safe (UTF-8)"), QStringLiteral("csv"));
    m_format->setCurrentIndex(1);

    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("exportBrowse"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Ledger:"), m_ledger);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Deputy:"), m_deputy);
    form->addRow(tr("&Format:"), m_format);
    // The row is a layout, which cannot take the mnemonic's focus: the label names the path field.
    auto *pathLabel = new QLabel(tr("Save &to:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_full);

    m_privacy->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_privacy);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    connect(m_ledger, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_full, &QCheckBox::toggled, this, &ExportDialog::confirmFullData);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this] { exportNow(); });
    updateState();
}

bool ExportDialog::isBundle() const
{
    return m_ledger->currentData().toString().isEmpty();
}

bool ExportDialog::isXlsx() const
{
    return m_format->currentData().toString() == QLatin1String("xlsx");
}

void ExportDialog::updateState()
{
    m_deputy->setEnabled(!isBundle());
    m_path->setPlaceholderText(isBundle() ? tr("An empty folder for the bundle")
                                          : (isXlsx() ? tr("A file name ending in .xlsx") : tr("A file name ending in .csv")));
    m_privacy->setText(m_full->isChecked()
                           ? tr("Full personal data: phone numbers unmasked, confidential appeals with names and "
                                "addresses. Keep this file at the station.")
                           : tr("For handing over: constituents' phone numbers are masked (138****5678) and "
                                "confidential appeals carry no personal data."));
}

void ExportDialog::confirmFullData(bool checked)
{
    if (checked) {
        const auto answer = MessageBox::question(
            this, tr("Export full personal data?"),
            tr("The file will contain constituents' full phone numbers and the names and addresses of confidential "
               "appeals. Only do this for the station's own backup, never for handing over.\n\nExport full personal "
               "data?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            const QSignalBlocker block(m_full);
            m_full->setChecked(false);
        }
    }
    updateState();
}

void ExportDialog::browse()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path;
    if (isBundle()) {
        path = QFileDialog::getExistingDirectory(this, tr("Folder for the bundle"), documents);
    } else {
        const QString ledger = m_ledger->currentData().toString();
        const QString suggested = QDir(documents).filePath(QStringLiteral("%1-%2.%3").arg(ledger).arg(m_year->value()).arg(isXlsx() ? QStringLiteral("xlsx") : QStringLiteral("csv")));
        path = QFileDialog::getSaveFileName(this, tr("Export to"), suggested,
                                            isXlsx() ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    }
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

Status ExportDialog::exportNow()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    Status status;
    ExportOptions options;
    options.year = m_year->value();
    options.fullPersonalData = m_full->isChecked();
    LedgerExport exporter(m_db);
    if (path.isEmpty()) {
        status = Status::failure(tr("Choose where to save the export first."));
    } else if (isBundle()) {
        QJsonObject manifest;
        status = exporter.writeBundle(options, path, isXlsx() ? QStringLiteral("xlsx") : QStringLiteral("csv"), &manifest);
        if (status)
            m_result->setText(tr("The bundle of %1 was written to %2 with its manifest (%n file(s)).", nullptr,
                                 int(manifest.value(QStringLiteral("files")).toArray().size()))
                                  .arg(options.year)
                                  .arg(QDir::toNativeSeparators(path)));
    } else {
        const auto ledger = Ledgers::fromName(m_ledger->currentData().toString());
        const qint64 deputy = m_deputy->deputyId();
        options.deputyId = deputy > 0 ? deputy : 0;
        qint64 rows = 0;
        if (isXlsx()) {
            QList<qint64> counts;
            status = exporter.writeXlsx({*ledger}, options, path, &counts);
            rows = counts.value(0);
        } else {
            status = exporter.writeCsv(*ledger, options, path, &rows);
        }
        if (status)
            m_result->setText(tr("%n row(s) written to %1.", nullptr, int(rows)).arg(QDir::toNativeSeparators(path)));
    }
    if (!status)
        m_result->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(status.message().toHtmlEscaped()));
    return status;
}
