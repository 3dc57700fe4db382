#include "dialogs/AuditTrailDialog.h"

#include "storage/Database.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { WhenColumn, WhoColumn, ActionColumn, RecordColumn, FieldColumn, OldColumn, NewColumn, ColumnCount };

QTableWidgetItem *item(const QString &text, const QString &tooltip = QString())
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    i->setToolTip(tooltip.isEmpty() ? text : tooltip);
    return i;
}

/// A value on one line of the table; the whole text stays in the tooltip.
QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QChar(0x23CE));
    return line.size() > 120 ? line.left(119) + QChar(0x2026) : line;
}

} // namespace

AuditTrailDialog::AuditTrailDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_wholeFile(true)
{
    setObjectName(QStringLiteral("auditTrailDialog"));
    setWindowTitle(tr("Audit trail"));
    build();
    reload();
}

AuditTrailDialog::AuditTrailDialog(Database &db, const AuditRecordRef &record, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_wholeFile(false)
    , m_record(record)
{
    setObjectName(QStringLiteral("auditHistoryDialog"));
    const QString name = record.label.isEmpty() ? AuditTrail::tableLabel(record.table)
                                                : AuditTrail::tableLabel(record.table) + QLatin1Char(' ') + record.label;
    setWindowTitle(tr("History of %1").arg(name));
    build();
    reload();
}

void AuditTrailDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    if (m_wholeFile) {
        auto *filter = new QHBoxLayout;
        m_useSince = new QCheckBox(tr("Only changes since"), this);
        m_useSince->setObjectName(QStringLiteral("auditUseSince"));
        m_since = new QDateEdit(QDate::currentDate().addMonths(-1), this);
        m_since->setObjectName(QStringLiteral("auditSince"));
        m_since->setCalendarPopup(true);
        m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_since->setEnabled(false);
        filter->addWidget(m_useSince);
        filter->addWidget(m_since);
        filter->addStretch();
        layout->addLayout(filter);
        connect(m_useSince, &QCheckBox::toggled, this, [this](bool on) {
            m_since->setEnabled(on);
            reload();
        });
        connect(m_since, &QDateEdit::dateChanged, this, [this] {
            if (m_useSince->isChecked())
                reload();
        });
    }
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("Action"), tr("Record"), tr("Field"), tr("Old value"), tr("New value")});
    // A record's history names the record in the title; the rows that belong to it say what they are
    // in the Action column.
    m_table->setColumnHidden(RecordColumn, !m_wholeFile);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *bottom = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    bottom->addWidget(m_summary, 1);
    m_more = new QPushButton(tr("Show older entries"), this);
    m_more->setObjectName(QStringLiteral("auditMore"));
    m_more->setVisible(false);
    connect(m_more, &QPushButton::clicked, this, &AuditTrailDialog::loadMore);
    bottom->addWidget(m_more);
    m_export = new QPushButton(tr("Export to CSV…"), this);
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_export->setToolTip(tr("Excel-safe CSV of the entries selected; constituents' names, phones and addresses "
                            "are masked"));
    connect(m_export, &QPushButton::clicked, this, &AuditTrailDialog::chooseExportFile);
    bottom->addWidget(m_export);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(1200, 600);
}

AuditQuery AuditTrailDialog::query() const
{
    AuditQuery q;
    q.record = m_record;
    if (m_wholeFile) {
        q.newestFirst = true;
        q.limit = kPageSize;
        if (m_useSince->isChecked())
            q.since = m_since->date();
    } else {
        q.limit = 0;
    }
    return q;
}

void AuditTrailDialog::reload()
{
    m_entries.clear();
    m_table->setRowCount(0);
    AuditTrail trail(m_db);
    const AuditQuery q = query();
    m_total = trail.count(q);
    Status status;
    const QList<AuditEntry> entries = trail.entries(q, &status);
    if (!status) {
        m_summary->setText(status.message());
        return;
    }
    appendRows(entries);
}

void AuditTrailDialog::loadMore()
{
    AuditQuery q = query();
    q.offset = int(m_entries.size());
    appendRows(AuditTrail(m_db).entries(q));
}

void AuditTrailDialog::appendRows(const QList<AuditEntry> &entries)
{
    m_table->setUpdatesEnabled(false);
    const AuditTrail trail(m_db);
    for (const AuditEntry &e : entries) {
        m_entries << e;
        const QString when = e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString who = AuditTrail::actorText(e);
        // A row that belongs to the record (an appeal's progress entry) names what it is.
        QString action = AuditTrail::actionLabel(e.action);
        if (!m_wholeFile && e.table != m_record.table && !e.table.isEmpty())
            action += QStringLiteral(" · ") + AuditTrail::tableLabel(e.table);
        const QString record = AuditTrail::recordText(e);
        QList<AuditFieldChange> changes = AuditTrail::shownChanges(e);
        if (changes.isEmpty())
            changes << AuditFieldChange{};
        for (const AuditFieldChange &c : std::as_const(changes)) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, WhenColumn,
                             item(when, e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
            m_table->setItem(row, WhoColumn, item(who));
            m_table->setItem(row, ActionColumn, item(action));
            m_table->setItem(row, RecordColumn, item(record));
            m_table->setItem(row, FieldColumn, item(c.field.isEmpty() ? QString() : AuditTrail::fieldLabel(e.table, c.field)));
            const QString oldText = trail.displayValue(e.table, c.field, c.oldValue);
            const QString newText = trail.displayValue(e.table, c.field, c.newValue);
            m_table->setItem(row, OldColumn, item(oneLine(oldText), oldText));
            m_table->setItem(row, NewColumn, item(oneLine(newText), newText));
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < ColumnCount; ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), c >= OldColumn ? 300 : 220));
    m_table->setUpdatesEnabled(true);
    if (m_entries.isEmpty())
        m_summary->setText(m_wholeFile ? tr("No changes recorded in this period.")
                                       : tr("No changes recorded for this record yet (changes made before the "
                                            "audit trail existed are not known)."));
    else
        m_summary->setText(tr("%1 of %n entries shown.", nullptr, int(m_total)).arg(m_entries.size()));
    m_more->setVisible(m_wholeFile && m_entries.size() < m_total);
    m_export->setEnabled(!m_entries.isEmpty());
}

Status AuditTrailDialog::exportCsv(const QString &path)
{
    AuditQuery q = query();
    q.limit = 0;
    Status status;
    const QList<AuditEntry> entries = AuditTrail(m_db).entries(q, &status);
    if (!status)
        return status;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !AuditTrail(m_db).writeCsv(entries, &file, true) || !file.commit())
        return Status::failure(tr("Cannot write \"%1\": %2. Choose a folder you can write to.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::ok();
}

void AuditTrailDialog::chooseExportFile()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(documents).filePath(
        QStringLiteral("audit-%1.csv").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit trail"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportCsv(path); !s)
        MessageBox::warning(this, tr("Export the audit trail"), s.message());
    else
        m_summary->setText(tr("Written to %1.").arg(QDir::toNativeSeparators(path)));
}
