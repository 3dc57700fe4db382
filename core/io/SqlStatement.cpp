#include "io/SqlStatement.h"

#include "storage/Database.h"

#include <sqlite3.h>

namespace {

/// What '' binds to: a non-null pointer of length 0 (a null pointer would bind SQL NULL).
const char16_t kEmpty[] = u"";

} // namespace

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_stmt);
}

Status SqlStatement::prepare(sqlite3 *db, const QString &sql)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = db;
    if (!db)
        return Database::failureFromText(QStringLiteral("no connection"));
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt,
                           nullptr) != SQLITE_OK) {
        m_stmt = nullptr;
        return Database::failureFromText(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    return Status::ok();
}

void SqlStatement::bindText(int index, QStringView text)
{
    const void *data =
        text.isEmpty() ? static_cast<const void *>(kEmpty) : static_cast<const void *>(text.utf16());
    sqlite3_bind_text16(m_stmt, index, data, int(text.size() * 2), SQLITE_STATIC);
}

void SqlStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqlStatement::bindId(int index, qint64 id)
{
    if (id > 0)
        sqlite3_bind_int64(m_stmt, index, id);
    else
        sqlite3_bind_null(m_stmt, index);
}

void SqlStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

Status SqlStatement::run(bool *row)
{
    const int rc = sqlite3_step(m_stmt);
    if (row)
        *row = rc == SQLITE_ROW;
    if (rc == SQLITE_ROW)
        return Status::ok(); // the caller reads the row, then calls reset()
    // Reset at once: a statement that is not reset takes no new bindings, and would keep its read open.
    sqlite3_reset(m_stmt);
    if (rc == SQLITE_DONE)
        return Status::ok();
    return Database::failureFromText(QString::fromUtf8(sqlite3_errmsg(m_db)));
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 SqlStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqlStatement::columnText(int column) const
{
    const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    if (!text)
        return QString();
    return QString::fromUtf16(text, sqlite3_column_bytes16(m_stmt, column) / 2);
}

bool SqlStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqlStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
