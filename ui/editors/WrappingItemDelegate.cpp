#include "editors/WrappingItemDelegate.h"

#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

WrappingItemDelegate::WrappingItemDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setItemDelegate(this);
    // Once per turn of the event loop: measuring may show a scroll bar, which narrows the stretched
    // last column, which asks for another measure.
    connect(view->header(), &QHeaderView::sectionResized, this, [this] {
        if (m_remeasurePending)
            return;
        m_remeasurePending = true;
        QTimer::singleShot(0, this, [this] {
            m_remeasurePending = false;
            emit sizeHintChanged(QModelIndex());
        });
    });
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem atWidth = option;
    const int width = m_view->header()->sectionSize(index.column());
    if (width > 0) {
        // The style wraps the text only in a valid rectangle; the height is what is being asked.
        atWidth.rect = QRect(0, 0, width, 1);
        atWidth.features |= QStyleOptionViewItem::WrapText;
    }
    return QStyledItemDelegate::sizeHint(atWidth, index);
}

void WrappingItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->displayAlignment = (option->displayAlignment & Qt::AlignHorizontal_Mask) | Qt::AlignTop;
}
