#pragma once

#include "common/Status.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

struct sqlite3;
struct sqlite3_stmt;

/// A statement prepared once on a connection's own SQLite handle (Database::handle()), for work that
/// runs it hundreds of thousands of times (the importer): values are bound straight from the text they
/// come from, without a QVariant or a QSqlQuery per value. The statement is reset after every run, so
/// it never keeps a read open. Text binds as UTF-16 views that must stay alive until run() returns.
class SqlStatement
{
    Q_DECLARE_TR_FUNCTIONS(SqlStatement)
public:
    SqlStatement() = default;
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    /// Prepares `sql` (our own constant text: values are always bound, never written into it).
    Status prepare(sqlite3 *db, const QString &sql);
    bool isPrepared() const { return m_stmt != nullptr; }

    /// Binds text at the 1-based `index`; a null or empty view binds '' (our text columns are NOT NULL).
    void bindText(int index, QStringView text);
    void bindInt(int index, qint64 value);
    /// Binds a record id, NULL for 0 (no record), as Ids::idValue does.
    void bindId(int index, qint64 id);
    void bindNull(int index);

    /// Runs the statement to its first row (or its end). `row` says whether a row came; read it with
    /// the column functions, then call reset() before binding again. Without a row the statement is
    /// reset already.
    Status run(bool *row = nullptr);
    /// Ends the current run (the bindings stay).
    void reset();
    qint64 columnInt(int column) const;
    QString columnText(int column) const;
    bool columnIsNull(int column) const;
    /// The rowid of the last row this connection inserted.
    qint64 lastInsertId() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};
