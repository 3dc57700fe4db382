#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

/// The program's message boxes, with a hook for tests: setNextAnswer() makes the next box return that
/// button at once instead of waiting for a click, so a test can answer "Save / Discard / Cancel".
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                           Button defaultButton);
    static Button information(QWidget *parent, const QString &title, const QString &text);
    static Button warning(QWidget *parent, const QString &title, const QString &text);
    static Button critical(QWidget *parent, const QString &title, const QString &text);

    /// Tests: the next box shown returns `answer` without being shown. NoButton turns the hook off.
    static void setNextAnswer(Button answer);
    /// Tests: the text of the last box asked (shown or answered by the hook).
    static QString lastText();
    /// Tests: how many boxes were asked since the program started.
    static int count();

private:
    static Button show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                       Buttons buttons, Button defaultButton);
};
