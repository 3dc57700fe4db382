#pragma once

#include "lists/ListFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;
class SqlListModel;

/// One ledger as a table with its filter bar (year, status, category, channel, overdue, search) and an
/// empty state that says what to do next. The model does the filtering in SQL; this widget only turns
/// the bar's fields into a ListFilter.
class LedgerListView : public QWidget
{
    Q_OBJECT
public:
    /// Which filter fields the bar shows.
    enum Field {
        YearField = 0x1,
        StatusField = 0x2,
        CategoryField = 0x4,
        ChannelField = 0x8,
        OverdueField = 0x10,
        SearchField = 0x20,
    };
    Q_DECLARE_FLAGS(Fields, Field)

    /// How many rows (from the top) the column widths are measured on.
    static constexpr int kRowsForColumnWidths = 100;

    /// Takes ownership of `model`. `statusCodes` fills the status box (with their translated labels);
    /// `categories` the category box; `emptyText` is shown when the ledger has no record at all.
    LedgerListView(SqlListModel *model, Fields fields, const QString &emptyText, QWidget *parent = nullptr);

    SqlListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void setStatusChoices(const QList<QPair<QString, QString>> &codesAndLabels);
    void setCategoryChoices(const QList<QPair<QString, QString>> &valuesAndLabels);
    void setChannelChoices(const QList<QPair<QString, QString>> &codesAndLabels);
    void setYears(const QList<int> &years);

    /// Shows the records of `deputyId` (0: every deputy), keeping the bar's other fields.
    void setDeputy(qint64 deputyId);
    /// Shows one of the daily queues (clears the bar's other fields); nullopt leaves the queue view.
    void showQueue(std::optional<DailyQueue> queue);
    /// Reloads from the file.
    void refresh();
    /// The id of the current row, 0 if none.
    qint64 currentId() const;

signals:
    /// The clerk asked to open a record (double-click or Enter).
    void recordActivated(qint64 id);
    /// The number of rows shown changed.
    void countChanged(int count);
    /// The clerk asked for the history (audit trail) of a record (the table's context menu).
    void historyRequested(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void updateState();
    void resizeColumns();
    void fitLastColumn();
    static void fillCombo(QComboBox *combo, const QString &allLabel,
                          const QList<QPair<QString, QString>> &items);

    SqlListModel *m_model;
    ListFilter m_filter;
    QString m_emptyText;
    QComboBox *m_year = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_channel = nullptr;
    QCheckBox *m_overdue = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_queueLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QTimer *m_searchDelay = nullptr;
    bool m_stale = true; ///< the filter changed while hidden: query when shown
    int m_lastColumnWidth = 0; ///< the last column's width for its contents (capped)
};

Q_DECLARE_OPERATORS_FOR_FLAGS(LedgerListView::Fields)
