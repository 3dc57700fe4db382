#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

/// First start (and File → New): asks for the station's name and street, and whether to load demo
/// data to look around before entering real records.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    /// `firstStart` shows the greeting text; otherwise the dialog titles itself for a new file.
    explicit WelcomeDialog(bool firstStart, QWidget *parent = nullptr);

    QString stationName() const;
    QString street() const;
    bool loadDemoData() const;

private:
    void updateOk();

    QLineEdit *m_name;
    QLineEdit *m_street;
    QCheckBox *m_demo;
    QDialogButtonBox *m_buttons;
};
