#pragma once

#include "common/Status.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class Database;
class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

/// The frame every record editor shares: fields registered under the core's field keys, the core's
/// validation run on every change with each message shown under its field, a Save button that is
/// disabled while anything is wrong (a line beside it says what), and a question before unsaved
/// changes are thrown away. Subclasses build the fields, read them into their record and save it.
class EditorForm : public QDialog
{
    Q_OBJECT
public:
    EditorForm(Database &db, QWidget *parent);

    /// Whether anything was written to the file while the form was open.
    bool wasSaved() const { return m_saved; }
    bool isDirty() const { return m_dirty; }
    /// Validates and saves; false (with the messages shown) when invalid or when the save failed.
    bool save();
    /// The message shown under `field`, empty when none is shown (tests, accessibility).
    QString fieldMessage(const QString &field) const;

    /// Leaving with unsaved changes asks Save / Discard / Cancel.
    void reject() override;

protected:
    /// The first time the form is shown the cursor is in its first field, ready for typing.
    void showEvent(QShowEvent *event) override;
    /// Gives back the height that messages under the fields took, once they are gone.
    bool event(QEvent *event) override;
    /// Reads the widgets into the record and runs the core's validate() on it.
    virtual Status validateForm() const = 0;
    /// Writes the record (the form is valid); on success the subclass reloads what it shows.
    virtual Status saveForm() = 0;

    Database &db() const { return m_db; }
    /// The layout the subclass fills; the button row is added below it.
    QVBoxLayout *body() const { return m_body; }
    /// Adds `editor` as a row of `form`, with the error line under it, for the core's `field` key(s)
    /// (the first names the row in the Save button's explanation).
    void addField(QFormLayout *form, const QString &label, QWidget *editor, const QStringList &fields);
    /// Registers an editor that is not a form row (a table) under `fields`, with its error label.
    void registerField(const QString &label, QWidget *editor, QLabel *errorLabel, const QStringList &fields);
    /// Any change of `editor` makes the form dirty and re-validates it.
    void watch(QWidget *editor);
    /// The form shows a saved record: clean, messages refreshed.
    void markClean();
    /// Marks the form as having written something (a workflow action saves at once).
    void markSaved() { m_saved = true; }
    /// A workflow step acts on the saved record: unsaved edits are saved first. False when they could
    /// not be (the messages show why) and the step must wait.
    bool saveBeforeStep();
    /// Runs validation and shows the result; returns the status.
    Status revalidate();
    /// Makes the window at least `width` wide (once a saved record shows its handling beside the
    /// fields), kept on the screen.
    void widenTo(int width);
    /// Sets the text of the Save button (e.g. "Register").
    void setSaveText(const QString &text);
    /// A new record whose fields start with sensible values (a follow-up visit, a profile) can be saved
    /// as it stands: Save is offered without a change first. Cleared once it is saved.
    void setNewRecord(bool isNew);
    /// Whether the fields are being filled from the record (changes then are not the clerk's).
    bool isLoading() const { return m_loading; }
    void setLoading(bool loading) { m_loading = loading; }

private:
    struct Field
    {
        QString label;
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
        bool touched = false;
    };

    void edited(QWidget *editor);
    void showStatus(const Status &status);
    /// The window grows (its layout's minimum) to show messages under the fields; once they are gone
    /// it returns to its height before them, unless the clerk made it taller (`atMinimum`: the window
    /// was as small as its layout allowed, `heightBefore` high, before the messages changed).
    void fitToMessages(int heightBefore, bool atMinimum);
    bool messagesShown() const;

    Database &m_db;
    QVBoxLayout *m_body;
    QLabel *m_generalError;
    QLabel *m_saveHint;
    QPushButton *m_saveButton;
    QList<Field> m_fields;
    QHash<QString, int> m_fieldIndex; // core field key → m_fields
    bool m_dirty = false;
    bool m_saved = false;
    bool m_loading = false;
    bool m_showAll = false; // after a failed save every message is shown, touched or not
    bool m_new = false;     // an unsaved new record that may be saved unchanged
    bool m_shown = false;
    int m_heightWithoutMessages = 0; // while messages are shown: the window's height before them
    bool m_giveBackHeight = false;   // shrink to it at the next layout (the messages went)
    int m_layoutMinimum = 0;         // the window's minimum height at the last status or layout
};
