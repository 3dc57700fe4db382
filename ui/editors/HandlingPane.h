#pragma once

#include <QGroupBox>
#include <QList>
#include <QString>

#include <functional>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QVBoxLayout;

/// The "Handling" pane beside the fields of the appeal and suggestion forms: the read-only facts of the
/// record's handling (a row is hidden while it has nothing to say), the record's own lists (timeline,
/// earlier rounds), and at the bottom a "Next step" button for each workflow step its state allows.
class HandlingPane : public QGroupBox
{
    Q_OBJECT
public:
    /// One workflow step offered as a button.
    struct Step
    {
        QString name; ///< the button's text
        QString code; ///< the button is named "action_" + code (tests, accessibility)
        std::function<void()> run;
    };

    /// Wide enough for a form's fields and this pane side by side.
    static constexpr int kFormWidth = 1180;

    explicit HandlingPane(QWidget *parent);

    /// Adds a fact row: its label, and its word-wrapped, selectable value named `objectName` (the label
    /// `objectName` + "_label").
    void addInfoRow(const QString &label, const QString &objectName);
    /// Shows `text` in the fact row `objectName`; an empty text hides the row.
    void setInfo(const QString &objectName, const QString &text);
    /// Adds a bold `title` and `content` under the facts; returns the title (to hide it with the content).
    QLabel *addSection(const QString &title, QWidget *content, int stretch = 0);
    /// Spare height goes here rather than to the facts or the step buttons.
    void addStretch();
    /// Replaces the step buttons with `steps`; `whenNone` is said instead when there are none.
    void setSteps(const QList<Step> &steps, const QString &whenNone);

private:
    QGridLayout *m_info;
    QVBoxLayout *m_content;
    QWidget *m_stepBar;
    QHBoxLayout *m_steps;
};
