#pragma once

#include <QDialog>

/// Help → About: the program's name, version (LL_VERSION, the one set in CMake), licence, and where
/// its files are — the data folder and the ledger file that is open — so a clerk can find them to
/// copy or back up.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    /// `databasePath` is the open ledger file (empty when none is open).
    explicit AboutDialog(const QString &databasePath, QWidget *parent = nullptr);
};
