#pragma once

#include <QDate>
#include <QWidget>

class Database;
class DeputyListModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class QTimer;
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
    /// Reloads the counts after a change; on a new day they are judged on the new date.
    void refresh();
    /// The day the overdue counts are judged on: the system's date, followed across midnight (the
    /// program may stay open for days). A valid `today` fixes it (tests); an invalid one follows the
    /// system's date again.
    void setToday(const QDate &today);
    QTableView *table() const { return m_table; }
    DeputyListModel *model() const { return m_model; }

signals:
    void deputyChanged(qint64 deputyId);
    /// Double-click or Enter on a deputy: open their record.
    void deputyActivated(qint64 deputyId);
    /// Just after midnight, once the counts are judged on the new date (the rest of the window may
    /// follow).
    void newDay();

private:
    void applyFilter();
    void setCurrent(qint64 deputyId);
    /// Moves the counts' date on to today's (takes effect at the next reload).
    void followToday();
    /// Refreshes just after the next midnight.
    void scheduleMidnight();

    DeputyListModel *m_model;
    QToolButton *m_all;
    QComboBox *m_level;
    QCheckBox *m_former;
    QTableView *m_table;
    QLabel *m_empty;
    QTimer *m_midnight;
    QDate m_fixedToday;
    qint64 m_current = 0;
};
