#pragma once

#include "common/Status.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QVariant>

class Database;
struct sqlite3;
struct sqlite3_stmt;

/// A prepared statement straight on a Database's SQLite handle, for the read paths that go through
/// every row of a year or a ledger (statistics, export): values come as SQLite holds them — integers
/// as integers, text as the file's own UTF-8 — with no QVariant and no UTF-16 copy per value.
/// Everything else uses Database::prepare (QSqlQuery). Values are bound positionally from 1, always
/// (never SQL built from user text). Only core/ uses it.
class SqliteStatement
{
public:
    /// How long the statement lives: Persistent for one run hundreds of thousands of times (the importer
    /// keeps its statements for a whole file), which SQLite then prepares for reuse.
    enum class Use { Once, Persistent };

    /// Prepares `sql` (UTF-8) on `db`'s connection; isValid() tells whether that worked.
    SqliteStatement(const Database &db, const QByteArray &sql, Use use = Use::Once);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    /// Binds UTF-8 text (copied) to the 1-based placeholder `index`.
    void bindText(int index, QByteArrayView utf8);
    void bindString(int index, const QString &text) { bindText(index, QByteArrayView(text.toUtf8())); }
    /// Binds UTF-16 text without copying it: `text` must stay alive until the statement is reset (the
    /// importer binds the cells of the row it holds). '' for an empty or null view (text columns are
    /// NOT NULL).
    void bindTextView(int index, QStringView text);
    /// Binds UTF-8 text without copying it: `utf8` must stay alive until the statement is reset. ''
    /// for an empty or null view.
    void bindUtf8View(int index, QByteArrayView utf8);
    /// Binds a record id, NULL for 0 (no record), as Ids::idValue does.
    void bindId(int index, qint64 id);
    void bindInt(int index, qint64 value);
    void bindNull(int index);

    /// Steps to the next row: false at the end or on an error (then status() says which).
    bool next();
    /// Runs the statement to its first row or its end, for writes and single-row lookups: `row` says
    /// whether a row came (read it, then reset() before binding again); without a row the statement is
    /// reset already, so it never keeps a read open. Unlike next(), a failure does not stick: the next
    /// run may succeed.
    Status step(bool *row = nullptr);
    /// Ends the current run; the bindings stay.
    void reset();
    /// The rowid of the last row this connection inserted.
    qint64 lastInsertId() const;
    /// Empty while all went well; after a failed prepare or step, the failure as a sentence for the user.
    Status status() const { return m_status; }

    int columnCount() const;
    /// SQLite's storage class of a column of the current row (SQLITE_INTEGER, SQLITE_TEXT, …).
    int type(int column) const;
    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    /// The text of a column as UTF-8, valid until the next step; empty for NULL.
    QByteArrayView text(int column) const;
    /// The text of a column as SQLite converts it to UTF-16 (what QSqlQuery gives).
    QString string(int column) const;
    /// The raw bytes of a BLOB column.
    QByteArrayView blob(int column) const;
    /// The value exactly as QSqlQuery::value() gives it (Qt's SQLite driver: integers as qint64,
    /// reals as double, text through SQLite's UTF-16 conversion, BLOBs as QByteArray, NULL as a null
    /// QString), for the rare values a fast path hands to code written for QSqlQuery.
    QVariant value(int column) const;

private:
    Status failure(sqlite3 *db) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    Status m_status;
};
