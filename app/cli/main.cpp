#include "CliCommand.h"

#include "Version.h"
#include "common/Translations.h"
#include "storage/Paths.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <algorithm>
#include <cstring>
#include <memory>

namespace {

int printUsage(QTextStream &stream)
{
    stream << QCoreApplication::translate("main", "Usage: liaison-ledger-cli [--db FILE] COMMAND [options]")
           << "\n\n"
           << QCoreApplication::translate("main",
                                          "Keeps the four ledgers of a people's-congress deputies' liaison "
                                          "station.")
           << "\n\n"
           << QCoreApplication::translate("main", "Commands:") << "\n";
    std::vector<CliCommand> commands = CliRegistry::all();
    std::sort(commands.begin(), commands.end(),
              [](const CliCommand &a, const CliCommand &b) { return a.name < b.name; });
    for (const CliCommand &c : commands)
        stream << "  " << c.name.leftJustified(14) << QCoreApplication::translate("CliCommand", c.summary)
               << "\n";
    stream << "\n"
           << QCoreApplication::translate(
                  "main", "\"liaison-ledger-cli COMMAND --help\" describes a command's options.")
           << "\n";
    stream.flush();
    return 0;
}

// Commands that lay out printed documents need fonts, hence a QGuiApplication; on a machine without a
// display it runs on the offscreen platform (the CLI never opens a window).
bool needsFonts(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *name : {"report", "ledger-book", "form"})
            if (std::strcmp(argv[i], name) == 0)
                return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (needsFonts(argc, argv)) {
#ifndef Q_OS_WIN
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        // A headless machine has no XDG_RUNTIME_DIR; Qt falls back to a private folder and says so on
        // stderr, which would read as an error of ours. Only that notice is dropped, only here.
        static QtMessageHandler previous = nullptr;
        previous =
            qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &msg) {
                if (!msg.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
                    previous(type, context, msg);
            });
        application = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(previous);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    Paths::applyApplicationIdentity();
    Translations::install(app);

    QStringList args = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    // The global --db may stand before the command: move it behind, where the command's parser sees it.
    QStringList global;
    while (args.size() > 1 && args.at(1).startsWith(QLatin1Char('-'))) {
        const QString a = args.takeAt(1);
        if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            out << "liaison-ledger-cli " << LL_VERSION << Qt::endl;
            return ExitCode::Ok;
        }
        if (a == QLatin1String("--help") || a == QLatin1String("-h"))
            return printUsage(out);
        if (a == QLatin1String("--db")) {
            if (args.size() < 2) {
                err << "liaison-ledger-cli: "
                    << QCoreApplication::translate("main", "--db needs a file name.") << Qt::endl;
                return ExitCode::Usage;
            }
            global << a << args.takeAt(1);
        } else if (a.startsWith(QLatin1String("--db="))) {
            global << a;
        } else {
            err << "liaison-ledger-cli: "
                << QCoreApplication::translate("main", "Unknown option \"%1\"; see --help.").arg(a)
                << Qt::endl;
            return ExitCode::Usage;
        }
    }
    if (args.size() < 2) {
        printUsage(err);
        return ExitCode::Usage;
    }
    const QString name = args.at(1);
    for (const CliCommand &c : CliRegistry::all()) {
        if (c.name != name)
            continue;
        QStringList commandArgs = {args.at(0) + QLatin1Char(' ') + name};
        commandArgs << global << args.mid(2);
        CliContext context(name, commandArgs);
        context.parser().setApplicationDescription(QCoreApplication::translate("CliCommand", c.summary));
        if (c.setup)
            c.setup(context);
        int exitCode = ExitCode::Ok;
        if (!context.parse(&exitCode))
            return exitCode;
        return c.run(context);
    }
    err << "liaison-ledger-cli: "
        << QCoreApplication::translate("main", "Unknown command \"%1\"; see --help.").arg(name) << Qt::endl;
    return ExitCode::Usage;
}
