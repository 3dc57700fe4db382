#pragma once

#include "common/Status.h"
#include "safety/AuditEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

class Database;
class QIODevice;

/// A record whose history can be shown: a ledger table and the record's id there.
struct AuditRecordRef
{
    QString table;
    qint64 id = 0;
    QString uuid;    ///< for a record known only by its uuid (e.g. removed before it was ever changed)
    QString label;   ///< number, name or title, for display
};

/// Which entries to read. With a record, its own entries and those of the rows that belong to it
/// (an appeal's progress events and follow-up visits, a suggestion's co-signers, …).
struct AuditQuery
{
    AuditRecordRef record;   ///< empty table and uuid: every record
    QDate since;             ///< invalid: from the beginning (a UTC date; entries at or after its start)
    bool newestFirst = false;
    int limit = 500;         ///< page size; 0 or less: no limit
    int offset = 0;
};

/// What a full-data export wrote, for its audit entry.
struct AuditExportRecord
{
    QString what;      ///< the ledger's public name (appeals, …) or "bundle"
    int year = 0;      ///< 0: every year
    QString path;      ///< the file or folder written
    QString format;    ///< csv or xlsx
    qint64 deputyId = 0;
};

/// Reads the audit trail that the schema's triggers write (migration 3, docs/AUDIT.md), and adds the
/// entries that are not row changes (full-data exports). Labels for tables, fields and actions are
/// translated here so that the CLI and the desktop show the same words.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
public:
    explicit AuditTrail(Database &db);

    /// The records that `text` names: a ledger number (2022-0031: appeals and suggestions), a uuid,
    /// "table:id" (appeals:42) or a bare id (that id in any table). Empty with `error` set when none.
    QList<AuditRecordRef> resolve(const QString &text, QString *error) const;
    /// Record `id` of `table` with its current number, name or title as the label.
    AuditRecordRef recordRef(const QString &table, qint64 id) const;
    /// Entries matching `query`, oldest first unless query.newestFirst.
    QList<AuditEntry> entries(const AuditQuery &query, Status *status = nullptr) const;
    /// Entries for several records at once (what resolve() found), oldest first.
    QList<AuditEntry> entries(const QList<AuditRecordRef> &records, const QDate &since, Status *status = nullptr) const;
    /// How many entries match `query` (ignoring limit and offset).
    qint64 count(const AuditQuery &query) const;

    /// Adds the entry for an export with full personal data. Call inside the write transaction that
    /// the export runs in, so that a failed export leaves no entry (and no entry, no export).
    Status recordExport(const AuditExportRecord &exported);

    /// Translated name of a ledger table ("appeals" → "Appeal").
    static QString tableLabel(const QString &table);
    /// Translated name of a field of a table; the column name itself when unknown.
    static QString fieldLabel(const QString &table, const QString &field);
    /// Translated action ("soft_delete" → "Moved to the recycle bin").
    static QString actionLabel(const QString &action);
    /// A value as shown to the user: codes translated, NULL as empty; with `maskPersonal` a constituent's
    /// name, phone or address masked by the rules of common/Privacy (for output that leaves the program).
    static QString valueText(const QString &table, const QString &field, const QVariant &value,
                             bool maskPersonal = false);
    /// Whether `field` of `table` holds a constituent's name, phone or address.
    static bool isPersonal(const QString &table, const QString &field);
    /// The entry's changes in the table's column order.
    static QList<AuditFieldChange> orderedChanges(const AuditEntry &entry);
    /// orderedChanges() without the empty fields of a created or removed record (what people read).
    static QList<AuditFieldChange> shownChanges(const AuditEntry &entry);
    /// "who": the clerk's name and the OS user, e.g. "王芳 (wangf)".
    static QString actorText(const AuditEntry &entry);
    /// The record an entry is about, for display: "Appeal 2022-0031".
    static QString recordText(const AuditEntry &entry);

    /// valueText(), with references to other records shown by their name or number (deputy_id → the
    /// deputy's name, appeal_id → 2022-0031, …); a record that no longer exists shows its id.
    QString displayValue(const QString &table, const QString &field, const QVariant &value,
                         bool maskPersonal = false) const;
    /// Writes `entries` as Excel-safe CSV (io/CsvWriter), one row per changed field, to `device`.
    bool writeCsv(const QList<AuditEntry> &entries, QIODevice *device, bool maskPersonal) const;
    /// `entries` as JSON with stable keys (docs/AUDIT.md).
    static QJsonArray toJson(const QList<AuditEntry> &entries, bool maskPersonal);

private:
    /// Inserts of records with an id are logged compactly (docs/AUDIT.md: the record holds its values).
    /// For a record's history, fills each such entry's values: the record as it is now (or as its
    /// removal logged it), with the later changes in `entries` undone.
    void fillInsertValues(QList<AuditEntry> &entries) const;

    Database &m_db;
    mutable QHash<QString, QString> m_names;   ///< "table:id" → name, for displayValue()
};
