#pragma once

#include "common/Codes.h"
#include "common/Status.h"

#include <QDate>
#include <QDialog>
#include <QHash>

#include <functional>

class Database;
class QFormLayout;
class QLabel;
class QPushButton;

/// A small dialog for one workflow step (accept, push, resolve, …): a few fields under the core's field
/// keys and an OK button that runs the step. When the core refuses, its message is shown at the field it
/// names (or above the buttons) and the dialog stays open; nothing was changed.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    /// `objectName` lets tests find the dialog; `explanation` (may be empty) is a line at the top.
    ActionDialog(const QString &objectName, const QString &title, const QString &explanation,
                 QWidget *parent);

    /// Adds a date field (required unless `optional`) under `key`, starting at `value`.
    void addDate(const QString &key, const QString &label, const QDate &value, bool optional = false);
    /// Adds a one-line text field, or a multi-line one when `multiline`.
    void addText(const QString &key, const QString &label, const QString &value = {}, bool multiline = false);
    /// Adds a choice among the codes of `kind`.
    void addCode(const QString &key, const QString &label, Codes::Kind kind, const QString &value = {},
                 const QStringList &only = {});
    /// Adds an editable list of categories or units (VocabularyRepository kind).
    void addVocabulary(Database &db, const QString &key, const QString &label, const QString &kind,
                       const QString &value = {});
    /// Adds a deputy picker (deputies in office on `date`).
    void addDeputy(Database &db, const QString &key, const QString &label, qint64 deputyId,
                   const QDate &date);
    /// Adds a check box.
    void addCheck(const QString &key, const QString &label, bool checked = false);
    /// A line of information (not a field).
    void addInfo(const QString &label, const QString &text);

    QDate date(const QString &key) const;
    QString text(const QString &key) const;
    QString code(const QString &key) const;
    qint64 deputyId(const QString &key) const;
    bool isChecked(const QString &key) const;
    QWidget *field(const QString &key) const { return m_editors.value(key); }

    /// What OK does; its failure is shown in the dialog, success closes it.
    void setAction(std::function<Status()> action) { m_action = std::move(action); }
    /// Shows `status`'s messages at their fields.
    void showStatus(const Status &status);
    void setOkText(const QString &text);

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addRow(const QString &key, const QString &label, QWidget *editor);

    QFormLayout *m_form;
    QLabel *m_generalError;
    QPushButton *m_ok;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errors;
    std::function<Status()> m_action;
};
