#pragma once

#include <QDialog>

class Database;
class QComboBox;
class QSpinBox;

/// What to print: the year, and for a ledger book one deputy or every deputy in office that year.
class ReportChoiceDialog : public QDialog
{
    Q_OBJECT
public:
    /// With `withDeputy` a deputy is chosen too, `deputyId` first (0: all deputies).
    ReportChoiceDialog(Database &db, const QString &title, bool withDeputy, qint64 initialDeputy = 0,
                       QWidget *parent = nullptr);

    int year() const;
    /// The deputy chosen; 0 for every deputy in office that year.
    qint64 deputyId() const;

    /// The year a clerk most likely reports on: last year in January and February, else this year
    /// (if the file has records of it), else the newest year with records.
    static int defaultYear(const Database &db);

private:
    void fillDeputies();

    Database &m_db;
    QSpinBox *m_year = nullptr;
    QComboBox *m_deputy = nullptr;
    qint64 m_wantedDeputy = 0;
};
