#pragma once

#include <QStyledItemDelegate>

class QTreeView;

/// Shows the cells of a tree of notes (an appeal's timeline, a suggestion's rounds) word-wrapped, each
/// row as tall as its longest cell, so that a long note reads in full in its column. QTreeView measures
/// rows without their column's width and would cut such a note to one line; this delegate measures
/// each cell at its column's width, and has the rows measured again when a column changes width.
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// Installs itself on `view` (as its item delegate and child).
    explicit WrappingItemDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    /// Cells start at the top of their row, level with the first line of the longest one.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
    bool m_remeasurePending = false;
};
