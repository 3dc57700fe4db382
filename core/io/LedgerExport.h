#pragma once

#include "common/Codes.h"
#include "common/Status.h"
#include "io/Ledger.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <functional>

class Database;

/// What to export.
struct ExportOptions
{
    int year = 0;              ///< 0: every year
    qint64 deputyId = 0;       ///< 0: every deputy
    /// Handoff exports mask constituents' phones and leave out the personal data of confidential (保密)
    /// appeals; the clerk's own full exports carry everything.
    bool fullPersonalData = false;
};

/// How a column's values are written (and read back by LedgerImport).
enum class CellKind {
    Text,
    Code,          ///< a Codes value, written as its fixed Chinese word
    Bool,          ///< 是 / 否
    Date,          ///< yyyy-MM-dd
    Number,        ///< an integer, empty when unknown
    TextNumber,    ///< digits that must stay text in Excel (record numbers)
    Phone,         ///< a constituent's phone: masked in handoff exports, kept as text
    PublicPhone,   ///< a deputy's or unit's phone: never masked, kept as text
    Personal,      ///< a constituent's name or address: empty for confidential appeals in handoff exports
    Json,          ///< child rows (timeline, contact voters, …) as a JSON array: lossless round trip
    Stamp,         ///< a UTC time stamp
};

/// One column of an exported ledger.
struct ExportColumn
{
    QString header;   ///< Chinese, as the district's spreadsheets have it
    QString key;      ///< stable key of the column (the record field), used by LedgerImport
    CellKind kind = CellKind::Text;
    Codes::Kind codeKind = Codes::Gender;
};

/// Exports the ledgers: one CSV per ledger, an .xlsx workbook, or a handoff bundle (a folder with every
/// ledger of a year and manifest.json with row counts and SHA-256 sums). Every file is written to a
/// temporary name and renamed when complete, so a failed export never leaves a half-written file.
class LedgerExport
{
    Q_DECLARE_TR_FUNCTIONS(LedgerExport)
public:
    explicit LedgerExport(Database &db);

    static QList<ExportColumn> columns(Ledger ledger);
    /// The SELECT that forEachRow() runs for a whole ledger (no year or deputy filter), with the same
    /// columns, joins and order: liaison-ledger-bench hands it to `sqlite3 -csv` as the floor an export
    /// is compared with.
    static QString wholeLedgerSql(Ledger ledger);

    /// Calls `sink` with each row's cells (already formatted and masked, before CSV escaping).
    Status forEachRow(Ledger ledger, const ExportOptions &options,
                      const std::function<void(const QStringList &)> &sink) const;
    /// The same rows as forEachRow(), each cell as UTF-8 bytes (valid until the next row): what the
    /// CSV and .xlsx writers use, with no QString per cell. `sink` gets the row's cells and their count.
    Status forEachRowUtf8(Ledger ledger, const ExportOptions &options,
                          const std::function<void(const QByteArrayView *, int)> &sink) const;

    Status writeCsv(Ledger ledger, const ExportOptions &options, const QString &path, qint64 *rows = nullptr) const;
    /// One sheet per ledger in `ledgers`.
    Status writeXlsx(const QList<Ledger> &ledgers, const ExportOptions &options, const QString &path,
                     QList<qint64> *rows = nullptr) const;
    /// Writes every ledger into `folder` ("csv": one CSV each; "xlsx": one workbook) plus manifest.json.
    Status writeBundle(const ExportOptions &options, const QString &folder, const QString &format,
                       QJsonObject *manifest = nullptr) const;

    /// A deputy by id, uuid or exact name; 0 with `error` set when none or several match.
    qint64 resolveDeputy(const QString &idOrName, QString *error) const;

private:
    /// Runs `write`; with full personal data inside a write transaction that first adds the export's
    /// audit entry (AuditTrail::recordExport), so an export that fails leaves no entry and an entry that
    /// cannot be written stops the export. A read-only file refuses full-data exports.
    Status recorded(const ExportOptions &options, const QString &what, const QString &path, const QString &format,
                    const std::function<Status()> &write) const;
    Status writeCsvFile(Ledger ledger, const ExportOptions &options, const QString &path, qint64 *rows) const;
    Status writeXlsxFile(const QList<Ledger> &ledgers, const ExportOptions &options, const QString &path,
                         QList<qint64> *rows) const;
    Status writeBundleFiles(const ExportOptions &options, const QString &folder, const QString &format,
                            QJsonObject *manifestOut) const;

    Database &m_db;
    mutable bool m_recording = false;   ///< an outer call already logs this export (a bundle's files)
};
