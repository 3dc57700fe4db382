#pragma once

#include <QApplication>
#include <QDialog>
#include <QInputMethodEvent>
#include <QTest>
#include <QTimer>

#include <functional>

/// Helpers shared by the GUI tests (header-only: the test loop builds one executable per tst_ file).
namespace GuiTest {

/// Types `text` into `widget` as a Chinese input method delivers it (QTest::keyClicks handles Latin-1
/// only): one committed string per character.
inline void typeText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    for (const QChar c : text) {
        QInputMethodEvent event;
        event.setCommitString(QString(c));
        QApplication::sendEvent(widget, &event);
    }
}

/// Runs `fill` on the next modal dialog named `objectName` as soon as it is shown (the code under test
/// is blocked in exec()). `fill` must close the dialog. Polls the event loop; no fixed waits.
inline void onNextDialog(const QString &objectName, std::function<void(QDialog *)> fill)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, objectName, fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != objectName || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        fill(dialog);
    });
    timer->start();
}

} // namespace GuiTest
