#include "main/TodayView.h"

#include "ledgers/DailyQueueCounter.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString queueName(DailyQueue queue)
{
    switch (queue) {
    case DailyQueue::Overdue:
        return QStringLiteral("overdue");
    case DailyQueue::DueSoon:
        return QStringLiteral("dueSoon");
    case DailyQueue::ResolvedNotAnswered:
        return QStringLiteral("resolvedNotAnswered");
    case DailyQueue::AnsweredNotVisited:
        return QStringLiteral("answeredNotVisited");
    case DailyQueue::SuggestionsWithoutReply:
        return QStringLiteral("suggestionsWithoutReply");
    }
    return {};
}
} // namespace

TodayView::TodayView(const Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    m_date = new QLabel;
    m_date->setStyleSheet(QStringLiteral("QLabel { font-size: 13pt; font-weight: bold; }"));
    layout->addWidget(m_date);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(8);
    int row = 0;
    for (DailyQueue queue : DailyQueues::all()) {
        auto *button = new QPushButton;
        button->setObjectName(QStringLiteral("queue_") + queueName(queue));
        button->setMinimumWidth(260);
        button->setMinimumHeight(40);
        button->setCursor(Qt::PointingHandCursor);
        button->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 6px 12px; }"));
        connect(button, &QPushButton::clicked, this, [this, queue] { emit queueActivated(queue); });
        auto *description = new QLabel(DailyQueues::description(queue));
        description->setWordWrap(true);
        description->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));
        grid->addWidget(button, row, 0);
        grid->addWidget(description, row, 1);
        m_buttons.insert(queue, button);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    layout->addStretch(1);
    refresh();
}

void TodayView::refresh()
{
    const QDate today = QDate::currentDate();
    m_date->setText(tr("Today, %1").arg(QLocale().toString(today, QLocale::LongFormat)));
    m_counts = DailyQueueCounter(m_db).counts(today);
    for (auto it = m_buttons.constBegin(); it != m_buttons.constEnd(); ++it) {
        const int n = m_counts.value(it.key());
        it.value()->setText(tr("%1: %2").arg(DailyQueues::title(it.key())).arg(n));
        QFont font = it.value()->font();
        font.setBold(n > 0);
        it.value()->setFont(font);
        const bool alarming = n > 0 && it.key() == DailyQueue::Overdue;
        it.value()->setStyleSheet(
            alarming ? QStringLiteral("QPushButton { text-align: left; padding: 6px 12px; "
                                      "color: #b01c1c; }")
                     : QStringLiteral("QPushButton { text-align: left; padding: 6px 12px; }"));
    }
}
