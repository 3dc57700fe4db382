#pragma once

#include <QDialog>

class Database;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

/// The clerk's own words in the annual work report, per year: 二、存在不足 and 三、下一年工作思路, two
/// plain texts printed verbatim (one paragraph per line) and kept in the ledger file
/// (ReportNarrativeRepository). A read-only file shows the texts without letting them change; closing or
/// changing the year with unsaved changes asks Save / Discard / Cancel.
class NarrativeDialog : public QDialog
{
    Q_OBJECT
public:
    /// Opens the texts of `year`; with `yearFixed` the year cannot be changed (opened from a report).
    NarrativeDialog(Database &db, int year, bool yearFixed, QWidget *parent = nullptr);

    int year() const { return m_shownYear; }
    bool isDirty() const { return m_dirty; }
    /// Whether anything was saved while the dialog was open (the report shown must then be rebuilt).
    bool wasSaved() const { return m_saved; }
    /// Saves the texts; a refusal (read-only file, too long a text) is explained in a message box.
    bool save();

    /// Leaving with unsaved changes asks Save / Discard / Cancel.
    void reject() override;

private:
    void load(int year);
    void yearChosen(int year);
    /// Asks about unsaved changes; false when the clerk cancelled (or the save failed).
    bool settleChanges();
    void updateState();

    Database &m_db;
    int m_shownYear = 0;
    bool m_dirty = false;
    bool m_saved = false;
    bool m_loading = false;
    QSpinBox *m_year = nullptr;
    QLabel *m_readOnly = nullptr;
    QLabel *m_planLabel = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_shortcomings = nullptr;
    QPlainTextEdit *m_plan = nullptr;
    QPushButton *m_saveButton = nullptr;
};
