#include "lists/SqlListModel.h"

#include "common/Ids.h"
#include "common/Privacy.h"
#include "storage/Database.h"

#include <QBrush>
#include <QColor>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {
// Chunks kept in memory before the cache starts over: 64 × 256 rows covers many screens.
constexpr int kMaxChunks = 64;

/// Binds `value` as Database::bind does (a null QString as '', an invalid QVariant as NULL).
int bindValue(sqlite3_stmt *statement, int position, const QVariant &value)
{
    if (!value.isValid() || (value.isNull() && value.typeId() != QMetaType::QString))
        return sqlite3_bind_null(statement, position);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return sqlite3_bind_int64(statement, position, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, position, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, position, bytes.constData(), sqlite3_uint64(bytes.size()),
                                   SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text64(statement, position, text.constData(), sqlite3_uint64(text.size()),
                                   SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    }
}

/// Appends the first column of every row of `sql` to `ids`, read through SQLite's own API: a million
/// ids through QSqlQuery cost a QVariant each (1.2 s of CPU at 1,000,000 appeals). Empty on success,
/// else SQLite's error text.
QString loadIds(sqlite3 *db, const QString &sql, const QVariantList &values, QVector<qint64> *ids)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(db));
    int rc = SQLITE_OK;
    for (int i = 0; i < values.size() && rc == SQLITE_OK; ++i)
        rc = bindValue(statement, i + 1, values.at(i));
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            ids->append(sqlite3_column_int64(statement, 0));
    }
    const QString error = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    return error;
}

} // namespace

SqlListModel::SqlListModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

void SqlListModel::setTable(const QString &table, const QList<ListColumn> &columns, int sortColumn,
                            Qt::SortOrder order)
{
    m_table = table;
    m_columns = columns;
    m_sortColumn = sortColumn;
    m_sortOrder = order;
}

void SqlListModel::setFilter(const ListFilter &filter)
{
    m_filter = filter;
    reload();
}

void SqlListModel::refresh()
{
    reload();
}

void SqlListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    // A view calls sort() when it is set up (setSortingEnabled); a list that has not been asked for
    // its rows yet (a tab not shown) only records the order instead of reading the whole table.
    if (m_loaded)
        reload();
}

SqlCondition SqlListModel::overdueCondition(const QDate &) const
{
    return {};
}

void SqlListModel::reload()
{
    m_loaded = true;
    beginResetModel();
    m_ids.clear();
    m_chunks.clear();
    m_lastError.clear();

    QStringList where = {QStringLiteral("deleted_at IS NULL")};
    QVariantList values;
    const QList<SqlCondition> parts = conditions(m_filter);
    for (const SqlCondition &c : parts) {
        if (c.sql.isEmpty())
            continue;
        where << QLatin1Char('(') + c.sql + QLatin1Char(')');
        values << c.values;
    }
    const ListColumn &sortBy = m_columns.at(m_sortColumn);
    const QString direction =
        m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // The id as the last key makes the order total, so rows never swap between reloads.
    QStringList order;
    for (const QString &key : sortBy.sort.isEmpty() ? QStringList{sortBy.select} : sortBy.sort)
        order << key + QLatin1Char(' ') + direction;
    order << QStringLiteral("id ") + direction;
    const QString sql = QStringLiteral("SELECT id FROM ") + m_table + QStringLiteral(" WHERE ") +
                        where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY ") +
                        order.join(QStringLiteral(", "));
    if (sqlite3 *handle = m_db.handle()) {
        const QString error = loadIds(handle, sql, values, &m_ids);
        if (!error.isEmpty()) {
            m_ids.clear();
            m_lastError = Database::failureFromText(error).message();
        }
    } else {
        QSqlQuery query = m_db.prepare(sql);
        query.setForwardOnly(true);
        const Status status = m_db.exec(query, values);
        if (!status.isOk())
            m_lastError = status.message();
        while (status.isOk() && query.next())
            m_ids.append(query.value(0).toLongLong());
    }
    endResetModel();
}

const QVariantList *SqlListModel::rowData(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int chunk = row / kChunkSize;
    auto it = m_chunks.constFind(chunk);
    if (it == m_chunks.constEnd()) {
        if (m_chunks.size() >= kMaxChunks)
            m_chunks.clear();
        const int first = chunk * kChunkSize;
        const int count = qMin(kChunkSize, int(m_ids.size()) - first);
        QStringList selects = {QStringLiteral("id")};
        for (const ListColumn &c : m_columns)
            selects << c.select;
        const SqlCondition overdue = overdueCondition(m_filter.effectiveToday());
        QVariantList values;
        if (overdue.sql.isEmpty()) {
            selects << QStringLiteral("0");
        } else {
            selects << QStringLiteral("CASE WHEN ") + overdue.sql + QStringLiteral(" THEN 1 ELSE 0 END");
            values << overdue.values;
        }
        QStringList marks;
        QHash<qint64, int> position;
        for (int i = 0; i < count; ++i) {
            marks << QStringLiteral("?");
            values << m_ids.at(first + i);
            position.insert(m_ids.at(first + i), i);
        }
        QSqlQuery query = m_db.prepare(QStringLiteral("SELECT ") + selects.join(QStringLiteral(", ")) +
                                       QStringLiteral(" FROM ") + m_table + QStringLiteral(" WHERE id IN (") +
                                       marks.join(QLatin1Char(',')) + QLatin1Char(')'));
        query.setForwardOnly(true);
        QVector<QVariantList> rows(count);
        const Status status = m_db.exec(query, values);
        if (!status.isOk())
            m_lastError = status.message();
        const int width = int(m_columns.size()) + 2;
        while (query.next()) {
            QVariantList r;
            r.reserve(width);
            for (int i = 0; i < width; ++i)
                r << query.value(i);
            rows[position.value(r.at(0).toLongLong())] = r;
        }
        it = m_chunks.insert(chunk, rows);
    }
    const QVariantList &r = it.value().at(row % kChunkSize);
    return r.isEmpty() ? nullptr : &r;
}

qint64 SqlListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int SqlListModel::rowOf(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

int SqlListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int SqlListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString SqlListModel::displayText(const ListColumn &column, const QVariant &value) const
{
    if (value.isNull())
        return {};
    switch (column.display) {
    case ListColumn::Display::Text:
    case ListColumn::Display::Number:
    case ListColumn::Display::Date:
    case ListColumn::Display::Count:
        return value.toString();
    case ListColumn::Display::Code:
        return Codes::label(column.codeKind, value.toString());
    case ListColumn::Display::Phone:
        return Privacy::maskPhone(value.toString());
    case ListColumn::Display::YesNo:
        return value.toInt() ? tr("Yes") : QString();
    }
    return value.toString();
}

QVariant SqlListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return idAt(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole &&
        role != Qt::BackgroundRole && role != Qt::TextAlignmentRole)
        return {};
    const ListColumn &column = m_columns.at(index.column());
    if (role == Qt::TextAlignmentRole) {
        const bool numeric =
            column.display == ListColumn::Display::Number || column.display == ListColumn::Display::Count;
        return QVariant::fromValue(
            Qt::Alignment((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    const QVariantList *r = rowData(index.row());
    if (!r)
        return {};
    const QVariant value = r->at(index.column() + 1);
    const bool overdue = r->constLast().toInt() != 0;
    switch (role) {
    case Qt::DisplayRole: {
        QString text = displayText(column, value);
        // Long texts (an appeal's content) are shown on one line; the tooltip has them whole.
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text;
    }
    case Qt::ToolTipRole: {
        const QString text = displayText(column, value);
        return text.size() > 20 ? text : QVariant();
    }
    case Qt::ForegroundRole:
        if (overdue || (column.display == ListColumn::Display::Count && value.toInt() > 0))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    case Qt::BackgroundRole:
        if (overdue)
            return QBrush(QColor(0xfd, 0xec, 0xec));
        return {};
    default:
        return {};
    }
}

QVariant SqlListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return QCoreApplication::translate("SqlListModel", m_columns.at(section).header);
}

QString SqlListModel::likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString SqlListModel::ftsPhrase(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

SqlCondition SqlListModel::searchCondition(const QString &text, const QString &ftsTable,
                                           const QStringList &likeColumns)
{
    const QString query = text.trimmed();
    if (query.isEmpty())
        return {};
    const qsizetype characters = query.toUcs4().size();
    // Trigram needs three characters (not bytes): 充电 has two.
    if (characters >= 3 && !ftsTable.isEmpty())
        return {QStringLiteral("id IN (SELECT rowid FROM ") + ftsTable + QLatin1Char(' ') +
                    QStringLiteral("WHERE ") + ftsTable + QStringLiteral(" MATCH ?)"),
                {ftsPhrase(query)}};
    if (characters == 2 && !ftsTable.isEmpty()) {
        // Two characters: every place they occur is the start of an indexed trigram, because the index
        // sees each column with a separator after it (see kSearchSeparators in Migrations.cpp). The trigrams that begin with them
        // are a range of the index's term list (ftsTable_terms, fts5vocab), and the rows holding any
        // of them are the rows holding the two characters — an index search instead of a LIKE scan
        // over every row. The tokenizer folds case, so the range is of the folded text.
        const QString folded = query.toLower();
        static const char32_t kLast = 0x10FFFF; // sorts after every character in UTF-8
        const QString upTo = folded + QString::fromUcs4(&kLast, 1);
        return {QString(QStringLiteral("id IN (SELECT rowid FROM ") + ftsTable + QStringLiteral(" WHERE ") + ftsTable +
                    QStringLiteral(" MATCH (SELECT coalesce(group_concat('\"' || replace(term, '\"', "
                                   "'\"\"') || '\"', ' OR '), '\"\"') FROM ") +
                    ftsTable + QStringLiteral("_terms WHERE term >= ? AND term < ?))")),
                {folded, upTo}};
    }
    QStringList parts;
    QVariantList values;
    const QString pattern = likePattern(query);
    for (const QString &column : likeColumns) {
        parts << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
        values << pattern;
    }
    return {parts.join(QStringLiteral(" OR ")), values};
}

QString SqlListModel::deputyName(const QString &idColumn)
{
    return QStringLiteral("(SELECT name FROM deputies WHERE deputies.id = ") + idColumn + QLatin1Char(')');
}

SqlCondition SqlListModel::queueCondition(DailyQueue queue, const QString &table, const QDate &today)
{
    if (DailyQueues::table(queue) != table)
        return {QStringLiteral("0"), {}};
    return DailyQueues::condition(queue, today);
}

SqlCondition SqlListModel::withDeputyName(const SqlCondition &search, const QString &text,
                                          const QString &idColumn)
{
    if (search.sql.isEmpty())
        return search;
    SqlCondition result = search;
    result.sql = QLatin1Char('(') + search.sql + QStringLiteral(") OR ") + idColumn +
                 QStringLiteral(" IN (SELECT id FROM deputies WHERE name LIKE ? ESCAPE '\\')");
    result.values << likePattern(text.trimmed());
    return result;
}
