// liaison-ledger-bench: a clerk's operations timed on demo files of 10k, 100k and 1M appeals, side by
// side with sqlite3's own CSV dump. Not part of the test suite; docs/PERFORMANCE.md has the figures.
#include "BenchReport.h"
#include "BenchRunner.h"

#include "storage/Paths.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <sqlite3.h>

namespace {

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return QSysInfo::currentCpuArchitecture();
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("model name")))
            return line.section(QLatin1Char(':'), 1).trimmed();
    }
    return QSysInfo::currentCpuArchitecture();
}

/// The 1-minute load average: the figures mean little when other work shares the cores.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 0);
}

} // namespace

int main(int argc, char *argv[])
{
    // The list model and the PDF report need a GUI application (fonts), never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    Paths::applyApplicationIdentity();
    QCoreApplication::setApplicationName(QStringLiteral("liaison-ledger-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times a clerk's operations on demo ledger files of 10,000, 100,000 and 1,000,000 appeals."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the figures as JSON."));
    const QCommandLineOption sizesOption(
        QStringLiteral("sizes"),
        QStringLiteral("Comma-separated appeal counts (default 10000,100000,1000000)."),
        QStringLiteral("list"), QStringLiteral("10000,100000,1000000"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Timed runs per figure after the warm-up (default 5)."),
        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache"), QStringLiteral("Folder for the generated demo files (kept between runs)."),
        QStringLiteral("dir"));
    const QCommandLineOption noImportOption(QStringLiteral("no-import"),
                                            QStringLiteral("Skip the import of 100,000 appeals."));
    const QCommandLineOption noMemoryOption(QStringLiteral("no-memory"),
                                            QStringLiteral("Skip the desktop program's peak memory."));
    parser.addOptions({jsonOption, sizesOption, runsOption, cacheOption, noImportOption, noMemoryOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QList<qint64> sizes;
    for (const QString &part : parser.value(sizesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 size = part.trimmed().toLongLong(&ok);
        if (!ok || size < 100 || size > 5000000) {
            err << "liaison-ledger-bench: --sizes takes appeal counts between 100 and 5000000.\n";
            return 2;
        }
        sizes << size;
    }
    bool runsOk = false;
    const int runs = parser.value(runsOption).toInt(&runsOk);
    if (!runsOk || runs < 1 || runs > 100) {
        err << "liaison-ledger-bench: --runs takes a number from 1 to 100.\n";
        return 2;
    }
    QString cache = parser.value(cacheOption);
    if (cache.isEmpty())
        cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                QStringLiteral("/liaison-ledger-bench");
    if (!QDir().mkpath(cache)) {
        err << "liaison-ledger-bench: cannot create the cache folder " << cache << "\n";
        return 1;
    }

    BenchReport report;
    report.setNote(QStringLiteral("cpu"), cpuModel());
    report.setNote(QStringLiteral("cores"), QString::number(QThread::idealThreadCount()));
    report.setNote(QStringLiteral("os"), QSysInfo::prettyProductName());
    report.setNote(QStringLiteral("qt"), QString::fromLatin1(qVersion()));
    report.setNote(QStringLiteral("sqlite"), QString::fromLatin1(sqlite3_libversion()));
    report.setNote(QStringLiteral("load_before"), loadAverage());
    report.setNote(QStringLiteral("runs"), QStringLiteral("median of %1 after a warm-up").arg(runs));

    BenchRunner runner(cache, runs, &report, &err);
    runner.setImportEnabled(!parser.isSet(noImportOption));
    runner.setMemoryEnabled(!parser.isSet(noMemoryOption));
    if (!runner.run(sizes))
        return 1;
    report.setNote(QStringLiteral("load_after"), loadAverage());
    if (parser.isSet(jsonOption))
        report.printJson(out);
    else
        report.printTable(out);
    return 0;
}
