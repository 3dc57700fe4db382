#pragma once

#include <QDialog>
#include <QMap>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/// Settings: the station's name and street (stored in the ledger file), the editable category and
/// handling-unit lists, the default deadline per disposal route, the clerk's name (recorded with
/// visits and changes) and the program's language.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Database &db, QWidget *parent = nullptr);

    /// Writes the settings; false (with the reason shown at the field) when something is invalid.
    bool save();

    void accept() override;

private:
    QWidget *vocabularyPage(const QString &kind);

    Database &m_db;
    QLineEdit *m_station;
    QLineEdit *m_street;
    QLabel *m_stationError;
    QLineEdit *m_clerk;
    QComboBox *m_language;
    QMap<QString, QSpinBox *> m_deadlines;
};
