#include "main/DeputyPanel.h"

#include "common/Codes.h"
#include "lists/DeputyListModel.h"
#include "main/LedgerListView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

DeputyPanel::DeputyPanel(const Database &db, QWidget *parent)
    : QWidget(parent)
    , m_model(new DeputyListModel(db, this))
    , m_midnight(new QTimer(this))
{
    m_all = new QToolButton;
    m_all->setObjectName(QStringLiteral("allDeputies"));
    m_all->setText(tr("All deputies"));
    m_all->setToolTip(tr("Every record of the station, whoever received it"));
    m_all->setCheckable(true);
    m_all->setChecked(true);
    m_all->setAutoRaise(true);
    m_all->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_all->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_all->setStyleSheet(QStringLiteral("QToolButton { text-align: left; padding: 4px; font-weight: bold; }"
                                        "QToolButton:checked { background: palette(highlight); "
                                        "color: palette(highlighted-text); }"));
    connect(m_all, &QToolButton::clicked, this, [this] { selectDeputy(0); });

    m_level = new QComboBox;
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_level->addItem(tr("All levels"), QString());
    for (const QString &code : Codes::codes(Codes::DeputyLevel))
        m_level->addItem(Codes::label(Codes::DeputyLevel, code), code);
    connect(m_level, &QComboBox::currentIndexChanged, this, &DeputyPanel::applyFilter);
    m_former = new QCheckBox(tr("Former deputies"));
    m_former->setObjectName(QStringLiteral("showFormer"));
    m_former->setToolTip(tr("Also list deputies whose mandate has ended; their records are kept"));
    connect(m_former, &QCheckBox::toggled, this, &DeputyPanel::applyFilter);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("deputyTable"));
    m_table->setModel(m_model);
    // The indicator first: enabling sorting sorts by whatever it shows.
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setShowGrid(false);
    m_table->horizontalHeader()->setSectionResizeMode(DeputyListModel::NameColumn, QHeaderView::Stretch);
    for (int c : {DeputyListModel::LevelColumn, DeputyListModel::OpenColumn, DeputyListModel::OverdueColumn})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // Those widths from the first rows only: Qt reads 1,000 rows by default, and each deputy's row
    // counts their appeals (with 100,000 appeals that was a second of CPU before the window showed).
    m_table->horizontalHeader()->setResizeContentsPrecision(LedgerListView::kRowsForColumnWidths);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    setCurrent(m_model->idAt(current.row()));
            });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit deputyActivated(m_model->idAt(index.row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_current);
        if (row >= 0)
            m_table->selectionModel()->setCurrentIndex(
                m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_level, 1);
    filters->addWidget(m_former);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 0, 4);
    layout->setSpacing(4);
    auto *title = new QLabel(tr("Deputies"));
    title->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_all);
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(tr("No deputies yet. Press Ctrl+Shift+N to add the station's deputies."));
    m_empty->setObjectName(QStringLiteral("deputiesEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: #666; padding: 8px; }"));
    // Without the table the hint takes the spare height, so the title and filters stay at the top.
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_empty, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const bool none = m_model->rowCount() == 0 && m_level->currentIndex() == 0;
        m_empty->setVisible(none);
        m_table->setVisible(!none);
    });
    // The ledgers' filter bar grows when a Today queue is shown; the splitter must not squeeze the
    // deputies' names away to make room for it.
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("中")) * 16);
    m_midnight->setObjectName(QStringLiteral("midnightRefresh"));
    m_midnight->setSingleShot(true);
    m_midnight->setTimerType(Qt::PreciseTimer); // a coarse timer may fire minutes late over hours
    connect(m_midnight, &QTimer::timeout, this, [this] {
        refresh();
        scheduleMidnight();
        emit newDay();
    });
    scheduleMidnight();
    applyFilter();
}

void DeputyPanel::scheduleMidnight()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0));
    // A second late, so that the new day has surely begun; at least a second from now.
    m_midnight->start(int(qBound<qint64>(1000, now.msecsTo(midnight) + 1000, 25LL * 3600 * 1000)));
}

void DeputyPanel::followToday()
{
    m_model->setToday(m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate());
}

void DeputyPanel::setToday(const QDate &today)
{
    m_fixedToday = today;
    applyFilter(); // former deputies are judged on the same day
}

void DeputyPanel::applyFilter()
{
    followToday();
    ListFilter filter;
    filter.level = m_level->currentData().toString();
    filter.includeFormer = m_former->isChecked();
    filter.today = m_fixedToday;
    m_model->setFilter(filter);
}

void DeputyPanel::refresh()
{
    followToday();
    m_model->refresh();
}

void DeputyPanel::selectDeputy(qint64 deputyId)
{
    const int row = deputyId ? m_model->rowOf(deputyId) : -1;
    if (row >= 0) {
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        m_table->selectionModel()->clear();
        setCurrent(0);
    }
}

void DeputyPanel::setCurrent(qint64 deputyId)
{
    m_all->setChecked(deputyId == 0);
    if (deputyId == m_current)
        return;
    m_current = deputyId;
    emit deputyChanged(deputyId);
}
