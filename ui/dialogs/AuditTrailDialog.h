#pragma once

#include "safety/AuditTrail.h"

#include <QDialog>

class Database;
class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

/// The audit trail as the clerk reads it: when, who, what was done and each field's old and new value.
/// Two uses: the history of one record (Records ▸ History of the selected record, or a list's context
/// menu), and the whole file (File ▸ Audit trail) with a since-date filter, paging and CSV export.
class AuditTrailDialog : public QDialog
{
    Q_OBJECT
public:
    /// The whole file's trail, newest first.
    explicit AuditTrailDialog(Database &db, QWidget *parent = nullptr);
    /// The history of `record` (and of the rows that belong to it), oldest first.
    AuditTrailDialog(Database &db, const AuditRecordRef &record, QWidget *parent = nullptr);

    /// Writes what the current filter selects (every page) as Excel-safe CSV with personal data masked.
    Status exportCsv(const QString &path);
    /// How many entries are loaded and shown.
    int loadedEntries() const { return int(m_entries.size()); }

    /// Entries loaded per page in the whole-file view.
    static constexpr int kPageSize = 500;

private:
    void build();
    void reload();
    void loadMore();
    void appendRows(const QList<AuditEntry> &entries);
    void chooseExportFile();
    AuditQuery query() const;

    Database &m_db;
    bool m_wholeFile;
    AuditRecordRef m_record;
    QList<AuditEntry> m_entries;
    qint64 m_total = 0;
    QTableWidget *m_table = nullptr;
    QCheckBox *m_useSince = nullptr;
    QDateEdit *m_since = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_export = nullptr;
};
