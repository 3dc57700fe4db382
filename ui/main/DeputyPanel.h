#pragma once

#include <QWidget>

class Database;
class DeputyListModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class QToolButton;

/// The left side of the main window: "All deputies" on top, then the deputies with their open and
/// overdue appeal counts, filtered by level, former deputies on request.
class DeputyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DeputyPanel(const Database &db, QWidget *parent = nullptr);

    /// The selected deputy's id, 0 for "All deputies".
    qint64 currentDeputy() const { return m_current; }
    /// Selects `deputyId` (0: All deputies).
    void selectDeputy(qint64 deputyId);
    /// Reloads the counts after a change.
    void refresh();
    QTableView *table() const { return m_table; }
    DeputyListModel *model() const { return m_model; }

signals:
    void deputyChanged(qint64 deputyId);
    /// Double-click or Enter on a deputy: open their record.
    void deputyActivated(qint64 deputyId);

private:
    void applyFilter();
    void setCurrent(qint64 deputyId);

    DeputyListModel *m_model;
    QToolButton *m_all;
    QComboBox *m_level;
    QCheckBox *m_former;
    QTableView *m_table;
    QLabel *m_empty;
    qint64 m_current = 0;
};
