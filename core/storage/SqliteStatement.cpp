#include "storage/SqliteStatement.h"

#include "storage/Database.h"

#include <sqlite3.h>

namespace {

/// What '' binds to: a non-null pointer of length 0 (a null pointer would bind SQL NULL).
const char16_t kEmpty16[] = u"";

} // namespace

SqliteStatement::SqliteStatement(const Database &db, const QByteArray &sql, Use use)
    : m_db(db.handle())
{
    if (!m_db) {
        m_status = Database::failureFromText(QStringLiteral("no connection"));
        return;
    }
    const unsigned flags = use == Use::Persistent ? SQLITE_PREPARE_PERSISTENT : 0;
    if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), flags, &m_stmt, nullptr) != SQLITE_OK) {
        m_status = failure(m_db);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    // An empty view may have no data pointer: bind '' rather than NULL (text columns are NOT NULL).
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index, utf8.isEmpty() ? "" : utf8.data(), int(utf8.size()),
                          SQLITE_TRANSIENT);
}

void SqliteStatement::bindUtf8View(int index, QByteArrayView utf8)
{
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index, utf8.isEmpty() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindTextView(int index, QStringView text)
{
    if (!m_stmt)
        return;
    const void *data =
        text.isEmpty() ? static_cast<const void *>(kEmpty16) : static_cast<const void *>(text.utf16());
    sqlite3_bind_text16(m_stmt, index, data, int(text.size() * 2), SQLITE_STATIC);
}

void SqliteStatement::bindId(int index, qint64 id)
{
    if (id > 0)
        bindInt(index, id);
    else
        bindNull(index);
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
}

bool SqliteStatement::next()
{
    if (!m_stmt || !m_status.isOk())
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_status = failure(m_db);
    return false;
}

Status SqliteStatement::step(bool *row)
{
    if (row)
        *row = false;
    if (!m_stmt)
        return m_status;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        if (row)
            *row = true;
        return Status::ok(); // the caller reads the row, then calls reset()
    }
    // Reset at once: a statement that is not reset takes no new bindings and would keep its read open.
    const Status result = rc == SQLITE_DONE ? Status::ok() : failure(m_db);
    sqlite3_reset(m_stmt);
    return result;
}

void SqliteStatement::reset()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteStatement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

int SqliteStatement::type(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArrayView SqliteStatement::text(int column) const
{
    // sqlite3_column_text first, then the size: the documented order for a pointer that stays valid.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

QString SqliteStatement::string(int column) const
{
    const void *data = sqlite3_column_text16(m_stmt, column);
    if (!data)
        return {};
    return QString(static_cast<const QChar *>(data), qsizetype(sqlite3_column_bytes16(m_stmt, column)) / 2);
}

QByteArrayView SqliteStatement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    if (!data)
        return {};
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

QVariant SqliteStatement::value(int column) const
{
    switch (type(column)) {
    case SQLITE_INTEGER:
        return integer(column);
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_BLOB:
        return blob(column).toByteArray();
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default:
        return string(column);
    }
}

Status SqliteStatement::failure(sqlite3 *db) const
{
    // The same sentences as every other query's failure (damaged, busy, read-only, disk full, refused).
    return Database::failureFromText(QString::fromUtf8(sqlite3_errmsg(db)));
}
