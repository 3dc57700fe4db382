#pragma once

#include "common/Status.h"
#include "io/Ledger.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class CsvReader;
class Database;

/// How to import.
struct ImportOptions
{
    std::optional<Ledger> ledger;       ///< when unset, recognised from the file's header
    bool dryRun = false;                ///< check every row, write nothing
    bool allOrNothing = false;          ///< one rejected row and nothing is written
    bool createMissingDeputies = false; ///< hand-made files: a deputy named but unknown is created
    QString rejectFile;                 ///< rejected rows with their reasons are written here (CSV)
    /// "UTF-8" or "GB18030" to read every file so whatever detection finds; empty: detect.
    QString encoding;
    /// Hand-made files: one entry per column of the header — a field key of handMadeFields(),
    /// LedgerImport::keepInNotes() or empty (ignored). Empty list: recognised from the headers' synonyms.
    QStringList columnMapping;
    /// Called as the files are read with the bytes done and the bytes of all files; returning false
    /// cancels the import (nothing is written). Runs on the importing thread.
    std::function<bool(qint64 done, qint64 total)> progress;
};

/// A field of a hand-made appeals ledger that a column can be mapped to.
struct ImportField
{
    QString key;   ///< received_on, deputy, person_name, …
    QString label; ///< translated, for the import wizard
    bool required = false;
};

/// How a file would be read, for the import wizard to show before anything is imported.
struct ImportPreview
{
    bool folder = false;          ///< a bundle or a folder of CSV files: no columns to map
    QStringList folderFiles;      ///< folder: the ledger files found (bundles: "bundle/file.csv")
    int bundles = 0; ///< folder: the bundles (with manifest.json) it is or holds; 0: plain CSV files
    QString encoding;             ///< "UTF-8", "UTF-8 (BOM)" or "GB18030": as read now
    QString detectedEncoding;     ///< what detection found
    bool ownExport = false;       ///< the header has 标识: one of our exports, matched by UUID
    std::optional<Ledger> ledger; ///< the ledger the header belongs to (hand-made files: appeals)
    QStringList header;           ///< the columns as the importer names them (spaces, * and colons removed)
    QList<QStringList> samples;   ///< the first rows
    /// Hand-made files: the proposed mapping (see ImportOptions::columnMapping); a second column of
    /// the same meaning is proposed as kept in the notes rather than refused.
    QStringList mapping;
};

/// One problem with one row (or with a whole file when line is 0).
struct ImportProblem
{
    QString file;
    qint64 line = 0;
    QString column;
    QString reason;
};

/// What an import did (or, in a dry run, would do).
struct ImportResult
{
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    QList<ImportProblem> problems;
    QStringList files;    ///< "appeals.csv: appeals, UTF-8 (BOM), own export" — what was read as what
    QStringList missingDeputies; ///< hand-made files: deputies named but unknown (created when allowed)
    bool written = false; ///< the database now holds the import
};

/// Imports ledgers from CSV: our own exports and bundles (many stations' bundles too), matched by UUID,
/// and clerks' hand-made appeal ledgers, matched on their content. The whole import runs in one
/// transaction: the database holds all of it or none of it (a crash or a kill in the middle included).
/// See docs/CSV.md for the rules.
class LedgerImport
{
    Q_DECLARE_TR_FUNCTIONS(LedgerImport)
public:
    explicit LedgerImport(Database &db);

    /// Imports a CSV file or a bundle folder. A failed status means nothing was written; rows rejected
    /// one by one are in `result` (and the status is ok).
    Status run(const QString &fileOrFolder, const ImportOptions &options, ImportResult *result);

    /// A date as clerks type it: 2022-03-05, 2022/3/5, 2022.3.5, 2022年3月5日, 20220305, with or without
    /// a time after it, or an Excel serial day number (44625). Invalid when none fits or the day does
    /// not exist.
    static QDate parseDate(const QString &text);
    /// A cell of our own export as it was before CsvWriter made it Excel-safe: the apostrophe put in
    /// front of formula-like text is removed, and for number-like kinds the leading tab as well.
    static QString ownCellText(const QString &cell, bool textNumber);

    /// Reads the header and the first `sampleRows` rows of a file (as `encoding`, empty: detected), or
    /// lists a folder's ledger files, without touching any database.
    static Status preview(const QString &fileOrFolder, const QString &encoding, int sampleRows,
                          ImportPreview *preview);
    /// The fields of a hand-made appeals ledger, in the order the wizard offers them.
    static QList<ImportField> handMadeFields();
    /// The mapping key of "keep this column in the appeal's notes as 列名：值".
    static QString keepInNotes() { return QStringLiteral("keep_in_notes"); }
    /// A hand-made header's columns mapped through the synonyms clerks use (docs/CSV.md): a field key,
    /// keepInNotes() for an unknown column, empty for row numbers and empty headers.
    static QStringList synonymMapping(const QStringList &header);

private:
    struct Session;
    Status importFile(Session &session, const QString &path);
    Status importOwnRows(Session &session, CsvReader &reader, const QString &file, Ledger ledger,
                         const QStringList &header);
    Status importHandMadeAppeals(Session &session, CsvReader &reader, const QString &file,
                                 const QStringList &header);
    /// The id of the record with `uuid` in `table`, 0 when there is none.
    Status idOf(Session &session, const QString &table, const QString &uuid, qint64 *id);
    /// Rejects a row that has fewer cells than the header: the file may have been cut short.
    void rejectCutShort(Session &session, const QString &file, qint64 line, const QStringList &header,
                        const QStringList &cells);
    void reject(Session &session, const QString &file, qint64 line, const QStringList &header,
                const QStringList &cells, const QList<QPair<QString, QString>> &problems);

    Database &m_db;
};
