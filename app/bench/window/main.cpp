// liaison-ledger-bench-window FILE: the desktop program's real main window with FILE open and the
// appeals list shown (offscreen), then prints the process's peak resident memory (VmHWM, in kB) and
// quits. liaison-ledger-bench runs it as a child process to measure the desktop program's memory.
#include "common/Translations.h"
#include "lists/SqlListModel.h"
#include "main/LedgerListView.h"
#include "main/MainWindow.h"
#include "storage/Paths.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <ctime>

namespace {

/// A line of /proc/self/status in kB, e.g. "VmHWM"; -1 when unknown.
qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// CPU time of this process (all threads) in ms.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

/// Lets the window lay out, load and paint for `ms` milliseconds.
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and "last file used" go to a test location: measuring must not change the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    Paths::applyApplicationIdentity();
    Translations::install(app);
    QTextStream out(stdout);
    if (app.arguments().size() != 2) {
        out << "usage: liaison-ledger-bench-window FILE\n";
        return 2;
    }
    MainWindow window;
    // The clerk's first screen: open the file, show the window on the appeals tab, paint the list. No
    // event loop runs in between, so the integrity check (started after the first screen) is not in it.
    QElapsedTimer wall;
    wall.start();
    const double cpuBefore = cpuMs();
    if (!window.openFile(app.arguments().at(1)))
        return 1;
    window.resize(1400, 900);
    window.tabs()->setCurrentIndex(MainWindow::AppealsTab);
    window.show();
    window.list(MainWindow::AppealsTab)->table()->viewport()->grab();
    out << "FirstScreen " << wall.nsecsElapsed() / 1e6 << ' ' << cpuMs() - cpuBefore << "\n";
    settle(500);
    // Paint the list as the screen would: the view asks the model for every visible cell.
    window.list(MainWindow::AppealsTab)->table()->viewport()->grab();
    settle(200);
    out << "rows " << window.list(MainWindow::AppealsTab)->model()->rowCount() << "\n"
        << "VmHWM " << statusKb("VmHWM") << "\n"
        << "VmRSS " << statusKb("VmRSS") << "\n";
    return 0;
}
