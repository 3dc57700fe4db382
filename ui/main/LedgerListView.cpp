#include "main/LedgerListView.h"

#include "lists/SqlListModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShowEvent>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

LedgerListView::LedgerListView(SqlListModel *model, Fields fields, const QString &emptyText, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_emptyText(emptyText)
{
    m_model->setParent(this);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(6);
    auto addCombo = [this, bar](const QString &name, const QString &label) {
        auto *combo = new QComboBox;
        combo->setObjectName(name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        bar->addWidget(new QLabel(label));
        bar->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &LedgerListView::applyFilter);
        return combo;
    };
    if (fields & YearField) {
        m_year = addCombo(QStringLiteral("yearFilter"), tr("Year:"));
        m_year->addItem(tr("All years"), 0);
    }
    if (fields & StatusField) {
        m_status = addCombo(QStringLiteral("statusFilter"), tr("Status:"));
        m_status->addItem(tr("All"), QString());
    }
    if (fields & CategoryField) {
        m_category = addCombo(QStringLiteral("categoryFilter"), tr("Category:"));
        m_category->addItem(tr("All"), QString());
    }
    if (fields & ChannelField) {
        m_channel = addCombo(QStringLiteral("channelFilter"), tr("Channel:"));
        m_channel->addItem(tr("All"), QString());
    }
    if (fields & OverdueField) {
        m_overdue = new QCheckBox(tr("Overdue only"));
        m_overdue->setObjectName(QStringLiteral("overdueFilter"));
        bar->addWidget(m_overdue);
        connect(m_overdue, &QCheckBox::toggled, this, &LedgerListView::applyFilter);
    }
    m_queueLabel = new QLabel;
    m_queueLabel->setObjectName(QStringLiteral("queueLabel"));
    m_queueLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; padding: 2px 6px; }"));
    m_queueLabel->hide();
    bar->addWidget(m_queueLabel);
    auto *leaveQueue = new QToolButton;
    leaveQueue->setObjectName(QStringLiteral("leaveQueue"));
    leaveQueue->setText(tr("Show all"));
    leaveQueue->hide();
    connect(leaveQueue, &QToolButton::clicked, this, [this] { showQueue(std::nullopt); });
    connect(this, &LedgerListView::countChanged, leaveQueue,
            [this, leaveQueue] { leaveQueue->setVisible(m_filter.queue.has_value()); });
    bar->addWidget(leaveQueue);
    bar->addStretch(1);
    if (fields & SearchField) {
        m_search = new QLineEdit;
        m_search->setObjectName(QStringLiteral("searchBox"));
        m_search->setPlaceholderText(tr("Search content, names, units, numbers (Ctrl+F)"));
        m_search->setClearButtonEnabled(true);
        // Wide enough for its hint when there is room; narrower before the filters are squeezed.
        m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QStringLiteral("中")) * 10);
        m_search->setMaximumWidth(m_search->fontMetrics().horizontalAdvance(QStringLiteral("中")) * 26);
        bar->addWidget(m_search, 1);
        // Typing runs the query once the clerk pauses, not on every keystroke; Enter runs it at once.
        m_searchDelay = new QTimer(this);
        m_searchDelay->setSingleShot(true);
        m_searchDelay->setInterval(250);
        connect(m_searchDelay, &QTimer::timeout, this, &LedgerListView::applyFilter);
        connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
        connect(m_search, &QLineEdit::returnPressed, this, &LedgerListView::applyFilter);
    }

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("ledgerTable"));
    m_table->setModel(m_model);
    // The indicator first: enabling sorting sorts by whatever it shows.
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Right-click: the record's history from the audit trail.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *history = new QAction(tr("&History…"), m_table);
    history->setObjectName(QStringLiteral("actionListHistory"));
    connect(history, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            emit historyRequested(id);
    });
    m_table->addAction(history);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Column widths from the first rows only (Qt reads 1,000 by default): every row read is a row
    // loaded from the file, and a screen or two shows what the columns hold.
    m_table->horizontalHeader()->setResizeContentsPrecision(kRowsForColumnWidths);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { emit recordActivated(m_model->idAt(index.row())); });

    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: #666; font-size: 11pt; }"));

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &LedgerListView::updateState);
    applyFilter();
}

void LedgerListView::fillCombo(QComboBox *combo, const QString &allLabel,
                               const QList<QPair<QString, QString>> &items)
{
    if (!combo)
        return;
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allLabel, QString());
    for (const auto &item : items)
        combo->addItem(item.second, item.first);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void LedgerListView::setStatusChoices(const QList<QPair<QString, QString>> &codesAndLabels)
{
    fillCombo(m_status, tr("All"), codesAndLabels);
}

void LedgerListView::setCategoryChoices(const QList<QPair<QString, QString>> &valuesAndLabels)
{
    fillCombo(m_category, tr("All"), valuesAndLabels);
}

void LedgerListView::setChannelChoices(const QList<QPair<QString, QString>> &codesAndLabels)
{
    fillCombo(m_channel, tr("All"), codesAndLabels);
}

void LedgerListView::setYears(const QList<int> &years)
{
    if (!m_year)
        return;
    const int current = m_year->currentData().toInt();
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    m_year->addItem(tr("All years"), 0);
    for (int year : years)
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(qMax(0, m_year->findData(current)));
}

void LedgerListView::setDeputy(qint64 deputyId)
{
    m_filter.deputyId = deputyId;
    applyFilter();
}

void LedgerListView::showQueue(std::optional<DailyQueue> queue)
{
    // A queue is the whole station's work for today: the bar's other fields would only hide part of it.
    for (QComboBox *combo : {m_year, m_status, m_category, m_channel}) {
        if (combo) {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(0);
        }
    }
    if (m_overdue) {
        const QSignalBlocker blocker(m_overdue);
        m_overdue->setChecked(false);
    }
    if (m_search) {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_filter.queue = queue;
    if (queue)
        m_filter.deputyId = 0;
    m_queueLabel->setText(queue ? tr("Today: %1").arg(DailyQueues::title(*queue)) : QString());
    m_queueLabel->setVisible(queue.has_value());
    applyFilter();
}

void LedgerListView::refresh()
{
    if (isVisible())
        m_model->refresh();
    else
        m_stale = true;
}

qint64 LedgerListView::currentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->idAt(index.row()) : 0;
}

void LedgerListView::applyFilter()
{
    if (m_searchDelay)
        m_searchDelay->stop();
    m_filter.year = m_year ? m_year->currentData().toInt() : 0;
    m_filter.status = m_status ? m_status->currentData().toString() : QString();
    m_filter.category = m_category ? m_category->currentData().toString() : QString();
    m_filter.channel = m_channel ? m_channel->currentData().toString() : QString();
    m_filter.overdueOnly = m_overdue && m_overdue->isChecked();
    m_filter.search = m_search ? m_search->text() : QString();
    // A hidden tab does not query: with 100,000 appeals each list costs a scan, and the clerk sees one.
    m_stale = !isVisible();
    if (!m_stale)
        m_model->setFilter(m_filter);
}

void LedgerListView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        applyFilter();
}

void LedgerListView::updateState()
{
    const int rows = m_model->rowCount();
    const bool filtered = m_filter.year || !m_filter.status.isEmpty() || !m_filter.category.isEmpty() ||
                          !m_filter.channel.isEmpty() || m_filter.overdueOnly || m_filter.queue ||
                          !m_filter.search.trimmed().isEmpty();
    if (!m_model->lastError().isEmpty())
        m_empty->setText(m_model->lastError());
    else if (filtered)
        m_empty->setText(tr("No record matches these filters. Clear the search box or choose \"All\" to see "
                            "more."));
    else
        m_empty->setText(m_emptyText);
    m_stack->setCurrentWidget(rows == 0 ? static_cast<QWidget *>(m_empty) : m_table);
    if (rows > 0 &&
        m_table->horizontalHeader()->sectionSize(0) == m_table->horizontalHeader()->defaultSectionSize())
        resizeColumns();
    emit countChanged(rows);
}

void LedgerListView::resizeColumns()
{
    m_table->resizeColumnsToContents();
    // Long texts (content, summaries) would push every other column off screen: cap them; the tooltip
    // and the editor show the whole text.
    const int cap = m_table->fontMetrics().horizontalAdvance(QStringLiteral("中")) * 22;
    const int last = m_model->columnCount() - 1;
    for (int c = 0; c < last; ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c) + 12, cap));
    if (last >= 0)
        m_lastColumnWidth = qMin(m_table->columnWidth(last) + 12, cap);
    fitLastColumn();
}

void LedgerListView::fitLastColumn()
{
    // The last column (the content) takes what is left of the window rather than pushing it behind a
    // horizontal scroll bar; it still stretches when the window grows.
    const int last = m_model->columnCount() - 1;
    if (last < 0 || m_lastColumnWidth == 0)
        return;
    int used = 0;
    for (int c = 0; c < last; ++c)
        used += m_table->columnWidth(c);
    const int room = m_table->viewport()->width() - used;
    const int floor = m_table->fontMetrics().horizontalAdvance(QStringLiteral("中")) * 8;
    m_table->setColumnWidth(last, qMin(m_lastColumnWidth, qMax(room, floor)));
}

bool LedgerListView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &LedgerListView::fitLastColumn); // once the viewport has its size
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_table->currentIndex().isValid()) {
            emit recordActivated(currentId());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
