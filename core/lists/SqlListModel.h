#pragma once

#include "lists/ListColumn.h"
#include "lists/ListFilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVector>

class Database;

/// A read-only list over one ledger table, for tables of any size (after DB Browser for SQLite's table
/// model): filtering and sorting are rewritten into WHERE / ORDER BY with bound values and run by
/// SQLite; the model keeps only the ordered list of row ids (which gives the row count) and loads the
/// rows themselves in chunks of kChunkSize when a view asks for them. No proxy model is needed.
/// Subclasses describe their table: its columns and how each part of a ListFilter applies to it.
class SqlListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kChunkSize = 256;
    /// Qt::UserRole: the record id of a row.
    static constexpr int IdRole = Qt::UserRole;

    SqlListModel(const Database &db, QObject *parent = nullptr);

    const ListFilter &filter() const { return m_filter; }
    /// Applies `filter` and reloads. Until the first setFilter() or refresh() the model has no rows and
    /// sort() only records the order: a list nobody looks at yet reads nothing.
    void setFilter(const ListFilter &filter);
    /// Reloads after the file changed (keeps filter and sort order).
    void refresh();

    /// The record id shown in `row`, 0 for none.
    qint64 idAt(int row) const;
    /// The row showing record `id`, -1 when it is not in the list.
    int rowOf(qint64 id) const;
    /// The last query's failure message (empty when it worked).
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

protected:
    /// Subclasses call this in their constructor.
    void setTable(const QString &table, const QList<ListColumn> &columns, int sortColumn,
                  Qt::SortOrder order);

    /// The conditions `filter` puts on this table, ANDed together (the base adds deleted_at IS NULL).
    virtual QList<SqlCondition> conditions(const ListFilter &filter) const = 0;
    /// Rows that stand out as overdue; an empty condition when the table has no deadlines.
    virtual SqlCondition overdueCondition(const QDate &today) const;

    /// Search condition shared by the ledgers: queries of three characters or more go through the
    /// FTS5 trigram table `ftsTable` (any substring, Chinese included), shorter ones through LIKE on
    /// `likeColumns` of the base table, because trigram cannot match fewer than three characters.
    static SqlCondition searchCondition(const QString &text, const QString &ftsTable,
                                        const QStringList &likeColumns);
    /// LIKE pattern matching `text` anywhere, with % _ and \ escaped (use with ESCAPE '\').
    static QString likePattern(const QString &text);
    /// FTS5 query matching `text` as one phrase (double quotes doubled).
    static QString ftsPhrase(const QString &text);
    /// SQL expression for the name of the deputy whose id is in `idColumn`.
    static QString deputyName(const QString &idColumn);
    /// The daily queue's condition when it lists rows of `table`, else a condition no row meets.
    static SqlCondition queueCondition(DailyQueue queue, const QString &table, const QDate &today);
    /// `search` also finds the records of deputies whose name contains `text` (deputy id in `idColumn`).
    static SqlCondition withDeputyName(const SqlCondition &search, const QString &text,
                                       const QString &idColumn);

private:
    void reload();
    const QVariantList *rowData(int row) const;
    QString displayText(const ListColumn &column, const QVariant &value) const;

    const Database &m_db;
    QString m_table;
    QList<ListColumn> m_columns;
    ListFilter m_filter;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QVector<qint64> m_ids;
    bool m_loaded = false; ///< rows were asked for (setFilter / refresh)
    mutable QHash<int, QVector<QVariantList>> m_chunks;
    mutable QString m_lastError;
};
