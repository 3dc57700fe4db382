#include "storage/SqliteStatement.h"

#include "storage/Database.h"

#include <sqlite3.h>

SqliteStatement::SqliteStatement(const Database &db, const QByteArray &sql)
    : m_db(db.handle())
{
    if (!m_db) {
        m_status = Status::failure(QCoreApplication::translate("Database", "The database refused the change: %1")
                                       .arg(QStringLiteral("no connection")));
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
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
        sqlite3_bind_text(m_stmt, index, utf8.isEmpty() ? "" : utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
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
    // The same sentences as Database::queryFailure, chosen from SQLite's own error code.
    const QString text = QString::fromUtf8(sqlite3_errmsg(db));
    switch (sqlite3_errcode(db) & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Status::failure(QCoreApplication::translate("Database", "The ledger file is damaged (%1). Nothing was "
                                                                       "changed; restore the newest backup.")
                                   .arg(text));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Status::failure(QCoreApplication::translate("Database", "The ledger file is busy: another program is "
                                                                       "writing to it. Try again in a moment."));
    case SQLITE_FULL:
        return Status::failure(QCoreApplication::translate("Database", "The disk is full; nothing was changed. Free "
                                                                       "some space and try again."));
    default:
        return Status::failure(QCoreApplication::translate("Database", "The database refused the change: %1").arg(text));
    }
}
