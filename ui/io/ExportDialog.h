#pragma once

#include "common/Status.h"

#include <QDialog>

class Database;
class DeputyPicker;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/// Export one ledger, or the year's bundle for the district, as CSV or .xlsx. Handoff exports mask
/// personal data; asking for full data needs a confirmation.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(Database &db, int year, QWidget *parent = nullptr);

    /// Runs the export with the dialog's choices (what the Export button does).
    Status exportNow();

private:
    void updateState();
    void browse();
    void confirmFullData(bool checked);
    bool isBundle() const;
    bool isXlsx() const;

    Database &m_db;
    QComboBox *m_ledger;
    QSpinBox *m_year;
    DeputyPicker *m_deputy;
    QComboBox *m_format;
    QCheckBox *m_full;
    QLineEdit *m_path;
    QLabel *m_privacy;
    QLabel *m_result;
};
